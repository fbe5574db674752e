import { describe, expect, it } from 'vitest';
import { InputError, basicAmountOn, defaultParameters, projectParameters, renderExplanation, valueOn } from '../../src/index.js';

describe('projecting unpublished years', () => {
  it('carries the latest G forward by default, marked as an assumption', () => {
    const p = projectParameters(defaultParameters, { throughYear: 2029 });
    for (const year of [2027, 2028, 2029]) {
      const v = valueOn(p.grunnbelop, `${year}-05-01`);
      expect(v.value.toString()).toBe('136549');
      expect(v.basis).toBe('assumption');
      expect(v.note?.en).toContain('carried forward');
    }
    // Published values are untouched.
    expect(valueOn(p.grunnbelop, '2026-05-01').basis).toBe('official');
    expect(() => valueOn(p.grunnbelop, '2030-05-01').basis).not.toThrow(); // 2029's projection stays in force
    expect(p.grunnbelop.values.length).toBe(defaultParameters.grunnbelop.values.length + 3);
  });
  it('uprates by a yearly percentage, compounding, rounded to whole kroner', () => {
    // 136 549 × 1.04 = 142 010.96 → 142 011; 142 011 × 1.04 = 147 691.44 → 147 691.
    const p = projectParameters(defaultParameters, { throughYear: 2028, rule: { kind: 'uprate', percentPerYear: 4 } });
    expect(valueOn(p.grunnbelop, '2027-05-01').value.toString()).toBe('142011');
    expect(valueOn(p.grunnbelop, '2028-05-01').value.toString()).toBe('147691');
    expect(valueOn(p.grunnbelop, '2027-04-30').value.toString()).toBe('136549');
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
    expect(p.grunnbelop).toBe(defaultParameters.grunnbelop);
  });
  it('refuses a nonsensical rule', () => {
    expect(() => projectParameters(defaultParameters, { throughYear: 2027, rule: { kind: 'uprate', percentPerYear: 500 } })).toThrow(InputError);
    expect(() => projectParameters(defaultParameters, { throughYear: 2027.5 })).toThrow(InputError);
  });
});
