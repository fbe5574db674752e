/**
 * Unexcused absence so far as a share of the programme time granted so far, beside the 10 % reference
 * the Introduction Act guidance uses when a stop is weighed (absence "substantially above" 10 % is one
 * factor; IMDi, stopping the programme; Introduction Act § 7, Integration Act § 18). A figure to report,
 * not a decision: whether to stop is the case worker's judgement.
 *
 * Programme time so far is counted in working days (Monday–Friday) from the start date through the date
 * asked about, less working days that were not programme time (approved leave, holiday) as given.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained } from '../core/explanation.js';
import { Decimal } from '../core/money.js';
import { formatNumber } from '../core/format.js';
import { valueOn } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { localizedIssue, parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import { weekdaysBetween } from './leave-effect.js';

const DAYS_TEXT = /^\d{1,5}(\.\d{1,2})?$/;
/** A non-negative number of days with at most two decimals, as a number or text (`'2.5'`). */
const daysSchema = /* @__PURE__ */ z.union([z.number(), z.string()]).superRefine((v, ctx) => {
  if (!DAYS_TEXT.test(String(v))) {
    ctx.addIssue(
      localizedIssue('invalid_days', {
        nb: 'må være et ikke-negativt antall dager med høyst to desimaler',
        en: 'must be a non-negative number of days with at most two decimals',
      }),
    );
  }
});

/** Input to {@link absenceShare}. */
export const absenceShareInputSchema = /* @__PURE__ */ z.strictObject({
  startDate: isoDateSchema,
  /** The date the share is computed for (included). */
  date: isoDateSchema,
  /** Unexcused absence so far, in working days (e.g. `2.5`). */
  unexcusedAbsenceDays: daysSchema,
  /** Working days since the start that were not programme time (approved leave, holiday). */
  notProgrammeWorkingDays: z.number().int().min(0).max(100_000).default(0),
});
/** Input to {@link absenceShare}, as callers write it. */
export type AbsenceShareInput = z.input<typeof absenceShareInputSchema>;

/** The result of {@link absenceShare}. */
export interface AbsenceShareResult {
  /** Working days of programme time granted so far. */
  readonly programmeWorkingDays: number;
  /** The exact share, e.g. `3/40`. */
  readonly share: Rational;
  /** The share in per cent, rounded half-up to two decimals. */
  readonly percent: Decimal;
  /** The reference share (1/10). */
  readonly reference: Rational;
  /** Whether the share is above the reference (a figure to weigh, not a decision). */
  readonly aboveReference: boolean;
}

type P = { absence: string; time: number; percent: string; ref: string; above: boolean };
const message = {
  nb: (p: P) =>
    `Ugyldig fravær ${formatNumber(new Decimal(p.absence), 'nb')} dager av ${p.time} virkedager innvilget programtid hittil = ${formatNumber(new Decimal(p.percent), 'nb')} %; referansen er ${formatNumber(new Decimal(p.ref), 'nb')} % (${p.above ? 'over' : 'ikke over'}). Tallet er et vurderingsmoment, ikke et vedtak`,
  en: (p: P) =>
    `Unexcused absence of ${formatNumber(new Decimal(p.absence), 'en')} days out of ${p.time} working days of programme time so far = ${formatNumber(new Decimal(p.percent), 'en')} %; the reference is ${formatNumber(new Decimal(p.ref), 'en')} % (${p.above ? 'above' : 'not above'}). The figure is a factor to weigh, not a decision`,
};

/**
 * Unexcused absence so far as a share of programme time so far, beside the 10 % reference.
 * @throws InputError on malformed input, a date before the start, or no programme time so far.
 *
 * @example
 * ```ts
 * import { absenceShare } from 'integreringsregler';
 * // 2024-01-01 (Monday) … 2024-02-09 (Friday): 6 weeks × 5 = 30 working days; 4 / 30 = 13.33 %.
 * const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 4 });
 * r.value.percent.toString(); // '13.33'
 * r.value.aboveReference; // true
 * ```
 */
export function absenceShare(input: AbsenceShareInput, options?: RuleOptions): Explained<AbsenceShareResult> {
  const i = parseInput(absenceShareInputSchema, input);
  const { parameters, explain } = resolveProgrammeOptions(options);
  if (i.date < i.startDate)
    throw inputError('before_start', ['date'], { nb: `er før startdatoen ${i.startDate}`, en: `is before the start date ${i.startDate}` });
  const time = weekdaysBetween(i.startDate, i.date) - i.notProgrammeWorkingDays;
  if (time <= 0) {
    throw inputError('no_programme_time', ['notProgrammeWorkingDays'], {
      nb: 'det er ingen programtid hittil å regne andelen av',
      en: 'there is no programme time so far to take the share of',
    });
  }
  const absence = Rational.fromDecimal(String(i.unexcusedAbsenceDays));
  if (absence.compare(Rational.of(time)) > 0) {
    throw inputError('exceeds_programme_time', ['unexcusedAbsenceDays'], {
      nb: `er mer enn programtiden hittil (${time} virkedager)`,
      en: `exceeds the programme time so far (${time} working days)`,
    });
  }
  const ref = valueOn(parameters.programme.absenceShareReference, i.date);
  const share = absence.div(Rational.of(time));
  const percent = roundHalfUpToOre(share.mul(Rational.of(100)));
  const value: AbsenceShareResult = {
    programmeWorkingDays: time,
    share,
    percent,
    reference: ref.value,
    aboveReference: share.compare(ref.value) > 0,
  };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const refPercent = roundHalfUpToOre(ref.value.mul(Rational.of(100))).toString();
  return {
    value,
    explanation: {
      steps: [
        step({
          rule: 'programme.absence-share',
          message,
          params: {
            absence: String(i.unexcusedAbsenceDays),
            time,
            percent: percent.toString(),
            ref: refPercent,
            above: value.aboveReference,
          },
          reference: ref.reference,
          basis: ref.basis,
          used: [usedValue(parameters.programme.absenceShareReference, ref, (v) => v.toString())],
        }),
      ],
    },
  };
}
