/** Lookups and the basic amount's explanation at their edges: end dates, as-known-on, the sentence. */
import { describe, expect, it } from 'vitest';
import { NoParameterValueError, basicAmountOn, compareDates, defineParameter, explanationToJSON, references, renderExplanation, valueOn } from '../../src/index.js';

const ref = references.integrationAct();
const table = defineParameter<number>({
  id: 't',
  name: { nb: 'T', en: 'T' },
  unit: 'count',
  values: [
    { from: '2022-01-01', value: 1, reference: ref, basis: 'official' },
    { from: '2023-01-01', to: '2023-12-31', value: 2, reference: ref, basis: 'official', knownFrom: '2023-02-01' },
    { from: '2025-01-01', value: 3, reference: ref, basis: 'official' },
  ],
});

describe('valueOn at the edges', () => {
  it('a value decided later is unseen before it was known, and the earlier one is used instead', () => {
    expect(valueOn(table, '2023-06-01').value).toBe(2);
    expect(valueOn(table, '2023-06-01', { asKnownOn: '2023-01-31' }).value).toBe(1);
    expect(valueOn(table, '2023-06-01', { asKnownOn: '2023-02-01' }).value).toBe(2);
    // a value without knownFrom is known from its start
    expect(valueOn(table, '2025-06-01', { asKnownOn: '2020-01-01' }).value).toBe(3);
  });
  it('a value that ended leaves a gap (no silent carry-over of the older value), the last day still counts', () => {
    expect(valueOn(table, '2023-12-31').value).toBe(2);
    expect(() => valueOn(table, '2024-01-01')).toThrow(NoParameterValueError);
    expect(() => valueOn(table, '2021-12-31')).toThrow('The parameter "T" (t) has no value for 2021-12-31. Supply the value in your own parameters.');
  });
  it('two values on the same day are refused, also when not next to each other before sorting', () => {
    const dup = () =>
      defineParameter({
        id: 'd',
        name: { nb: 'D', en: 'D' },
        unit: 'count',
        values: [
          { from: '2024-01-01', value: 1, reference: ref, basis: 'official' },
          { from: '2020-01-01', value: 2, reference: ref, basis: 'official' },
          { from: '2024-01-01', value: 3, reference: ref, basis: 'official' },
        ],
      });
    expect(dup).toThrow('Parameter d: two values start on 2024-01-01');
    expect(defineParameter({ ...table, values: [...table.values].reverse() }).values.map((v) => v.value)).toEqual([1, 2, 3]);
  });
  it('compareDates orders dates as a comparator must', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
  });
});

describe('the basic amount, explained as known on a date', () => {
  it('names the date G was asked for, the G used, and the as-known-on date, in both languages', () => {
    const r = basicAmountOn({ date: '2024-05-01', asKnownOn: '2024-05-15' });
    expect(renderExplanation(r.explanation, 'nb').split('\n')[0]).toBe(
      '1. Grunnbeløpet (G) som gjaldt 2024-05-01 er fastsatt med virkning fra 2023-05-01, slik det var kjent 2024-05-15: 118 620,00 kr (folketrygdloven § 1-4; NAV, grunnbeløpet i folketrygden)',
    );
    expect(renderExplanation(r.explanation, 'en').split('\n')[0]).toBe(
      '1. The basic amount (G) in force on 2024-05-01 is the one set from 2023-05-01, as known on 2024-05-15: NOK 118,620.00 (National Insurance Act § 1-4; NAV, the basic amount)',
    );
    expect(explanationToJSON(r.explanation).steps[0]?.params).toEqual({ date: '2024-05-01', from: '2023-05-01', asKnownOn: '2024-05-15' });
    const plain = basicAmountOn({ date: '2024-05-01' });
    expect(explanationToJSON(plain.explanation).steps[0]?.params).toEqual({ date: '2024-05-01', from: '2024-05-01' });
    expect(explanationToJSON(plain.explanation).steps[0]?.text.en).toBe('The basic amount (G) in force on 2024-05-01 is the one set from 2024-05-01');
  });
});
