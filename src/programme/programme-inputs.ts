/**
 * The input pieces the programme rules share: the regime, permit types, prior education, end goals,
 * periods in months and days, and leave given either as a duration or as a date range.
 *
 * Calendar rule for periods (the library's one month-end rule): a period of M months and D days that
 * starts on S ends on `addMonthsToDate(S, M)` plus D days, minus one day. All months of a computation
 * are added first, then all days, so 31 January + 1 month is 29 February (2024), never 2 March.
 * @module
 */
import { z } from 'zod';
import { isoDateSchema } from '../core/date.js';
import { localizedIssue } from '../core/validate.js';

/** The Act (or chapter) that governs a participant's programme. */
export const programmeRegimeSchema = z.enum(['introduksjonsloven', 'integreringsloven', 'integreringsloven-6A']);
/** The regime, as a type. */
export type ProgrammeRegime = z.output<typeof programmeRegimeSchema>;

/** The kind of residence permit: ordinary (e.g. asylum, resettlement), family reunification, or collective protection under utlendingsloven § 34. */
export const permitTypeSchema = z.enum(['ordinary', 'familyReunification', 'collectiveProtection']);
/** The permit type, as a type. */
export type PermitType = z.output<typeof permitTypeSchema>;

/** Prior education: with upper-secondary (videregående) education or higher, or without. */
export const priorEducationSchema = z.enum(['withUpperSecondary', 'withoutUpperSecondary']);
/** Prior education, as a type. */
export type PriorEducation = z.output<typeof priorEducationSchema>;

/** The programme's end goal (sluttmål) for participants without upper-secondary education. */
export const endGoalSchema = z.enum(['fullUpperSecondary', 'partUpperSecondary', 'tradeTraining', 'workQualifying', 'other']);
/** The end goal, as a type. */
export type EndGoal = z.output<typeof endGoalSchema>;

const count = z.number().int().min(0).max(1200);

/** A length in whole months and calendar days (both default to 0). */
export const periodSchema = z.strictObject({
  months: count.default(0),
  days: z.number().int().min(0).max(36_500).default(0),
});
/** A period, as callers write it. */
export type PeriodInput = z.input<typeof periodSchema>;
/** A period after validation. */
export type Period = z.output<typeof periodSchema>;

/** Kinds of time away: approved leave (permisjon), absence (fravær), time off (fri), days off under § 17 second paragraph, holiday under § 18. */
export const leaveKindSchema = z.enum(['leave', 'absence', 'timeOff', 'dayOffSection17', 'holiday']);

/** Leave given as a duration: months and calendar days, and (where a ten-working-day rule applies) the working days it contains. */
export const leaveDurationSchema = z.strictObject({
  kind: leaveKindSchema,
  months: count.default(0),
  days: z.number().int().min(0).max(36_500).default(0),
  /** Working days in the leave, needed where the ten-working-day rule counts it. */
  workingDays: z.number().int().min(0).max(36_500).optional(),
});

/** Leave given as dates: `from` and `to`, both included. Counted as calendar days; working days are Monday–Friday. */
export const leaveRangeSchema = z
  .strictObject({ kind: leaveKindSchema, from: isoDateSchema, to: isoDateSchema })
  .superRefine((r, ctx) => {
    if (r.from > r.to) {
      ctx.addIssue(localizedIssue('range_reversed', { nb: `slutter (${r.to}) før den begynner (${r.from})`, en: `ends (${r.to}) before it starts (${r.from})` }, ['to']));
    }
  });

/** One period of leave, absence or time off. */
export const leaveSchema = z.union([leaveRangeSchema, leaveDurationSchema]);
/** Leave, as callers write it. */
export type LeaveInput = z.input<typeof leaveSchema>;
/** Leave after validation. */
export type Leave = z.output<typeof leaveSchema>;
