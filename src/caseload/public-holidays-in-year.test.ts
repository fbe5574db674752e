/**
 * Norwegian public holidays: lov om helligdager og helligdagsfred § 2 and lov om 1. og 17. mai som
 * høgtidsdager § 1. Expected dates read from the almanac; movable days counted by hand from Easter
 * Sunday: Maundy Thursday −3, Good Friday −2, Easter Monday +1, Ascension +39, Whit Sunday +49, +50.
 *
 * Edges: the latest Whit Monday, and the order of holidays that fall on the same day.
 */
import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, isWorkingDay, publicHolidaysInYear } from '../index.js';

describe('the holidays of a year', () => {
  it('2024: Easter 31 March, Ascension 9 May, Whitsun 19–20 May', () => {
    expect(publicHolidaysInYear({ year: 2024 }).map((h) => h.date)).toEqual([
      '2024-01-01',
      '2024-03-28',
      '2024-03-29',
      '2024-03-31',
      '2024-04-01',
      '2024-05-01',
      '2024-05-09',
      '2024-05-17',
      '2024-05-19',
      '2024-05-20',
      '2024-12-25',
      '2024-12-26',
    ]);
  });
  it('2025: Easter 20 April, Ascension 29 May, Whitsun 8–9 June', () => {
    expect(publicHolidaysInYear({ year: 2025 }).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-04-17',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-17',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
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

describe('the movable holidays', () => {
  it('Whit Monday can fall as late as 14 June: 2038 (Easter 25 April + 50 days = 14 June)', () => {
    // 25 April + 5 = 30 April, + 31 = 31 May, + 14 = 14 June: 50 days.
    expect(easterSunday({ year: 2038 })).toBe('2038-04-25');
    expect(isPublicHoliday('2038-06-14')).toBe(true);
    expect(isWorkingDay('2038-06-14')).toBe(false);
  });
});

describe("holidays on the same day keep the order of the Acts' list", () => {
  it('2008: Ascension Day (Easter 23 March + 39) is 1 May, listed after 1 May; 17 May comes after Whit Monday (12 May)', () => {
    const h = publicHolidaysInYear({ year: 2008 });
    expect(h.map((d) => [d.date, d.id])).toEqual([
      ['2008-01-01', 'new-years-day'],
      ['2008-03-20', 'maundy-thursday'],
      ['2008-03-21', 'good-friday'],
      ['2008-03-23', 'easter-sunday'],
      ['2008-03-24', 'easter-monday'],
      ['2008-05-01', 'labour-day'],
      ['2008-05-01', 'ascension-day'],
      ['2008-05-11', 'whit-sunday'],
      ['2008-05-12', 'whit-monday'],
      ['2008-05-17', 'constitution-day'],
      ['2008-12-25', 'christmas-day'],
      ['2008-12-26', 'boxing-day'],
    ]);
  });
  it('2012: Ascension Day (Easter 8 April + 39) is 17 May, listed after 17 May', () => {
    const h = publicHolidaysInYear({ year: 2012 });
    expect(h.map((d) => [d.date, d.id])).toEqual([
      ['2012-01-01', 'new-years-day'],
      ['2012-04-05', 'maundy-thursday'],
      ['2012-04-06', 'good-friday'],
      ['2012-04-08', 'easter-sunday'],
      ['2012-04-09', 'easter-monday'],
      ['2012-05-01', 'labour-day'],
      ['2012-05-17', 'constitution-day'],
      ['2012-05-17', 'ascension-day'],
      ['2012-05-27', 'whit-sunday'],
      ['2012-05-28', 'whit-monday'],
      ['2012-12-25', 'christmas-day'],
      ['2012-12-26', 'boxing-day'],
    ]);
  });
});
