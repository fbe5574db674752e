import { afterEach, describe, expect, it } from 'vitest';
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
    for (let y = 1900; y <= 2199; y++) for (let m = 1; m <= 12; m++) expect(daysInMonthOf(y, m)).toBe(getDaysInMonth(new Date(y, m - 1, 1, 12)));
  });
});
