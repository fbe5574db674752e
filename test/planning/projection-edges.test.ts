/**
 * Edges of the projection rule (`projectParameters`): the exact note a case worker reads on a projected
 * value, which years are filled and which are not, and which tables are left alone.
 *
 * The G (grunnbeløp) table's last published value is 136 549 from 2026-05-01 and runs until the next one.
 * The special grant for unaccompanied minors is a budget-year table shipped for 2016, 2017 and 2023.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  Rational,
  budgetYearValue,
  defaultParameters,
  defineParameter,
  projectParameters,
  valueOn,
  withParameters,
} from '../../src/index.js';

const SOURCE = { kind: 'other' as const, title: { nb: 'testsatser', en: 'test rates' }, section: 'projection-edges.test.ts' };

describe('projection rule: the note on a projected value', () => {
  it('states an uprating rule with the percentage in each language, and from which published value it grows', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2027, rule: { kind: 'uprate', percentPerYear: 2.5 } });
    const v = valueOn(p.basicAmount.grunnbelop, '2027-05-01');
    expect(v.note).toEqual({
      nb: 'Framskrevet (ikke publisert): siste publiserte verdi oppjustert med 2,5 % per år, avrundet til hele kroner, fra verdien som gjelder fra 2026-05-01.',
      en: 'Projected (not published): latest published value uprated by 2.5 % a year, rounded to whole kroner, from the value in force from 2026-05-01.',
    });
    expect(v.projected).toBe(true);
    expect(v.basis).toBe('assumption');
  });
  it('states the carry-forward rule in each language', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2027 });
    expect(valueOn(p.basicAmount.grunnbelop, '2027-05-01').note).toEqual({
      nb: 'Framskrevet (ikke publisert): siste publiserte verdi videreført uendret, fra verdien som gjelder fra 2026-05-01.',
      en: 'Projected (not published): latest published value carried forward unchanged, from the value in force from 2026-05-01.',
    });
  });
});

describe('projection rule: which years are filled', () => {
  it('gives a G projection no end date: it runs until the next one, like a published G', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2028 });
    const added = p.basicAmount.grunnbelop.values.slice(defaultParameters.basicAmount.grunnbelop.values.length);
    // One value a year from 1 May: 2027-05-01 and 2028-05-01, neither with a `to` field.
    expect(added.map((v) => v.from)).toEqual(['2027-05-01', '2028-05-01']);
    for (const v of added) expect('to' in v).toBe(false);
  });
  it('fills nothing before the first published budget year', () => {
    // First shipped year of the special grant is 2016; 2015 stays without a value.
    const p = projectParameters(defaultParameters, { throughYear: 2024 });
    expect(p.grants.unaccompaniedMinorGrantRates.values[0]?.from).toBe('2016-01-01');
    expect(() => valueOn(p.grants.unaccompaniedMinorGrantRates, '2015-06-30')).toThrow();
    // 2016 and 2017 shipped, 2018–2022 filled, 2023 shipped, 2024 filled: 9 values, one per year.
    expect(p.grants.unaccompaniedMinorGrantRates.values.map((v) => v.from.slice(0, 4))).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });
  it('leaves tables that are not money (fractions, ages, rules) exactly as they are', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2035, rule: { kind: 'uprate', percentPerYear: 3 } });
    expect(p.stipend.stipendCoupleFraction).toBe(defaultParameters.stipend.stipendCoupleFraction);
    expect(p.stipend.stipendFractionsIntegrationAct).toBe(defaultParameters.stipend.stipendFractionsIntegrationAct);
    expect(p.caseload.caseloadNorm).toBe(defaultParameters.caseload.caseloadNorm);
    expect(p.caseload.followUpCadence).toBe(defaultParameters.caseload.followUpCadence);
  });
});

describe('projection rule: what inside a money table is uprated', () => {
  // A test money table (unit NOK) of budget year 2030 holding a list of amounts, a fraction, a label,
  // a count and an empty slot: only the amounts grow.
  const table = defineParameter({
    id: 'testTable',
    name: { nb: 'Testtabell', en: 'Test table' },
    unit: 'NOK',
    values: [
      budgetYearValue(
        2030,
        { amounts: [new Decimal(1000), new Decimal(2001)], share: Rational.of(1, 3), label: 'ab', count: 7, none: null },
        SOURCE,
        'assumption',
      ),
    ],
  });
  const empty = defineParameter({ id: 'emptyTable', name: { nb: 'Tom', en: 'Empty' }, unit: 'NOK', values: [] });
  const set = withParameters({ grants: { testTable: table, emptyTable: empty } as never });

  it('uprates every amount in a list by 10 % rounded to whole kroner, and keeps fractions, labels, counts and empty slots', () => {
    const p = projectParameters(set, { throughYear: 2031, rule: { kind: 'uprate', percentPerYear: 10 } }).grants as unknown as Record<string, typeof table>;
    const v2031 = p.testTable?.values[1];
    expect(v2031?.from).toBe('2031-01-01');
    const value = v2031?.value as { amounts: Decimal[]; share: Rational; label: string; count: number; none: null };
    // 1000 × 1.1 = 1100; 2001 × 1.1 = 2201.1 → 2201.
    expect(Array.isArray(value.amounts)).toBe(true);
    expect(value.amounts.map(String)).toEqual(['1100', '2201']);
    expect(value.share).toBeInstanceOf(Rational);
    expect(value.share.compare(Rational.of(1, 3))).toBe(0);
    expect(value.label).toBe('ab');
    expect(value.count).toBe(7);
    expect(value.none).toBeNull();
  });
  it('leaves a money table with no values as it is', () => {
    const p = projectParameters(set, { throughYear: 2031 }).grants as unknown as Record<string, typeof empty>;
    expect(p.emptyTable).toBe(empty);
  });
});
