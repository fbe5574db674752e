/**
 * How an explanation renders and serialises, step by step: the amount, the citation with the basis label
 * for anything less certain than an official source, and the values used (each once).
 */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_EXPLANATION,
  NoParameterValueError,
  combineExplanations,
  defineParameter,
  explanationToJSON,
  isInputError,
  isNoParameterValueError,
  money,
  references,
  renderExplanation,
  step,
  usedValue,
  valueOn,
  valuesUsed,
} from '../../src/index.js';

const rate = defineParameter({
  id: 'monthlyRate',
  name: { nb: 'Månedssats', en: 'Monthly rate' },
  unit: 'NOK/month',
  values: [
    { from: '2024-01-01', value: money('1500.5'), reference: references.integrationAct('§ 20'), basis: 'assumption' },
    { from: '2025-01-01', value: money('1600'), reference: references.integrationAct('§ 20'), basis: 'practice' },
  ],
});
const share = defineParameter({
  id: 'share',
  name: { nb: 'Andel', en: 'Share' },
  unit: 'fraction',
  values: [{ from: '2024-01-01', value: '2/3', reference: references.integrationRegulation('§ 5'), basis: 'statute' }],
});

const msg = { nb: (p: { n: number }) => `Steg ${p.n}`, en: (p: { n: number }) => `Step ${p.n}` };
const r2024 = valueOn(rate, '2024-06-01');
const r2025 = valueOn(rate, '2025-06-01');
const s1 = step({
  rule: 'a',
  message: msg,
  params: { n: 1 },
  amount: money('1500.5'),
  reference: references.integrationAct('§ 20'),
  basis: 'assumption',
  used: [usedValue(rate, r2024, (v) => v.toString()), usedValue(share, valueOn(share, '2024-06-01'))],
});
const s2 = step({
  rule: 'b',
  message: msg,
  params: { n: 2 },
  reference: references.integrationAct('§ 21'),
  basis: 'practice',
  used: [usedValue(rate, r2024, (v) => v.toString())],
});
const s3 = step({
  rule: 'c',
  message: msg,
  params: { n: 3 },
  amount: money('-12'),
  reference: references.immigrationAct(),
  basis: 'statute',
  used: [usedValue(rate, r2025, (v) => v.toString())],
});
const s4 = step({ rule: 'd', message: msg, params: { n: 4 } });

describe('rendering an explanation', () => {
  const expl = combineExplanations(EMPTY_EXPLANATION, s1, combineExplanations(s2, s3), s4);

  it('numbers the steps, shows amounts and cites with the basis when it is less than official', () => {
    expect(renderExplanation(expl, 'nb').split('\n')).toEqual([
      '1. Steg 1: 1 500,50 kr (integreringsloven § 20; antagelse)',
      '2. Steg 2 (integreringsloven § 21; praksis)',
      '3. Steg 3: −12,00 kr (utlendingsloven)',
      '4. Steg 4',
      'Verdier brukt:',
      '- Månedssats: 1 500,50 kr fra 2024-01-01 (integreringsloven § 20; antagelse)',
      '- Andel: 2/3 fra 2024-01-01 (integreringsforskriften § 5; lovtekst)',
      '- Månedssats: 1 600 kr fra 2025-01-01 (integreringsloven § 20; praksis)',
    ]);
    expect(renderExplanation(expl, 'en').split('\n')).toEqual([
      '1. Step 1: NOK 1,500.50 (the Integration Act § 20; assumption)',
      '2. Step 2 (the Integration Act § 21; practice)',
      '3. Step 3: NOK −12.00 (the Immigration Act)',
      '4. Step 4',
      'Values used:',
      '- Monthly rate: NOK 1,500.50 from 2024-01-01 (the Integration Act § 20; assumption)',
      '- Share: 2/3 from 2024-01-01 (the Integration Regulation § 5; statute)',
      '- Monthly rate: 1,600 NOK from 2025-01-01 (the Integration Act § 20; practice)',
    ]);
  });

  it('lists each value used once, in first-use order', () => {
    expect(valuesUsed(expl).map((u) => `${u.parameter}@${u.from}=${u.value}`)).toEqual([
      'monthlyRate@2024-01-01=1500.5',
      'share@2024-01-01=2/3',
      'monthlyRate@2025-01-01=1600',
    ]);
    expect(renderExplanation(combineExplanations(s4), 'nb')).toBe('1. Steg 4');
    expect(renderExplanation(EMPTY_EXPLANATION, 'en')).toBe('');
  });

  it('serialises each step with both texts, money to two decimals, the citation, and no empty fields', () => {
    const json = explanationToJSON(expl);
    expect(json.steps[0]).toMatchObject({
      rule: 'a',
      text: { nb: 'Steg 1', en: 'Step 1' },
      amount: '1500.50',
      basis: 'assumption',
      params: { n: 1 },
      reference: { section: '§ 20', citation: { nb: 'integreringsloven § 20', en: 'the Integration Act § 20' } },
    });
    expect(json.steps[0]?.used[1]).toMatchObject({
      parameter: 'share',
      value: '2/3',
      unit: 'fraction',
      citation: { nb: 'integreringsforskriften § 5', en: 'the Integration Regulation § 5' },
    });
    expect(json.steps[2]?.amount).toBe('-12.00');
    expect(Object.keys(json.steps[3] ?? {}).sort()).toEqual(['params', 'rule', 'text', 'used']);
    expect(step({ rule: 'x', message: msg, params: { n: 0 } })).toEqual({ rule: 'x', message: msg, params: { n: 0 }, used: [] });
  });
});

describe('error helpers', () => {
  it('a missing value names the parameter, date and as-known-on date, and serialises', () => {
    let caught: unknown;
    try {
      valueOn(rate, '2023-12-31', { asKnownOn: '2023-06-01' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NoParameterValueError);
    const e = caught as NoParameterValueError;
    expect(e.localized).toEqual({
      nb: 'Parameteren «Månedssats» (monthlyRate) har ingen verdi for 2023-12-31 (slik den var kjent 2023-06-01). Oppgi verdien selv med egne parametere.',
      en: 'The parameter "Monthly rate" (monthlyRate) has no value for 2023-12-31 (as known on 2023-06-01). Supply the value in your own parameters.',
    });
    expect(e.message).toBe(e.localized.en);
    expect(e.name).toBe('NoParameterValueError');
    expect(e.toJSON()).toEqual({
      code: 'NO_PARAMETER_VALUE',
      parameter: 'monthlyRate',
      date: '2023-12-31',
      asKnownOn: '2023-06-01',
      message: e.localized,
    });
    const plain = new NoParameterValueError('p', '2020-01-01', undefined, { nb: 'x', en: 'y' });
    expect(plain.toJSON()).toEqual({ code: 'NO_PARAMETER_VALUE', parameter: 'p', date: '2020-01-01', message: { nb: 'x', en: 'y' } });
  });

  it('recognises the library errors by code across bundle copies, and nothing else', () => {
    expect(isInputError({ code: 'INVALID_INPUT' })).toBe(true);
    expect(isInputError({ code: 'NO_PARAMETER_VALUE' })).toBe(false);
    expect(isInputError(null)).toBe(false);
    expect(isInputError('INVALID_INPUT')).toBe(false);
    expect(isNoParameterValueError({ code: 'NO_PARAMETER_VALUE' })).toBe(true);
    expect(isNoParameterValueError({ code: 'INVALID_INPUT' })).toBe(false);
    expect(isNoParameterValueError(null)).toBe(false);
    expect(isNoParameterValueError(undefined)).toBe(false);
  });
});
