/**
 * The Excel custom-functions example, run with a stand-in for Office.js's `CustomFunctions` runtime (the
 * only part of Office it uses): figures come back as numbers, bad input as Excel's own error with the
 * library's bokmål message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetFunctions } from '../../src/spreadsheet/index.js';

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

describe('Excel custom functions (examples/excel/functions.ts)', () => {
  const g = globalThis as Record<string, unknown>;
  beforeAll(() => {
    g['CustomFunctions'] = { Error: OfficeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
  });
  afterAll(() => {
    delete g['CustomFunctions'];
  });

  it('returns G for a date serial (Excel’s form of a date cell) and for ISO text', async () => {
    const { BASIC_AMOUNT } = await import('../../examples/excel/functions.js');
    expect(BASIC_AMOUNT(45_413)).toBe(124_028);
    expect(BASIC_AMOUNT('2024-05-01', 45_427 /* 2024-05-15 */)).toBe(118_620);
    expect(BASIC_AMOUNT(45_413, null)).toBe(124_028);
  });

  it('throws #VALUE! or #N/A with the library’s message', async () => {
    const { BASIC_AMOUNT } = await import('../../examples/excel/functions.js');
    expect(() => BASIC_AMOUNT(60)).toThrowError(
      expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/^#VERDI! dato: 60 /) }),
    );
    expect(() => BASIC_AMOUNT('2014-01-01')).toThrowError(
      expect.objectContaining({ code: '#N/A', message: expect.stringMatching(/^#I\/T /) }),
    );
  });

  it('computes the domain functions from serials and text, and throws Excel’s errors', async () => {
    const x = await import('../../examples/excel/functions.js');
    // 45413 = 2024-05-01: 2 G ÷ 12 = 20 671.33
    expect(x.INTRO_STIPEND_MONTH('introduksjonsloven', '1984-03-10', 45_413)).toBe(20_671.33);
    expect(x.INTRO_STIPEND_RATE('introduksjonsloven', '1984-03-10', '2024-06', 'year')).toBe(248_056);
    expect(x.INTEGRATION_GRANT('voksen', 2015, 3)).toBe(167_000);
    expect(x.GRANT_SCHEDULE_TOTAL('1990-01-01', '2017-06-15', 'enslig voksen', 2017)).toBe(235_000);
    expect(x.ADVISER_FTE(22)).toBe(1.1);
    expect(x.ADVISER_CAPACITY([[60], [50]])).toBe(22);
    expect(x.ADVISER_CAPACITY([['60, 50']])).toBe(22);
    expect(x.PROGRAMME_END('introduksjonsloven', 43_891, 24, null, 184)).toBe('2022-08-31');
    expect(() => x.PROGRAMME_END('introduksjonsloven', 43_891, 0)).toThrowError(expect.objectContaining({ code: '#VALUE!' }));
    expect(() => x.INTEGRATION_GRANT('voksen', 2024, 1)).toThrowError(expect.objectContaining({ code: '#N/A' }));
  });

  it('declares every spreadsheet function of the library as a @customfunction', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'excel', 'functions.ts'), 'utf8');
    const declared = [...text.matchAll(/@customfunction ([A-Z0-9_]+)/g)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(sheetFunctions).sort());
  });
});
