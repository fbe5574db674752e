/**
 * The input for one participant and one calendar month: who (regime, birth date, household), the
 * programme period, and what happened in the month (absence, leave, other benefits, paid work).
 * Hours and days are exact counts with at most two decimals; money is text, `Decimal` or a number with at
 * most two decimals.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { nonNegativeMoneySchema } from '../core/money.js';
import { isoMonthSchema } from '../core/month.js';
import { ROUNDING_NAMES, type RoundingName } from '../core/rounding.js';
import { stipendLeaveSchema } from './leave-input.js';
import { quantitySchema } from './quantity.js';
import { stipendRegimeSchema } from './regime.js';

/**
 * Other public benefits for the same month (krone for krone, same month: an assumption). Child benefit
 * and cash-for-care are accepted but never deducted (Introduction Act § 12, Integration Act § 22): the
 * result lists them as not deducted.
 */
export const stipendBenefitsSchema = /* @__PURE__ */ z.strictObject({
  /** Unemployment benefit (dagpenger) earned before the programme started. */
  unemploymentBenefit: nonNegativeMoneySchema.optional(),
  /** Sickness benefit (sykepenger) earned before the programme started. */
  sicknessBenefit: nonNegativeMoneySchema.optional(),
  /** Parental benefit (foreldrepenger) earned before the programme started. */
  parentalBenefit: nonNegativeMoneySchema.optional(),
  /** Disability benefit (uføretrygd). */
  disabilityBenefit: nonNegativeMoneySchema.optional(),
  /** Work assessment allowance (arbeidsavklaringspenger). */
  workAssessmentAllowance: nonNegativeMoneySchema.optional(),
  /** Child benefit (barnetrygd): never deducted. */
  childBenefit: nonNegativeMoneySchema.optional(),
  /** Cash-for-care benefit (kontantstøtte): never deducted. */
  cashForCare: nonNegativeMoneySchema.optional(),
});

const hoursAndDays = /* @__PURE__ */ z.strictObject({ hours: quantitySchema.optional(), days: quantitySchema.optional() });

/** Input to {@link stipendForMonth}. */
export const stipendMonthInputSchema = /* @__PURE__ */ z.strictObject({
  /** `introduksjonsloven` or `integreringsloven`. */
  regime: stipendRegimeSchema,
  /** The calendar month paid for, `YYYY-MM`. */
  month: isoMonthSchema,
  birthDate: isoDateSchema,
  /** The programme period; `end` (the last day) may be left out while the programme runs. */
  programme: z.strictObject({ start: isoDateSchema, end: isoDateSchema.optional() }),
  /** Lives with one or both parents (counts only under 25 and under the Integration Act). */
  livesWithParent: z.boolean().default(false),
  /** The first day the participant lived in the new home after last moving into or out of a parent's home (`livesWithParent` is the state from that day); a move on the 1st counts for that whole month. */
  householdChangedOn: isoDateSchema.optional(),
  /** Spouses or cohabitants who both take part in the programme and have no children (Integration Act § 20). */
  childlessCoupleBothParticipating: z.boolean().default(false),
  /** Overrides the `stipendFractionChange` parameter for both the age switch and moving (it decides only a month with the birthday or the move on the 2nd or later). */
  fractionChangeTiming: z.enum(['monthAfter', 'sameMonth']).optional(),
  /** The participant's programme hours this month (bounds the absence and work hours); default: the hours the divisor implies. */
  scheduledHours: quantitySchema.optional(),
  /** Absence neither approved nor caused by illness or compelling welfare reasons. */
  unexcusedAbsence: hoursAndDays.optional(),
  /** Excused absence (illness, sick child, welfare leave, leave with stipend): shown, never deducted. */
  excusedAbsence: hoursAndDays.optional(),
  /**
   * Leave without stipend (care leave, long illness, leave to take work), with its unit said: `{ calendarDays }`
   * or the leave's dates `{ from, to }` (optionally with the `workingDays` counted in them). Each calendar day
   * is 1/30 of the month; leave on every programme day of the month takes the whole month. A count of working
   * days alone is refused: it does not say how many calendar days it spans.
   */
  leaveWithoutStipend: stipendLeaveSchema.optional(),
  /** Other public benefits for this month. */
  benefits: stipendBenefitsSchema.optional(),
  /** Transitional benefit for single parents (overgangsstønad), kroner a year. */
  transitionalBenefitPerYear: nonNegativeMoneySchema.optional(),
  /** Hours of paid work inside the programme (including apprentice wages) this month. */
  paidWorkHours: quantitySchema.optional(),
  /** Compute with what was known on this date (a G decided later is not seen). */
  asKnownOn: isoDateSchema.optional(),
  /** How each reported amount is rounded (default half-up to øre). */
  rounding: z.enum(ROUNDING_NAMES as unknown as [RoundingName, ...RoundingName[]]).default('halfUpToOre'),
});

/** Input to {@link stipendForMonth}, as callers write it. */
export type StipendMonthInput = z.input<typeof stipendMonthInputSchema>;

/** The parsed input. */
export type ParsedStipendMonth = z.output<typeof stipendMonthInputSchema>;
