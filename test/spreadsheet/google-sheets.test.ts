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
  type Fn = (...a: unknown[]) => unknown;
  return context as Record<string, unknown> &
    Record<
      | 'BASIC_AMOUNT'
      | 'INTRO_STIPEND_MONTH'
      | 'INTRO_STIPEND_RATE'
      | 'INTEGRATION_GRANT'
      | 'GRANT_SCHEDULE_TOTAL'
      | 'ADVISER_FTE'
      | 'ADVISER_CAPACITY'
      | 'PROGRAMME_END',
      Fn
    >;
}

describe('Google Sheets: IIFE bundle + Code.gs in a bare script context', () => {
  const gs = appsScript();

  it('has no Node or module globals, only what Apps Script has', () => {
    expect(runInContext('[typeof require, typeof process, typeof module, typeof exports]', gs)).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
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

  it('computes the domain functions with hand-worked figures, date cells included', () => {
    // A date cell: midnight in Oslo, UTC+1 in winter and UTC+2 in summer (from the last Sunday in March).
    const oslo = (y: number, m: number, d: number) =>
      runInContext(`new Date(Date.UTC(${y}, ${m - 1}, ${d}) - ${m > 3 && m < 10 ? 2 : 1} * 3600 * 1000)`, gs);
    // May 2024: 2 G ÷ 12 = 248 056 ÷ 12 = 20 671.33; June with 7.5 h unexcused: − 1 005.63 = 19 665.70.
    expect(gs.INTRO_STIPEND_MONTH('introduksjonsloven', '1984-03-10', '2024-05')).toBe(20_671.33);
    expect(gs.INTRO_STIPEND_MONTH('introduksjonsloven', oslo(1984, 3, 10), oslo(2024, 6, 1), false, 7.5)).toBe(19_665.7);
    expect(gs.INTRO_STIPEND_RATE('introduksjonsloven', '1984-03-10', '2024-06', 'hour')).toBe(134.08);
    expect(gs.INTEGRATION_GRANT('enslig voksen', 2017, 1)).toBe(235_000);
    expect(gs.GRANT_SCHEDULE_TOTAL('2014-02-01', oslo(2017, 3, 15), 'barn', 2017)).toBe(210_100);
    expect(gs.ADVISER_FTE(22)).toBe(1.1);
    expect(gs.ADVISER_FTE([[20], [22], ['']])).toEqual([[1], [1.1], ['']]);
    expect(gs.ADVISER_CAPACITY('60, 50')).toBe(22);
    expect(gs.ADVISER_CAPACITY([[60], [50]])).toBe(22);
    // 2020-03-01 + 24 months + 184 days of leave = 2022-09-01, less one day.
    expect(gs.PROGRAMME_END('introduksjonsloven', oslo(2020, 3, 1), 24, '', 184)).toBe('2022-08-31');
  });

  it('throws the domain functions’ errors with the argument named', () => {
    expect(() => gs.INTEGRATION_GRANT('voksen', 2024, 1)).toThrow(/^#I\/T Ingen sats for budsjettåret 2024/);
    expect(() => gs.ADVISER_CAPACITY('60, 120')).toThrow(/^#VERDI! stillingsprosenter\.1: /);
    expect(() => gs.PROGRAMME_END('introduksjonsloven', '2020-03-01', 0)).toThrow(
      '#VERDI! innvilgede_måneder: innvilget lengde må være mer enn null',
    );
  });

  it('declares every spreadsheet function of the library as a @customfunction', () => {
    const declared = [...codeGs.matchAll(/@customfunction\s*\*\/\s*function ([A-Z0-9_]+)\(/g)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(sheetFunctions).sort());
  });
});
