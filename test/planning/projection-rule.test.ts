import { describe, expect, it } from 'vitest';
import { InputError, basicAmountOn, defaultParameters, projectParameters, renderExplanation, valueOn } from '../../src/index.js';

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
    expect(() => projectParameters(defaultParameters, { throughYear: 2027, rule: { kind: 'uprate', percentPerYear: 500 } })).toThrow(InputError);
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
