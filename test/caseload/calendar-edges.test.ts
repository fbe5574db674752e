/**
 * Edges of the holiday calendar (lov om helligdager og helligdagsfred § 2; lov om 1. og 17. mai som
 * høgtidsdager § 1): the years it is computed for, Easter in a year where a slip in the computus shows,
 * the latest Whit Monday, and the order of holidays that fall on the same day.
 */
import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, isWorkingDay, nextWorkingDay, publicHolidaysInYear } from '../../src/index.js';
import { refusal } from './refusal.js';

describe('years the working-day rules cover: 1995–2198', () => {
  it('1 January 1995, the first day covered, is a holiday (New Year\'s Day)', () => {
    expect(isPublicHoliday('1995-01-01')).toBe(true);
  });
  it('refuses 31 December 1994 with code, an empty path (the argument itself) and both messages', () => {
    expect(refusal(() => isWorkingDay('1994-12-31')).issues).toEqual([{
      code: 'too_small', path: [],
      message: {
        nb: 'Helligdager beregnes fra 1995 (lov om helligdager og helligdagsfred av 1995); 1994-12-31 er for tidlig',
        en: 'Public holidays are computed from 1995 (the Public Holidays Act of 1995); 1994-12-31 is too early',
      },
    }]);
  });
  it('26 December 2198, in the last year covered, is a holiday (Boxing Day)', () => {
    expect(isPublicHoliday('2198-12-26')).toBe(true);
  });
  it('refuses 1 January 2199 with code, an empty path and both messages', () => {
    expect(refusal(() => nextWorkingDay('2199-01-01')).issues).toEqual([{
      code: 'too_big', path: [],
      message: { nb: 'Arbeidsdager beregnes til og med 2198; 2199-01-01 er for sent', en: 'Working days are computed up to 2198; 2199-01-01 is too late' },
    }]);
  });
});

describe('Easter and the movable holidays', () => {
  it('Easter Sunday 1998 is 12 April', () => {
    // Computus: a = 1998 mod 19 = 3, b = 19, c = 98, d = 4, e = 3, f = ⌊27/25⌋ = 1, g = ⌊(19 − 1 + 1)/3⌋ = 6,
    // h = (57 + 19 − 4 − 6 + 15) mod 30 = 21, i = 24, k = 2, l = (32 + 6 + 48 − 21 − 2) mod 7 = 0,
    // m = ⌊(3 + 231 + 0)/451⌋ = 0, n = 21 + 0 + 114 = 135: month ⌊135/31⌋ = 4, day 135 mod 31 + 1 = 12.
    expect(easterSunday({ year: 1998 })).toBe('1998-04-12');
  });
  it('Whit Monday can fall as late as 14 June: 2038 (Easter 25 April + 50 days = 14 June)', () => {
    // 25 April + 5 = 30 April, + 31 = 31 May, + 14 = 14 June: 50 days.
    expect(easterSunday({ year: 2038 })).toBe('2038-04-25');
    expect(isPublicHoliday('2038-06-14')).toBe(true);
    expect(isWorkingDay('2038-06-14')).toBe(false);
  });
});

describe('holidays on the same day keep the order of the Acts\' list', () => {
  it('2008: Ascension Day (Easter 23 March + 39) is 1 May, listed after 1 May; 17 May comes after Whit Monday (12 May)', () => {
    const h = publicHolidaysInYear({ year: 2008 });
    expect(h.map((d) => [d.date, d.id])).toEqual([
      ['2008-01-01', 'new-years-day'], ['2008-03-20', 'maundy-thursday'], ['2008-03-21', 'good-friday'], ['2008-03-23', 'easter-sunday'],
      ['2008-03-24', 'easter-monday'], ['2008-05-01', 'labour-day'], ['2008-05-01', 'ascension-day'], ['2008-05-11', 'whit-sunday'],
      ['2008-05-12', 'whit-monday'], ['2008-05-17', 'constitution-day'], ['2008-12-25', 'christmas-day'], ['2008-12-26', 'boxing-day'],
    ]);
  });
  it('2012: Ascension Day (Easter 8 April + 39) is 17 May, listed after 17 May', () => {
    const h = publicHolidaysInYear({ year: 2012 });
    expect(h.map((d) => [d.date, d.id])).toEqual([
      ['2012-01-01', 'new-years-day'], ['2012-04-05', 'maundy-thursday'], ['2012-04-06', 'good-friday'], ['2012-04-08', 'easter-sunday'],
      ['2012-04-09', 'easter-monday'], ['2012-05-01', 'labour-day'], ['2012-05-17', 'constitution-day'], ['2012-05-17', 'ascension-day'],
      ['2012-05-27', 'whit-sunday'], ['2012-05-28', 'whit-monday'], ['2012-12-25', 'christmas-day'], ['2012-12-26', 'boxing-day'],
    ]);
  });
});
