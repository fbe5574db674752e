import { describe, expect, it } from 'vitest';
import { Decimal, inputError } from '../../src/index.js';
import {
  BASIC_AMOUNT,
  isSheetError,
  moneyToSheetNumber,
  sheetCall,
  sheetDate,
  sheetFunctions,
  sheetOptionalDate,
} from '../../src/spreadsheet/index.js';

describe('sheetDate', () => {
  it('reads ISO text (trimmed) and serial numbers, dropping a time of day', () => {
    expect(sheetDate(' 2024-05-01 ', 'date')).toBe('2024-05-01');
    expect(sheetDate(45_413, 'date')).toBe('2024-05-01');
    expect(sheetDate(45_413.999, 'date')).toBe('2024-05-01');
    expect(sheetDate(61, 'date')).toBe('1900-03-01');
  });
  it('refuses, naming the argument: empty, serial 60, booleans, Date objects, impossible dates', () => {
    for (const bad of [undefined, null, '', 60, 0, true, new Date(0), '2023-02-29', '01.05.2024', Number.NaN]) {
      expect(() => sheetDate(bad as never, 'date')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['date'] })] }));
    }
  });
  it('treats an empty optional argument as left out', () => {
    for (const empty of [undefined, null, '']) expect(sheetOptionalDate(empty, 'asKnownOn')).toBeUndefined();
  });
});

describe('moneyToSheetNumber', () => {
  it('rounds half-up to øre once, at the edge', () => {
    // 2 G / 12 for G = 124 028: 248 056 / 12 = 20 671.333… → 20 671.33.
    expect(moneyToSheetNumber(new Decimal(248_056).div(12))).toBe(20_671.33);
    expect(moneyToSheetNumber(new Decimal('-2.345'))).toBe(-2.35);
    expect(moneyToSheetNumber(new Decimal('124028'))).toBe(124_028);
  });
});

describe('sheetCall', () => {
  it('turns input errors into #VERDI! text with the bokmål argument name and message', () => {
    const r = sheetCall({ date: 'dato' }, () => {
      throw inputError('x', ['date', 'inner'], { nb: 'feil', en: 'wrong' });
    });
    expect(r).toBe('#VERDI! dato.inner: feil');
    expect(isSheetError(r)).toBe(true);
  });
  it('lets a bug through instead of disguising it as bad input', () => {
    expect(() => sheetCall({}, () => { throw new TypeError('bug'); })).toThrow(TypeError);
  });
});

describe('BASIC_AMOUNT', () => {
  it('gives G on a date, from ISO text or a serial, and as known on a date', () => {
    expect(BASIC_AMOUNT('2024-04-30')).toBe(118_620);
    expect(BASIC_AMOUNT(45_412)).toBe(118_620); // serial 45412 = 2024-04-30
    expect(BASIC_AMOUNT(45_413)).toBe(124_028);
    expect(BASIC_AMOUNT('2024-05-01', '2024-05-15')).toBe(118_620);
    expect(BASIC_AMOUNT('2024-05-01', '')).toBe(124_028);
    expect(BASIC_AMOUNT('2024-05-01', null)).toBe(124_028);
  });
  it('answers bad input and a date without a rate with error text in bokmål', () => {
    expect(BASIC_AMOUNT('2023-02-29')).toBe('#VERDI! dato: «2023-02-29» er ikke en gyldig dato på formen ÅÅÅÅ-MM-DD (år 1900–2199)');
    expect(BASIC_AMOUNT(60)).toMatch(/^#VERDI! dato: 60 er ikke et datoserienummer/);
    expect(BASIC_AMOUNT('2024-05-01', 'i går')).toMatch(/^#VERDI! kjent_per: /);
    expect(BASIC_AMOUNT(undefined)).toBe('#VERDI! dato: mangler (skal være en dato)');
    expect(BASIC_AMOUNT('2014-12-31')).toMatch(/^#I\/T Parameteren «Grunnbeløpet \(G\)» \(grunnbelop\) har ingen verdi for 2014-12-31/);
  });
});

describe('sheetFunctions', () => {
  it('lists every function with arguments named in both languages, required ones first', () => {
    for (const [name, f] of Object.entries(sheetFunctions)) {
      expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.fn.length).toBeLessThanOrEqual(f.args.length);
      const firstOptional = f.args.findIndex((a) => a.optional);
      if (firstOptional >= 0) expect(f.args.slice(firstOptional).every((a) => a.optional)).toBe(true);
    }
  });
});
