/**
 * Invariants of schedules and totals, over generated persons (hypothetical tables for 2010–2045, so no
 * year is missing): at most five integration-grant years (three under the three-year rule), no grant
 * before the settlement year — nor, for a child born after the mother's settlement, before the birth —
 * and totals that are exactly the sum of their lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, GRANT_TYPES, addDaysToDate, formatIsoDate, grantTotals, personGrantSchedule, type GrantPersonInput } from '../index.js';
import { hypotheticalParameters } from '../../test/grants/what-if.js';

const parameters = hypotheticalParameters();

const date = (minYear: number, maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(formatIsoDate);

const person: fc.Arbitrary<GrantPersonInput> = fc
  .record({
    birthDate: date(1940, 2019),
    settlementYear: fc.integer({ min: 2020, max: 2030 }),
    settlementMonthDay: date(2000, 2000),
    unaccompaniedMinor: fc.boolean(),
    singleAdult: fc.boolean(),
    familyReunificationWith: fc.constantFrom(undefined, 'refugee' as const, 'humanitarianPermitHolder' as const),
  })
  .map((r) => {
    const settlementDate = `${r.settlementYear}${r.settlementMonthDay.slice(4)}`;
    const adult = r.settlementYear - Number(r.birthDate.slice(0, 4)) >= 18;
    return {
      birthDate: r.birthDate,
      settlementDate,
      unaccompaniedMinor: r.unaccompaniedMinor,
      singleAdult: r.singleAdult && adult && !r.unaccompaniedMinor,
      ...(r.familyReunificationWith === undefined ? {} : { familyReunificationWith: r.familyReunificationWith }),
    };
  });

const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

describe('grant schedule invariants', () => {
  it('at most five integration-grant years (three under the three-year rule), each year at most once', () => {
    fc.assert(
      fc.property(person, (p) => {
        const s = personGrantSchedule({ person: p }, { parameters, explain: false }).value;
        const years = s.lines.filter((l) => l.grant === 'integration').map((l) => l.yearNumber);
        const limit = p.familyReunificationWith === 'humanitarianPermitHolder' ? 3 : 5;
        expect(years.length).toBeLessThanOrEqual(limit);
        expect(new Set(years).size).toBe(years.length);
        expect(years.every((n) => n >= 1 && n <= limit)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('no grant before the settlement year', () => {
    fc.assert(
      fc.property(person, (p) => {
        const s = personGrantSchedule({ person: p }, { parameters, explain: false }).value;
        expect(s.lines.every((l) => l.budgetYear >= s.settlementYear && l.yearNumber >= 1)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('totals equal the sum of the lines, by budget year, by grant type and overall', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), (persons) => {
        const t = grantTotals({ persons }, { parameters, explain: false }).value;
        expect(t.total.eq(sum(t.lines.map((l) => l.amount)))).toBe(true);
        expect(t.total.eq(sum(t.byBudgetYear.map((y) => y.total)))).toBe(true);
        expect(t.total.eq(sum(GRANT_TYPES.map((g) => t.byGrant[g])))).toBe(true);
        for (const y of t.byBudgetYear) {
          expect(y.total.eq(sum(t.lines.filter((l) => l.budgetYear === y.budgetYear).map((l) => l.amount)))).toBe(true);
        }
        // The cohort is the sum of its persons' schedules.
        const separately = persons.map((p) => personGrantSchedule({ person: p }, { parameters, explain: false }).value.total);
        expect(t.total.eq(sum(separately))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a child born within six months after the mother’s settlement', () => {
  // Mother settled on any day 2020–2030; the child born 1–181 days later (always within six months: the shortest six months, 1 September to 1 March, are 181 days).
  const newborn = fc
    .record({
      mother: date(2020, 2030),
      days: fc.integer({ min: 1, max: 181 }),
      yearOne: fc.constantFrom(undefined, 'birthYear' as const, 'mothersSettlementYear' as const),
    })
    .map((r) => ({
      birthDate: addDaysToDate(r.mother, r.days),
      bornAfterMotherSettlement: { motherSettlementDate: r.mother, ...(r.yearOne === undefined ? {} : { yearOne: r.yearOne }) },
    }));
  it('has no grant line in a budget year before the birth, and five integration-grant years in all', () => {
    fc.assert(
      fc.property(newborn, (p) => {
        const s = personGrantSchedule({ person: p }, { parameters, explain: false }).value;
        const birthYear = Number(p.birthDate.slice(0, 4));
        expect(s.lines.every((l) => l.budgetYear >= birthYear)).toBe(true);
        expect(s.budgetYears[0]).toBe(birthYear);
        expect(s.lines.filter((l) => l.grant === 'integration').map((l) => l.yearNumber)).toEqual([1, 2, 3, 4, 5]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('grantTotals gives the same lines with and without explanations (shared schedules)', () => {
  it('holds for a mixed cohort with repeated facts', () => {
    const persons = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      birthDate: `${2016 - (i % 7) * 9}-0${(i % 9) + 1}-15`,
      settlementDate: `2017-0${(i % 3) + 1}-01`,
      singleAdult: i % 5 === 0 && (i % 7) * 9 >= 18,
    }));
    // 2017 is the year whose rates ship; later years come from the test's hypothetical tables.
    const quiet = grantTotals({ persons }, { explain: false, parameters: hypotheticalParameters() }).value;
    const loud = grantTotals({ persons }, { parameters: hypotheticalParameters() }).value;
    expect(quiet.lines.length).toBeGreaterThan(100);
    expect(JSON.stringify(quiet)).toBe(JSON.stringify(loud));
  });
});
