/**
 * Checks a staffing of programme advisers against the caseload norm: the positions (as percentages of a
 * full-time position) add up to the adviser FTE; FTE × norm is the capacity in participants; against the
 * active participants the staffing is short (by FTE, and by participants over capacity), balanced, or has
 * spare capacity. E.g. 60 % + 50 % = 1.1 FTE → capacity 22; with 23 participants, short by 0.05 FTE and
 * one participant over capacity.
 *
 * Source: the caseload norm (`caseloadNorm`: IMDi's recommendation of 20 participants per full-time
 * adviser, as cited in Grong kommune's organisation plan, 2017; basis practice).
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, type Explained } from '../core/explanation.js';
import { Decimal } from '../core/money.js';
import { Rational } from '../core/rational.js';
import { localizedIssue, parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveCaseloadOptions } from './options.js';
import { fteDecimal, normOn, normStep, participantCountSchema, showDecimal } from './adviser-fte-needed.js';

const PERCENT_TEXT = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * A position percentage: more than 0 and at most 100, with at most two decimals (`60`, `'62.5'`).
 *
 * @example
 * ```ts
 * import { positionPercentSchema } from 'integreringsregler';
 * positionPercentSchema.parse(62.5).toString(); // '62.5'
 * positionPercentSchema.safeParse(120).success; // false
 * ```
 */
export const positionPercentSchema = /* @__PURE__ */ z
  .union([z.number(), z.string()])
  .superRefine((v, ctx) => {
    const text = typeof v === 'number' ? String(v) : v.trim();
    if (!PERCENT_TEXT.test(text) || Number(text) <= 0 || Number(text) > 100) {
      ctx.addIssue(
        localizedIssue('invalid_percent', {
          nb: `«${String(v)}» er ikke en stillingsprosent over 0 og høyst 100 med høyst to desimaler`,
          en: `"${String(v)}" is not a position percentage above 0 and at most 100 with at most two decimals`,
        }),
      );
    }
  })
  .transform((v) => new Decimal(typeof v === 'number' ? String(v) : v.trim()));

/** Input to {@link checkAdviserStaffing}. */
export const adviserStaffingInputSchema = /* @__PURE__ */ z.strictObject({
  /** The date the norm is looked up on. */
  date: isoDateSchema,
  /** Active programme participants. */
  participants: participantCountSchema,
  /** Each adviser position as a percentage of full time, e.g. `[60, 50]`. */
  positions: z.array(positionPercentSchema).min(1).max(10_000),
});

/** Input to {@link checkAdviserStaffing}, as callers write it. */
export type AdviserStaffingInput = z.input<typeof adviserStaffingInputSchema>;

/** The outcome of a staffing check. */
export interface AdviserStaffing {
  readonly participants: number;
  readonly norm: number;
  /** Sum of the positions ÷ 100. */
  readonly staffedFte: Decimal;
  /** staffedFte × norm: participants the staffing covers. */
  readonly capacity: Decimal;
  /** participants ÷ norm (see `adviserFteNeeded`). */
  readonly fteNeeded: Decimal;
  /** FTE missing (0 when the staffing covers the need). */
  readonly fteShort: Decimal;
  /** FTE beyond the need (0 when short). */
  readonly fteSpare: Decimal;
  /** Participants beyond capacity (0 when covered). */
  readonly participantsOverCapacity: Decimal;
  /** Participants the staffing could still take (0 when full or short). */
  readonly spareCapacity: Decimal;
  readonly status: 'short' | 'balanced' | 'spare';
}

const ZERO = /* @__PURE__ */ new Decimal(0);

/**
 * Checks adviser positions against the norm and the active participants.
 * @throws InputError on bad input; NoParameterValueError for a date before the norm's first value.
 *
 * @example
 * ```ts
 * import { checkAdviserStaffing } from 'integreringsregler';
 * const grong = checkAdviserStaffing({ date: '2017-06-01', participants: 23, positions: [60, 50] }).value;
 * grong.capacity.toString(); // '22'
 * grong.fteShort.toString(); // '0.05'
 * grong.participantsOverCapacity.toString(); // '1'
 * grong.status; // 'short'
 * ```
 */
