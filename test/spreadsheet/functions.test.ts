import { describe, expect, it } from 'vitest';
import { Decimal, inputError } from '../../src/index.js';
import {
  BASIC_AMOUNT,
  isSheetError,
  moneyToSheetNumber,
  sheetCall,
  sheetDate,
  sheetFunctions,
  sheetInteger,
  sheetMoney,
  sheetMonth,
  sheetOptionalDate,
  sheetText,
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
      expect(() => sheetDate(bad as never, 'date')).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['date'] })] }),
      );
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
    expect(() =>
      sheetCall({}, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
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

describe('the other argument readers', () => {
  const path = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { issues: { path: unknown[]; message: { nb: string } }[] }).issues.map((i) => `${i.path.join('.')}: ${i.message.nb}`);
    }
    return 'no error';
  };
  it('sheetMonth: YYYY-MM, or any date in the month', () => {
    expect(sheetMonth(' 2024-05 ', 'm')).toBe('2024-05');
    expect(sheetMonth('2024-02-29', 'm')).toBe('2024-02');
    expect(sheetMonth(45_351, 'm')).toBe('2024-02'); // serial 45351 = 2024-02-29
    expect(path(() => sheetMonth('2024-13', 'm'))).toEqual(['m: «2024-13» er ikke en gyldig måned på formen ÅÅÅÅ-MM']);
    expect(path(() => sheetMonth('', 'm'))).toEqual(['m: mangler (skal være en måned)']);
  });
  it('sheetInteger: whole numbers only, never cut', () => {
    expect(sheetInteger(2024, 'y')).toBe(2024);
    expect(sheetInteger('-3', 'y')).toBe(-3);
    expect(path(() => sheetInteger(2.5, 'y'))).toEqual(['y: 2.5 er ikke et heltall']);
    expect(path(() => sheetInteger('tre', 'y'))).toEqual(['y: tre er ikke et heltall']);
    expect(path(() => sheetInteger(null, 'y'))).toEqual(['y: mangler (skal være et heltall)']);
  });
  it('sheetText: trimmed text', () => {
    expect(sheetText('  voksen ', 'c')).toBe('voksen');
    expect(path(() => sheetText(3, 'c'))).toEqual(['c: 3 er ikke en tekst']);
  });
  it('sheetMoney: at most two decimals, a float artefact refused', () => {
    expect(sheetMoney(20_671.33, 'a')).toBe('20671.33');
    expect(sheetMoney('-5', 'a')).toBe('-5');
    expect(path(() => sheetMoney(0.1 + 0.2, 'a'))[0]).toMatch(/^a: tallet 0\.30000000000000004 har mer enn to desimaler/);
  });
});
