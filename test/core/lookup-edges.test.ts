/** Lookups at their edges: end dates, as-known-on. */
import { describe, expect, it } from 'vitest';
import { NoParameterValueError, compareDates, defineParameter, references, valueOn } from '../../src/index.js';

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
    expect(() => valueOn(table, '2021-12-31')).toThrow(
      'The parameter "T" (t) has no value for 2021-12-31. Supply the value in your own parameters.',
    );
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