export function checkAdviserStaffing(input: AdviserStaffingInput, options?: RuleOptions): Explained<AdviserStaffing> {
  const { date, participants, positions } = parseInput(adviserStaffingInputSchema, input);
  const { parameters, explain } = resolveCaseloadOptions(options);
  const norm = normOn(parameters, date);
  const staffedFte = positions.reduce((sum, p) => sum.plus(p), ZERO).div(100);
  const capacity = staffedFte.times(norm.value);
  const { value: fteNeeded, exact } = fteDecimal(Rational.of(participants, norm.value));
  const balance = staffedFte.minus(fteNeeded);
  const room = capacity.minus(participants);
  const status = balance.isNegative() ? 'short' : balance.isZero() ? 'balanced' : 'spare';
  const value: AdviserStaffing = {
    participants,
    norm: norm.value,
    staffedFte,
    capacity,
    fteNeeded,
    fteShort: balance.isNegative() ? balance.neg() : ZERO,
    fteSpare: balance.isPositive() && !balance.isZero() ? balance : ZERO,
    participantsOverCapacity: room.isNegative() ? room.neg() : ZERO,
    spareCapacity: room.isPositive() && !room.isZero() ? room : ZERO,
    status,
  };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const show = (d: Decimal) => ({ nb: showDecimal(d, 'nb'), en: showDecimal(d, 'en') });
  type Txt = { nb: string; en: string };
  const staffed = step({
    rule: 'caseload.staffed-capacity',
    message: {
      nb: (p: { list: Txt; fte: Txt; norm: number; cap: Txt }) =>
        `Stillingene ${p.list.nb} % utgjør ${p.fte.nb} årsverk; kapasitet ${p.fte.nb} × ${p.norm} = ${p.cap.nb} deltakere`,
      en: (p) => `The positions ${p.list.en} % make ${p.fte.en} FTE; capacity ${p.fte.en} × ${p.norm} = ${p.cap.en} participants`,
    },
    params: {
      list: { nb: positions.map((x) => showDecimal(x, 'nb')).join(' % + '), en: positions.map(String).join(' % + ') },
      fte: show(staffedFte),
      norm: norm.value,
      cap: show(capacity),
    },
  });
  type B = { n: number; need: Txt; short: Txt; over: Txt; spare: Txt; room: Txt; status: string; exact: boolean };
  const verdict = step({
    rule: 'caseload.staffing-balance',
    message: {
      nb: (p: B) =>
        `${p.n} deltakere trenger ${p.need.nb} årsverk${p.exact ? '' : ' (rundet opp)'}: ` +
        (p.status === 'short'
          ? `bemanningen mangler ${p.short.nb} årsverk, ${p.over.nb} deltakere over kapasiteten`
          : p.status === 'balanced'
            ? 'bemanningen dekker behovet nøyaktig'
            : `${p.spare.nb} årsverk ledig, plass til ${p.room.nb} deltakere til`),
      en: (p: B) =>
        `${p.n} participants need ${p.need.en} FTE${p.exact ? '' : ' (rounded up)'}: ` +
        (p.status === 'short'
          ? `the staffing is short by ${p.short.en} FTE, ${p.over.en} participants over capacity`
          : p.status === 'balanced'
            ? 'the staffing covers the need exactly'
            : `${p.spare.en} FTE spare, room for ${p.room.en} more participants`),
    },
    params: {
      n: participants,
      need: show(fteNeeded),
      short: show(value.fteShort),
      over: show(value.participantsOverCapacity),
      spare: show(value.fteSpare),
      room: show(value.spareCapacity),
      status,
      exact,
    },
    reference: norm.reference,
    basis: norm.basis,
  });
  return { value, explanation: { steps: [normStep(parameters, norm, date), staffed, verdict] } };
}
