/** valueOn returns the latest value that starts on or before the date (and, as known on, was known then). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NoParameterValueError,
  basicAmountOn,
  compareDates,
  defaultParameters,
  defineParameter,
  references,
  valueOn,
  type DatedValue,
} from '../../src/index.js';
import { RUNS, isoDate, junk, outcome } from './arbitraries.js';

const ref = references.integrationAct();

/** A table of 1–8 values with distinct start dates, some decided later than they apply (knownFrom). */
const table = fc
  .uniqueArray(fc.tuple(isoDate, fc.option(isoDate, { nil: undefined })), { minLength: 1, maxLength: 8, selector: ([from]) => from })
  .map((rows) =>
    defineParameter<number>({
      id: 'p',
      name: { nb: 'p', en: 'p' },
      unit: 'count',
      values: rows.map(([from, known], i): DatedValue<number> => ({
        from,
        value: i,
        reference: ref,
        basis: 'assumption',
        ...(known !== undefined && known > from ? { knownFrom: known } : {}),
      })),
    }),
  );

describe('valueOn: properties', () => {
  it('is the latest value starting on or before the date; none before the first', () => {
    fc.assert(
      fc.property(table, isoDate, (p, date) => {
        const candidates = p.values.filter((v) => v.from <= date);
        const r = outcome(() => valueOn(p, date));
        if (candidates.length === 0) {
          expect(!r.ok && r.error instanceof NoParameterValueError).toBe(true);
        } else {
          expect(r.ok && r.value).toBe(candidates[candidates.length - 1]);
        }
      }),
      RUNS,
    );
  });

  it('as known on a date: the latest starting value among those known by then', () => {
    fc.assert(
      fc.property(table, isoDate, isoDate, (p, date, knownOn) => {
        const candidates = p.values.filter((v) => v.from <= date && (v.knownFrom === undefined || v.knownFrom <= knownOn));
        const r = outcome(() => valueOn(p, date, { asKnownOn: knownOn }));
        if (candidates.length === 0) expect(!r.ok && r.error instanceof NoParameterValueError).toBe(true);
        else expect(r.ok && r.value).toBe(candidates[candidates.length - 1]);
      }),
      RUNS,
    );
  });

  it('values come out sorted by start date', () => {
    fc.assert(
      fc.property(table, (p) => {
        const froms = p.values.map((v) => v.from);
        expect([...froms].sort(compareDates)).toEqual(froms);
      }),
      RUNS,
    );
  });
});

describe('basicAmountOn: properties', () => {
  const first = defaultParameters.basicAmount.grunnbelop.values[0]?.from ?? '';

  it('any date from the first G on gives a positive whole-krone G that never falls, the same with or without explanation', () => {
    fc.assert(
      fc.property(
        isoDate.filter((d) => d >= first),
        isoDate.filter((d) => d >= first),
        (a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          const gx = basicAmountOn({ date: x }).value;
          const gy = basicAmountOn({ date: y }, { explain: false }).value;
          expect(gx.isFinite() && gx.isPositive() && gx.isInteger()).toBe(true);
          expect(gx.lte(gy)).toBe(true);
          expect(basicAmountOn({ date: x }, { explain: false }).value.eq(gx)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('any input gives a G, InputError, or (before the table) NoParameterValueError — nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoDate.map((date) => ({ date })),
          fc.record({ date: junk }),
          fc.record({ date: isoDate, asKnownOn: junk }),
          junk,
        ),
        (input) => {
          const r = outcome(() => basicAmountOn(input as { date: string }));
          if (r.ok) expect(r.value.value.isFinite()).toBe(true);
          else expect(r.inputError || r.error instanceof NoParameterValueError, String(r.error)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
