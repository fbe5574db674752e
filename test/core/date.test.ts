import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDaysToDate, addMonthsToDate, ageOn, daysBetween, isoDateSchema, osloDateOf } from '../../src/index.js';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-04-31').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-5-1').success).toBe(false);
    expect(isoDateSchema.safeParse('1899-12-31').success).toBe(false);
  });

  describe('month-end policy: adding months clamps to the last day of a shorter month', () => {
    it.each([
      ['2024-01-31', 1, '2024-02-29'], // leap year: February has 29 days
      ['2023-01-31', 1, '2023-02-28'],
      ['2024-03-31', 1, '2024-04-30'],
      ['2024-01-30', 1, '2024-02-29'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2020-03-01', 24, '2022-03-01'],
      ['2024-05-31', -1, '2024-04-30'],
    ] as const)('%s + %i months = %s', (from, n, expected) => {
      expect(addMonthsToDate(from, n)).toBe(expected);
    });
  });

  it('counts days across month ends and leap days', () => {
    expect(addDaysToDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToDate('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('computes age with the birthday counting', () => {
    expect(ageOn('1999-05-01', '2024-04-30')).toBe(24);
    expect(ageOn('1999-05-01', '2024-05-01')).toBe(25);
    // Born on a leap day: a year older on 1 March in a common year.
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2023-03-01')).toBe(19);
  });

  describe('does not depend on the host time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(['UTC', 'Europe/Oslo', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'America/Los_Angeles'])('in %s', (tz) => {
      process.env.TZ = tz;
      // 31 March 2024 is the night Norway moves to summer time; 27 October 2024 back.
      expect(addDaysToDate('2024-03-30', 1)).toBe('2024-03-31');
      expect(addDaysToDate('2024-03-31', 1)).toBe('2024-04-01');
      expect(addDaysToDate('2024-10-26', 2)).toBe('2024-10-28');
      expect(daysBetween('2024-03-01', '2024-04-01')).toBe(31);
      expect(addMonthsToDate('2024-10-31', 1)).toBe('2024-11-30');
    });
  });
});

describe('osloDateOf: an instant to the Norwegian calendar date', () => {
  it('uses UTC+1 in winter', () => {
    expect(osloDateOf(new Date('2024-01-01T22:59:59Z'))).toBe('2024-01-01');
    expect(osloDateOf(new Date('2024-01-01T23:00:00Z'))).toBe('2024-01-02');
  });
  it('uses UTC+2 in summer', () => {
    expect(osloDateOf(new Date('2024-06-30T21:59:59Z'))).toBe('2024-06-30');
    expect(osloDateOf(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07-01');
  });
  it('accepts epoch milliseconds and rejects an invalid instant', () => {
    expect(osloDateOf(Date.UTC(2024, 4, 16, 22, 30))).toBe('2024-05-17');
    expect(() => osloDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('month lengths agree with date-fns for every month 1900–2199 (property of the leap-year rule)', () => {
  it('matches', async () => {
    const { getDaysInMonth } = await import('date-fns');
    const { daysInMonthOf } = await import('../../src/index.js');
    for (let y = 1900; y <= 2199; y++)
      for (let m = 1; m <= 12; m++) expect(daysInMonthOf(y, m)).toBe(getDaysInMonth(new Date(y, m - 1, 1, 12)));
  });
});

describe('day arithmetic agrees with date-fns on local noon (the reference it replaced), 1900–2199', () => {
  const noon = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12);
  };
  const iso = (d: Date) =>
    `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const dates = fc.date({ min: new Date(1900, 0, 1, 12), max: new Date(2199, 11, 31, 12), noInvalidDate: true }).map((d) => iso(d));

  it('addDaysToDate, addMonthsToDate and daysBetween match addDays, addMonths and differenceInCalendarDays', async () => {
    const { addDays, addMonths, differenceInCalendarDays } = await import('date-fns');
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -240, max: 240 }), (a, b, days, months) => {
        const plusDays = iso(addDays(noon(a), days));
        if (plusDays >= '1900-01-01' && plusDays <= '2199-12-31') expect(addDaysToDate(a, days)).toBe(plusDays);
        const plusMonths = iso(addMonths(noon(a), months));
        if (plusMonths >= '1900-01-01' && plusMonths <= '2199-12-31') expect(addMonthsToDate(a, months)).toBe(plusMonths);
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(noon(b), noon(a)));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });

  it('refuses a fractional or non-finite count instead of writing a broken date', () => {
    expect(() => addDaysToDate('2024-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDaysToDate('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonthsToDate('2024-01-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('counts the known anchors by hand: 1970-01-01 is day 0, 2000-03-01 follows 2000-02-29 (a 400-year leap), 2100-02-28 → 2100-03-01', () => {
    // 1970-01-01 + 10 957 days = 2000-01-01 (30 years: 7 leap days, 30 × 365 + 7 = 10 957).
    expect(addDaysToDate('1970-01-01', 10_957)).toBe('2000-01-01');
    expect(addDaysToDate('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDaysToDate('2000-02-29', 1)).toBe('2000-03-01');
    // 2100 is a century not divisible by 400: no 29 February.
    expect(addDaysToDate('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysBetween('1900-01-01', '2199-12-31')).toBe(109_572); // 300 years × 365 + 72 leap days (1904–2196, less 2100) − 1
  });
});
