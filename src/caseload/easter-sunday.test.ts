/**
 * Easter Sunday by the computus, for the movable public holidays (lov om helligdager og helligdagsfred
 * § 2). Expected dates read from the almanac.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, easterSunday } from '../index.js';

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

describe('Easter in a year where a slip in the computus shows', () => {
  it('Easter Sunday 1998 is 12 April', () => {
    // Computus: a = 1998 mod 19 = 3, b = 19, c = 98, d = 4, e = 3, f = ⌊27/25⌋ = 1, g = ⌊(19 − 1 + 1)/3⌋ = 6,
    // h = (57 + 19 − 4 − 6 + 15) mod 30 = 21, i = 24, k = 2, l = (32 + 6 + 48 − 21 − 2) mod 7 = 0,
    // m = ⌊(3 + 231 + 0)/451⌋ = 0, n = 21 + 0 + 114 = 135: month ⌊135/31⌋ = 4, day 135 mod 31 + 1 = 12.
    expect(easterSunday({ year: 1998 })).toBe('1998-04-12');
  });
});
