/**
 * The projection rule (`projectParameters`): projecting unpublished years and budget-year tables, and its
 * edges — the exact note a case worker reads on a projected value, which years are filled and which are
 * not, and which tables are left alone.
 *
 * The G (grunnbeløp) table's last published value is 136 549 from 2026-05-01 and runs until the next one.
 * The special grant for unaccompanied minors is a budget-year table shipped for 2016, 2017 and 2023.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  InputError,
  Rational,
  basicAmountOn,
  budgetYearValue,
  defaultParameters,
  defineParameter,
  projectParameters,
  renderExplanation,
  valueOn,
  withParameters,
} from '../index.js';

describe('projecting unpublished years', () => {
  it('carries the latest G forward by default, marked as an assumption', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2029 });
    for (const year of [2027, 2028, 2029]) {
      const v = valueOn(p.basicAmount.grunnbelop, `${year}-05-01`);
      expect(v.value.toString()).toBe('136549');
      expect(v.basis).toBe('assumption');
      expect(v.note?.en).toContain('carried forward');
    }
    // Published values are untouched.
    expect(valueOn(p.basicAmount.grunnbelop, '2026-05-01').basis).toBe('official');
    expect(() => valueOn(p.basicAmount.grunnbelop, '2030-05-01').basis).not.toThrow(); // 2029's projection stays in force
    expect(p.basicAmount.grunnbelop.values.length).toBe(defaultParameters.basicAmount.grunnbelop.values.length + 3);
  });
  it('uprates by a yearly percentage, compounding, rounded to whole kroner', () => {
    // 136 549 × 1.04 = 142 010.96 → 142 011; 142 011 × 1.04 = 147 691.44 → 147 691.
    const p = projectParameters(defaultParameters, { throughYear: 2028, rule: { kind: 'uprate', percentPerYear: 4 } });
    expect(valueOn(p.basicAmount.grunnbelop, '2027-05-01').value.toString()).toBe('142011');
    expect(valueOn(p.basicAmount.grunnbelop, '2028-05-01').value.toString()).toBe('147691');
    expect(valueOn(p.basicAmount.grunnbelop, '2027-04-30').value.toString()).toBe('136549');
  });
  it('says so in every explanation that uses a projected value', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2027, rule: { kind: 'uprate', percentPerYear: 2.5 } });
    const g = basicAmountOn({ date: '2027-06-01' }, { parameters: p });
    // 136 549 × 1.025 = 139 962.725 → 139 963
    expect(g.value.toString()).toBe('139963');
    expect(renderExplanation(g.explanation, 'nb')).toContain('antagelse');
    expect(g.explanation.steps[0]?.basis).toBe('assumption');
  });
  it('changes nothing when every year is published', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2026 });
    expect(p.basicAmount.grunnbelop).toBe(defaultParameters.basicAmount.grunnbelop);
  });
  it('refuses a nonsensical rule', () => {
    expect(() => projectParameters(defaultParameters, { throughYear: 2027, rule: { kind: 'uprate', percentPerYear: 500 } })).toThrow(
      InputError,
    );
    expect(() => projectParameters(defaultParameters, { throughYear: 2027.5 })).toThrow(InputError);
  });
});

describe('projecting budget-year tables', () => {
  it('fills the gap between published years from the nearest earlier year, and runs on after the last', () => {
    // Special grant for unaccompanied minors: published 2017 (1 198 000 / 750 000) and 2023 (1 118 000 / 705 000).
    const p = projectParameters(defaultParameters, { throughYear: 2025, rule: { kind: 'uprate', percentPerYear: 10 } });
    const year = (y: number) => valueOn(p.grants.unaccompaniedMinorGrantRates, `${y}-06-30`);
    // 2018 = 2017 × 1.1 = 1 317 800; 2019 = 1 317 800 × 1.1 = 1 449 580.
    expect(year(2018).value.toYearTurning16.toString()).toBe('1317800');
    expect(year(2019).value.toYearTurning16.toString()).toBe('1449580');
    expect(year(2018).projected).toBe(true);
    // 2023 is published and stays; 2024 grows from it: 705 000 × 1.1 = 775 500.
    expect(year(2023).value.fromYearTurning17.toString()).toBe('705000');
    expect(year(2023).projected).toBeUndefined();
    expect(year(2024).value.fromYearTurning17.toString()).toBe('775500');
    expect(year(2024).note?.en).toContain('from the value in force from 2023-01-01');
    expect(year(2025).to).toBe('2025-12-31');
  });
});

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
    expect(p.grants.unaccompaniedMinorGrantRates.values.map((v) => v.from.slice(0, 4))).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
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
    const p = projectParameters(set, { throughYear: 2031, rule: { kind: 'uprate', percentPerYear: 10 } }).grants as unknown as Record<
      string,
      typeof table
    >;
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
