/**
 * Working days: Monday to Friday except a public holiday (lov om helligdager og helligdagsfred § 2; lov
 * om 1. og 17. mai som høgtidsdager § 1), and the shift to the next working day; the years the
 * working-day rules are computed for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, isPublicHoliday, isWorkingDay, nextWorkingDay } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

describe('working days and the shift rule', () => {
  it('Christmas Eve and New Year’s Eve are working days when on a weekday', () => {
    expect(isPublicHoliday('2024-12-24')).toBe(false);
    expect(isWorkingDay('2024-12-24')).toBe(true); // a Tuesday
    expect(isWorkingDay('2024-12-31')).toBe(true);
  });
  it('moves to the next working day', () => {
    expect(nextWorkingDay('2024-03-28')).toBe('2024-04-02'); // Thu, Fri, Sat, Sun, Mon of Easter
    expect(nextWorkingDay('2025-04-17')).toBe('2025-04-22');
    expect(nextWorkingDay('2024-05-17')).toBe('2024-05-21'); // Fri 17 May, weekend, Whit Monday
    expect(nextWorkingDay('2024-12-25')).toBe('2024-12-27');
    expect(nextWorkingDay('2024-06-08')).toBe('2024-06-10');
  });
  it('refuses dates outside the years holidays are computed for', () => {
    expect(() => isWorkingDay('1990-01-01')).toThrow(InputError);
    expect(() => nextWorkingDay('2199-12-31')).toThrow(InputError);
    expect(() => isWorkingDay('2024-02-30')).toThrow(InputError);
  });
  it('a working day is never a weekend or a holiday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 100 }), (offset) => {
        const d = new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);
        const next = nextWorkingDay(d);
        const weekday = new Date(`${next}T12:00:00Z`).getUTCDay();
        expect(weekday >= 1 && weekday <= 5).toBe(true);
        expect(isPublicHoliday(next)).toBe(false);
        expect(next >= d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('years the working-day rules cover: 1995–2198', () => {
  it("1 January 1995, the first day covered, is a holiday (New Year's Day)", () => {
    expect(isPublicHoliday('1995-01-01')).toBe(true);
  });
  it('refuses 31 December 1994 with code, an empty path (the argument itself) and both messages', () => {
    expect(inputErrorOf(() => isWorkingDay('1994-12-31')).issues).toEqual([
      {
        code: 'too_small',
        path: [],
        message: {
          nb: 'Helligdager beregnes fra 1995 (lov om helligdager og helligdagsfred av 1995); 1994-12-31 er for tidlig',
          en: 'Public holidays are computed from 1995 (the Public Holidays Act of 1995); 1994-12-31 is too early',
        },
      },
    ]);
  });
  it('26 December 2198, in the last year covered, is a holiday (Boxing Day)', () => {
    expect(isPublicHoliday('2198-12-26')).toBe(true);
  });
  it('refuses 1 January 2199 with code, an empty path and both messages', () => {
    expect(inputErrorOf(() => nextWorkingDay('2199-01-01')).issues).toEqual([
      {
        code: 'too_big',
        path: [],
        message: {
          nb: 'Arbeidsdager beregnes til og med 2198; 2199-01-01 er for sent',
          en: 'Working days are computed up to 2198; 2199-01-01 is too late',
        },
      },
    ]);
  });
});
