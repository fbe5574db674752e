/**
 * Adviser full-time equivalents (årsverk) needed for a number of active introduction-programme
 * participants: participants ÷ the caseload norm (20 per full-time programme adviser by default; see
 * `parameters/caseload-norm.ts`). With a norm of 20 the figure is always an exact decimal (N/20 has at
 * most two decimals); with a norm that does not divide a power of ten it is rounded **up** to 0.0001 FTE
 * (never under-staffing), and the result says so.
 *
 * Source: IMDi's recommendation of 20 participants per full-time programme adviser, as cited in Grong
 * kommune's organisation plan (2017); no statute sets a norm (basis practice, parameter `caseloadNorm`).
 * @module
 */
import * as z from 'zod';
import { isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import type { Locale } from '../core/localized-text.js';
import { Decimal } from '../core/money.js';
import { valueOn, type DatedValue } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { parseInput } from '../core/validate.js';
import type { CaseloadSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveCaseloadOptions } from './options.js';

/** FTE figures keep four decimals: 0.0001 FTE is about 10 minutes a year of a full-time adviser's work. */
export const FTE_DECIMALS = 4;
/** A count of participants the library accepts (a whole number from 0 to a million). */
export const participantCountSchema = /* @__PURE__ */ z.int().min(0).max(1_000_000);

/** The norm on a date, checked to be a positive whole number (an override may not be). @internal */
export function normOn(parameters: CaseloadSlices, date: IsoDate): DatedValue<number> {
  const norm = valueOn(parameters.caseload.caseloadNorm, date);
  if (!Number.isSafeInteger(norm.value) || norm.value < 1) {
    throw inputError('invalid_parameter', ['parameters', 'caseloadNorm'], {
      nb: `Normen for deltakere per årsverk må være et positivt heltall, ikke ${String(norm.value)}`,
      en: `The norm of participants per FTE must be a positive whole number, not ${String(norm.value)}`,
    });
  }
  return norm;
}

/** An exact FTE figure as a Decimal, rounded up to {@link FTE_DECIMALS} if it does not terminate. @internal */
export function fteDecimal(x: Rational): { value: Decimal; exact: boolean } {
  const scale = 10n ** BigInt(FTE_DECIMALS);
  const scaled = x.num * scale;
  const exact = scaled % x.den === 0n;
  const q = scaled / x.den + (exact || scaled < 0n ? 0n : 1n);
  return { value: new Decimal(q.toString()).div(scale.toString()), exact };
}

/** A decimal as people write it: `1,15` in bokmål, `1.15` in English. @internal */
export function showDecimal(d: Decimal, locale: Locale): string {
  const text = d.toString();
  return locale === 'nb' ? text.replace('.', ',').replace('-', '−') : text;
}

/** The step naming the norm in force. @internal */
export function normStep(parameters: CaseloadSlices, norm: DatedValue<number>, date: IsoDate): Step {
  return step({
    rule: 'caseload.norm',
    message: {
      nb: (p: { norm: number; date: string }) => `Normen ${p.date} er ${p.norm} deltakere per årsverk programrådgiver`,
      en: (p) => `The norm on ${p.date} is ${p.norm} participants per full-time programme adviser`,
    },
    params: { norm: norm.value, date },
    reference: norm.reference,
    basis: norm.basis,
    used: [usedValue(parameters.caseload.caseloadNorm, norm)],
  });
}

/** Input to {@link adviserFteNeeded}. */
export const adviserFteNeededInputSchema = /* @__PURE__ */ z.strictObject({
  /** The date the norm is looked up on (e.g. the first day of the month planned). */
  date: isoDateSchema,
  /** Active programme participants. */
  participants: participantCountSchema,
});

/** Input to {@link adviserFteNeeded}, as callers write it. */
export type AdviserFteNeededInput = z.input<typeof adviserFteNeededInputSchema>;

/** FTE needed for a number of participants. */
export interface AdviserFteNeeded {
  readonly participants: number;
  /** Participants per full-time adviser. */
  readonly norm: number;
  /** participants ÷ norm: exact, or rounded up to 0.0001 when `exact` is false. */
  readonly fteNeeded: Decimal;
  /** The same as a fraction in lowest terms, e.g. `23/20`. */
  readonly fteNeededFraction: string;
  /** False only when the norm makes the quotient a non-terminating decimal. */
  readonly exact: boolean;
}

/**
 * Programme-adviser FTE needed for a number of active participants under the caseload norm.
 * @throws InputError on bad input; NoParameterValueError for a date before the norm's first value.
 *
 * @example
 * ```ts
 * import { adviserFteNeeded } from 'integreringsregler';
 * adviserFteNeeded({ date: '2024-01-01', participants: 22 }).value.fteNeeded.toString(); // '1.1'
 * adviserFteNeeded({ date: '2024-01-01', participants: 125 }).value.fteNeeded.toString(); // '6.25'
 * ```
 */
export function adviserFteNeeded(input: AdviserFteNeededInput, options?: RuleOptions): Explained<AdviserFteNeeded> {
  const { date, participants } = parseInput(adviserFteNeededInputSchema, input);
  const { parameters, explain } = resolveCaseloadOptions(options);
  const norm = normOn(parameters, date);
  const exactFte = Rational.of(participants, norm.value);
  const { value: fteNeeded, exact } = fteDecimal(exactFte);
  const value = { participants, norm: norm.value, fteNeeded, fteNeededFraction: exactFte.toString(), exact };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  type P = { n: number; norm: number; nb: string; en: string; exact: boolean };
  const need = step({
    rule: 'caseload.fte-needed',
    message: {
      nb: (p: P) => `${p.n} deltakere / ${p.norm} per årsverk = ${p.nb} årsverk${p.exact ? '' : ' (rundet opp til fire desimaler)'}`,
      en: (p: P) => `${p.n} participants / ${p.norm} per FTE = ${p.en} FTE${p.exact ? '' : ' (rounded up to four decimals)'}`,
    },
    params: { n: participants, norm: norm.value, nb: showDecimal(fteNeeded, 'nb'), en: showDecimal(fteNeeded, 'en'), exact },
    reference: norm.reference,
    basis: norm.basis,
  });
  return { value, explanation: { steps: [normStep(parameters, norm, date), need] } };
}
