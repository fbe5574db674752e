/**
 * The basic amount G in force on a date (folketrygdloven § 1-4; changes every 1 May), optionally as it was
 * known on an earlier date — the figure the introduction stipend and several thresholds are built on.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained } from '../core/explanation.js';
import type { Money } from '../core/money.js';
import { valueOn } from '../core/parameters.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveBasicAmountOptions } from './options.js';

/** Input to {@link basicAmountOn}. */
export const basicAmountInputSchema = /* @__PURE__ */ z.strictObject({
  /** The date G is wanted for. */
  date: isoDateSchema,
  /** Compute with what was known on this date (a G decided later is not seen). */
  asKnownOn: isoDateSchema.optional(),
});

/** Input to {@link basicAmountOn}, as callers write it. */
export type BasicAmountInput = z.input<typeof basicAmountInputSchema>;

const message = {
  nb: (p: { date: string; from: string; asKnownOn?: string }) =>
    `Grunnbeløpet (G) som gjaldt ${p.date} er fastsatt med virkning fra ${p.from}${p.asKnownOn === undefined ? '' : `, slik det var kjent ${p.asKnownOn}`}`,
  en: (p: { date: string; from: string; asKnownOn?: string }) =>
    `The basic amount (G) in force on ${p.date} is the one set from ${p.from}${p.asKnownOn === undefined ? '' : `, as known on ${p.asKnownOn}`}`,
};

/**
 * The basic amount G (kroner a year) in force on a date.
 * @throws InputError on a malformed date; NoParameterValueError for a date before the table starts.
 *
 * @example
 * ```ts
 * import { basicAmountOn } from 'integreringsregler';
 * basicAmountOn({ date: '2024-04-30' }).value.toString(); // '118620'
 * basicAmountOn({ date: '2024-05-01' }).value.toString(); // '124028'
 * // G for May 2024 was decided later in the spring: a payment run on 15 May used the 2023 G.
 * basicAmountOn({ date: '2024-05-01', asKnownOn: '2024-05-15' }).value.toString(); // '118620'
 * ```
 */
export function basicAmountOn(input: BasicAmountInput, options?: RuleOptions): Explained<Money> {
  const { date, asKnownOn } = parseInput(basicAmountInputSchema, input);
  const { parameters, explain } = resolveBasicAmountOptions(options);
  const g = valueOn(parameters.basicAmount.grunnbelop, date, { asKnownOn });
  if (!explain) return { value: g.value, explanation: EMPTY_EXPLANATION };
  return {
    value: g.value,
    explanation: {
      steps: [
        step({
          rule: 'basic-amount',
          message,
          params: { date, from: g.from, ...(asKnownOn === undefined ? {} : { asKnownOn }) },
          amount: g.value,
          reference: g.reference,
          basis: g.basis,
          used: [usedValue(parameters.basicAmount.grunnbelop, g, (v) => v.toString())],
        }),
      ],
    },
  };
}
