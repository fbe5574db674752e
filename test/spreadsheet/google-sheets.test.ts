/**
 * Google Sheets, as Apps Script runs it: the built IIFE bundle and examples/google-sheets/Code.gs loaded
 * as plain scripts into one global scope — no modules, no require, no process — with the two Apps Script
 * services Code.gs uses (SpreadsheetApp for the time zone, Utilities.formatDate) supplied as the host
 * does. Then the custom functions are called as cells call them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../src/spreadsheet/index.js';

const ROOT = join(__dirname, '..', '..');
const bundle = readFileSync(join(ROOT, 'dist', 'integreringsregler.iife.min.js'), 'utf8');
const codeGs = readFileSync(join(ROOT, 'examples', 'google-sheets', 'Code.gs'), 'utf8');

function appsScript(zone = 'Europe/Oslo') {
  const host = {
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => zone }) },
    Utilities: {
      formatDate: (d: Date, tz: string, pattern: string) => {
        if (pattern !== 'yyyy-MM-dd') throw new Error(`unexpected pattern ${pattern}`);
        return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
      },
    },
  };
  const context = createContext(host);
  runInContext(bundle, context, { filename: 'integreringsregler.gs' });
  runInContext(codeGs, context, { filename: 'Code.gs' });
  return context as Record<string, unknown> & { BASIC_AMOUNT: (...a: unknown[]) => unknown };
}

describe('Google Sheets: IIFE bundle + Code.gs in a bare script context', () => {
  const gs = appsScript();

  it('has no Node or module globals, only what Apps Script has', () => {
    expect(runInContext('[typeof require, typeof process, typeof module, typeof exports]', gs)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(runInContext('typeof Integreringsregler.spreadsheet.BASIC_AMOUNT', gs)).toBe('function');
  });

  it('computes from ISO text, serial numbers and date cells', () => {
    expect(gs.BASIC_AMOUNT('2024-05-01')).toBe(124_028);
    expect(gs.BASIC_AMOUNT(45_413)).toBe(124_028);
    expect(gs.BASIC_AMOUNT('2024-05-01', '2024-05-15')).toBe(118_620);
    // A date cell arrives as a Date at midnight in the spreadsheet's zone: 2024-05-01 00:00 in Oslo is
    // 2024-04-30 22:00 UTC — still 1 May for the sheet.
    const cell = runInContext('new Date(Date.UTC(2024, 3, 30, 22, 0))', gs);
    expect(gs.BASIC_AMOUNT(cell)).toBe(124_028);
  });

  it('applies itself to every cell of a range, keeping its shape and its blanks', () => {
    expect(gs.BASIC_AMOUNT([['2024-04-30'], ['2024-05-01'], ['']])).toEqual([[118_620], [124_028], ['']]);
  });

  it('throws the library’s Norwegian message, so the cell shows #ERROR! with it', () => {
    expect(() => gs.BASIC_AMOUNT('2023-02-29')).toThrow('#VERDI! dato: «2023-02-29» er ikke en gyldig dato');
    expect(() => gs.BASIC_AMOUNT(60)).toThrow(/^#VERDI! dato: 60 er ikke et datoserienummer/);
    expect(() => gs.BASIC_AMOUNT('2010-01-01')).toThrow(/^#I\/T /);
  });

  it('declares every spreadsheet function of the library as a @customfunction', () => {
    const declared = [...codeGs.matchAll(/@customfunction\s*\*\/\s*function ([A-Z0-9_]+)\(/g)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(sheetFunctions).sort());
  });
});
