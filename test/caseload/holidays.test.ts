/**
 * Norwegian public holidays: lov om helligdager og helligdagsfred § 2 and lov om 1. og 17. mai som
 * høgtidsdager § 1. Expected dates read from the almanac; movable days counted by hand from Easter
 * Sunday: Maundy Thursday −3, Good Friday −2, Easter Monday +1, Ascension +39, Whit Sunday +49, +50.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, easterSunday, isPublicHoliday, isWorkingDay, nextWorkingDay, publicHolidaysInYear } from '../../src/index.js';

describe('Easter Sunday (computus)', () => {
  it('2024 is 31 March and 2025 is 20 April', () => {
    expect(easterSunday({ year: 2024 })).toBe('2024-03-31');
    expect(easterSunday({ year: 2025 })).toBe('2025-04-20');
  });
  it('matches the almanac for other years, including the extremes', () => {
    expect(easterSunday({ year: 2008 })).toBe('2008-03-23');
    expect(easterSunday({ year: 2011 })).toBe('2011-04-24');
    expect(easterSunday({ year: 2019 })).toBe('2019-04-21');
    expect(easterSunday({ year: 2038 })).toBe('2038-04-25'); // the latest possible date
    expect(easterSunday({ year: 2076 })).toBe('2076-04-19'); // the year Prop. 81 L (2010–2011) names
  });
  it('is always a Sunday from 22 March to 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2199 }), (year) => {
        const e = easterSunday({ year });
        expect(e >= `${year}-03-22` && e <= `${year}-04-25`).toBe(true);
        expect(new Date(`${e}T12:00:00Z`).getUTCDay()).toBe(0);
      }),
    );
  });
  it('refuses a year outside 1995–2199', () => {
    expect(() => easterSunday({ year: 1994 })).toThrow(InputError);
    expect(() => easterSunday({ year: 2024.5 })).toThrow(InputError);
  });
});

describe('the holidays of a year', () => {
  it('2024: Easter 31 March, Ascension 9 May, Whitsun 19–20 May', () => {
    expect(publicHolidaysInYear({ year: 2024 }).map((h) => h.date)).toEqual([
      '2024-01-01', '2024-03-28', '2024-03-29', '2024-03-31', '2024-04-01', '2024-05-01',
      '2024-05-09', '2024-05-17', '2024-05-19', '2024-05-20', '2024-12-25', '2024-12-26',
    ]);
  });
  it('2025: Easter 20 April, Ascension 29 May, Whitsun 8–9 June', () => {
    expect(publicHolidaysInYear({ year: 2025 }).map((h) => h.date)).toEqual([
      '2025-01-01', '2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-01',
      '2025-05-17', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26',
    ]);
  });
  it('cites the Act and letter for each day', () => {
    const h = publicHolidaysInYear({ year: 2024 });
    expect(h.find((d) => d.id === 'good-friday')?.reference.section).toBe('§ 2 (d)');
    expect(h.find((d) => d.id === 'constitution-day')?.reference.id).toBe('LOV-1947-04-26-1');
    expect(h.find((d) => d.id === 'christmas-day')?.reference.id).toBe('LOV-1995-02-24-12');
  });
  it('2038: Ascension falls on 3 June, 17 May on a Monday', () => {
    expect(publicHolidaysInYear({ year: 2038 }).find((d) => d.id === 'ascension-day')?.date).toBe('2038-06-03');
    expect(isWorkingDay('2038-05-17')).toBe(false);
  });
});

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
