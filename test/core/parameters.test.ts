import { describe, expect, it } from 'vitest';
import {
  parameterEntries,
  BASES,
  Decimal,
  NoParameterValueError,
  basicAmountOn,
  defaultParameters,
  defineParameter,
  references,
  valueOn,
  weakestBasis,
  withParameters,
  withValues,
  type Parameter,
} from '../../src/index.js';

describe('dated parameters: the basic amount G', () => {
  // NAV's table: G = 118 620 from 2023-05-01, 124 028 from 2024-05-01, 130 160 from 2025-05-01.
  it('changes on 1 May', () => {
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2024-04-30').value.toString()).toBe('118620');
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2024-05-01').value.toString()).toBe('124028');
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2025-04-30').value.toString()).toBe('124028');
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2025-05-01').value.toString()).toBe('130160');
  });
  it('as known on 15 May 2024, May 2024 still used the 2023 G (decided later that month)', () => {
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2024-05-01', { asKnownOn: '2024-05-15' }).value.toString()).toBe('118620');
    expect(valueOn(defaultParameters.basicAmount.grunnbelop, '2024-05-01', { asKnownOn: '2024-06-01' }).value.toString()).toBe('124028');
  });
  it('says clearly when no value covers the date', () => {
    expect(() => valueOn(defaultParameters.basicAmount.grunnbelop, '2015-04-30')).toThrow(NoParameterValueError);
    try {
      valueOn(defaultParameters.basicAmount.grunnbelop, '2015-04-30');
    } catch (e) {
      const err = e as NoParameterValueError;
      expect(err.parameter).toBe('grunnbelop');
      expect(err.localized.nb).toContain('ingen verdi for 2015-04-30');
      expect(err.toJSON().code).toBe('NO_PARAMETER_VALUE');
    }
  });
  it('respects an end date', () => {
    const p = defineParameter({
      id: 'temp',
      name: { nb: 'Midlertidig', en: 'Temporary' },
      unit: 'count',
      values: [{ from: '2022-06-15', to: '2026-06-30', value: 1, reference: references.integrationAct('kap. 6A'), basis: 'statute' }],
    });
    expect(valueOn(p, '2026-06-30').value).toBe(1);
    expect(() => valueOn(p, '2026-07-01')).toThrow(NoParameterValueError);
  });
  it('refuses two values starting the same day', () => {
    const v = { from: '2024-01-01', value: 1, reference: references.integrationAct(), basis: 'statute' as const };
    expect(() => defineParameter({ id: 'dup', name: { nb: 'x', en: 'x' }, unit: 'count', values: [v, v] })).toThrow(RangeError);
  });
});

describe('overriding parameters for a "what if"', () => {
  it('adds a value without touching the shipped table', () => {
    const before = defaultParameters.basicAmount.grunnbelop.values.length;
    const g2027 = withValues(defaultParameters.basicAmount.grunnbelop, [
      { from: '2027-05-01', value: new Decimal(142_000), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
    ]);
    const params = withParameters({ basicAmount: { grunnbelop: g2027 } });
    expect(basicAmountOn({ date: '2027-05-01' }, { parameters: params }).value.toString()).toBe('142000');
    expect(basicAmountOn({ date: '2027-05-01' }).value.toString()).toBe('136549'); // shipped: 2026 G still in force
    expect(defaultParameters.basicAmount.grunnbelop.values.length).toBe(before);
  });
  it('replaces a value with the same start date', () => {
    const g = withValues(defaultParameters.basicAmount.grunnbelop, [
      { from: '2024-05-01', value: new Decimal(1), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
    ]);
    expect(valueOn(g, '2024-06-01').value.toString()).toBe('1');
    expect(g.values.length).toBe(defaultParameters.basicAmount.grunnbelop.values.length);
  });
  it('keeps the shipped set frozen', () => {
    expect(Object.isFrozen(defaultParameters)).toBe(true);
    expect(Object.isFrozen(defaultParameters.basicAmount.grunnbelop.values)).toBe(true);
  });
});

describe('every shipped parameter value is cited', () => {
  const params = parameterEntries(defaultParameters).map((e) => e.parameter);
  it('covers every parameter in the set', () => {
    expect(params.length).toBeGreaterThan(0);
  });
  for (const p of params) {
    it(`${p.id}: each value has a reference, a basis and a valid date`, () => {
      expect(p.name.nb.length).toBeGreaterThan(0);
      expect(p.name.en.length).toBeGreaterThan(0);
      for (const v of p.values) {
        expect(v.reference, `${p.id} from ${v.from}`).toBeDefined();
        expect(v.reference.title.nb.length, `${p.id} from ${v.from}`).toBeGreaterThan(0);
        expect(v.reference.title.en.length, `${p.id} from ${v.from}`).toBeGreaterThan(0);
        expect(v.reference.url ?? v.reference.id ?? v.reference.section, `${p.id} from ${v.from}: a url, id or section`).toBeTruthy();
        expect(BASES).toContain(v.basis);
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (v.basis === 'assumption') expect(v.note, `${p.id} from ${v.from}: an assumption must say what to check`).toBeDefined();
      }
    });
  }
});

describe('weakestBasis: a step is only as certain as the weakest value it used', () => {
  it('orders statute > official > practice > assumption and returns the weakest given', () => {
    expect(weakestBasis('statute', 'official')).toBe('official');
    expect(weakestBasis('official', 'practice')).toBe('practice');
    expect(weakestBasis('practice', 'official', 'statute')).toBe('practice');
    expect(weakestBasis('statute', 'assumption', 'official')).toBe('assumption');
    expect(weakestBasis('official')).toBe('official');
  });
  it('with nothing used, nothing weakens the rule: statute', () => {
    expect(weakestBasis()).toBe('statute');
  });
});
