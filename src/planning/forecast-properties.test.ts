/**
 * Invariants of the settlement forecast, for any plan the schema accepts: figures are finite, never
 * negative money, at most two decimals; every total is the sum of its parts; and a plan with one more person
 * never needs less — no year's grants, stipend, talks or adviser FTE go down.
 *
 * Grant rates after 2017 are not published in the library, so the plans run on test rates (not IMDi's) for
 * the budget years 2024–2030.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, settlementForecast, type SettlementForecast, type SettlementPlanInput } from '../index.js';
import { testRateParameters } from '../../test/planning/test-rates.js';
import { RUNS } from '../../test/properties/arbitraries.js';

const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const parameters = testRateParameters(years, 'properties.test.ts');

type Entry = SettlementPlanInput['entries'][number];

/** A person settled in 2024 or 2025, of any role, with or without a programme. */
const person: fc.Arbitrary<Entry> = fc
  .record({
    role: fc.constantFrom('singleAdult' as const, 'adultInFamily' as const, 'child' as const, 'unaccompaniedMinor' as const),
    settlementMonth: fc.integer({ min: 0, max: 23 }).map((i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
    age: fc.integer({ min: 0, max: 70 }),
    programme: fc.option(fc.record({ startDelayMonths: fc.integer({ min: 0, max: 3 }), lengthMonths: fc.integer({ min: 3, max: 24 }) }), {
      nil: undefined,
    }),
  })
  .map(({ role, settlementMonth, age, programme }) => {
    const adult = role === 'singleAdult' || role === 'adultInFamily';
    const years = adult ? Math.max(18, age) : role === 'unaccompaniedMinor' ? Math.min(17, age % 18) : age % 18;
    const birthDate = `${Number(settlementMonth.slice(0, 4)) - years - 1}-06-15`;
    return { kind: 'person' as const, settlementMonth, birthDate, role, ...(adult && programme !== undefined ? { programme } : {}) };
  });

const money = (m: Decimal) => m.isFinite() && !m.isNegative() && m.decimalPlaces() <= 2;

function forecast(entries: readonly Entry[]): SettlementForecast {
  return settlementForecast({ name: 'property', entries: [...entries] }, { parameters, persons: false }).value;
}

describe('settlement forecast: properties', () => {
  it('every money figure is finite, never negative and whole øre; every total is the sum of its parts', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), (entries) => {
        const f = forecast(entries);
        for (const y of f.years) {
          expect(money(y.grants.total) && money(y.stipend)).toBe(true);
          const byGrant = Object.values(y.grants.byGrant);
          expect(byGrant.every(money)).toBe(true);
          expect(byGrant.reduce((a, b) => a.add(b), new Decimal(0)).toString()).toBe(y.grants.total.toString());
          const months = f.months.filter((m) => m.month.startsWith(`${y.year}-`));
          expect(months.reduce((a, m) => a.add(m.stipend), new Decimal(0)).toString()).toBe(y.stipend.toString());
          expect(months.reduce((a, m) => a + m.talks, 0)).toBe(y.talks);
        }
        expect(f.years.reduce((a, y) => a.add(y.grants.total), new Decimal(0)).toString()).toBe(f.totals.grants.toString());
        expect(f.years.reduce((a, y) => a.add(y.stipend), new Decimal(0)).toString()).toBe(f.totals.stipend.toString());
        expect(f.years.reduce((a, y) => a + y.settled, 0)).toBe(entries.length);
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 60) },
    );
  });

  it('one more person never lowers any year’s grants, stipend, talks or adviser FTE', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), person, (entries, extra) => {
        const before = forecast(entries);
        const after = forecast([...entries, extra]);
        for (const y of before.years) {
          // The forecast covers five years from the first settlement: an earlier extra person moves the
          // window back, and the years it no longer reaches are not compared.
          const a = after.years.find((x) => x.year === y.year);
          if (a === undefined) {
            expect(after.firstYear).toBeLessThan(before.firstYear);
            continue;
          }
          expect(a.grants.total.gte(y.grants.total)).toBe(true);
          expect(a.stipend.gte(y.stipend)).toBe(true);
          expect(a.talks).toBeGreaterThanOrEqual(y.talks);
          expect(a.fteNeeded.peak.gte(y.fteNeeded.peak)).toBe(true);
          expect(a.activeParticipants.peak).toBeGreaterThanOrEqual(y.activeParticipants.peak);
        }
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 60) },
    );
  });
});
