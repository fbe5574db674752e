/**
 * The input pieces the programme rules share: the regime, permit types, prior education, end goals,
 * periods in months and days, and leave given either as dates or as a count (calendar length, working days).
 *
 * Calendar rule for periods (the library's one month-end rule): a period of M months and D days that
 * starts on S ends on `addMonthsToDate(S, M)` plus D days, minus one day. All months of a computation
 * are added first, then all days, so 31 January + 1 month is 29 February (2024), never 2 March.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { localizedIssue } from '../core/validate.js';

/** The Act (or chapter) that governs a participant's programme. */
export const programmeRegimeSchema = /* @__PURE__ */ z.enum(['introduksjonsloven', 'integreringsloven', 'integreringsloven-6A']);
/** The regime, as a type. */
export type ProgrammeRegime = z.output<typeof programmeRegimeSchema>;

/** The kind of residence permit: ordinary (e.g. asylum, resettlement), family reunification, or collective protection under utlendingsloven § 34. */
export const permitTypeSchema = /* @__PURE__ */ z.enum(['ordinary', 'familyReunification', 'collectiveProtection']);
/** The permit type, as a type. */
export type PermitType = z.output<typeof permitTypeSchema>;

/**
 * Citizenship, as Integration Act § 8 sorts it: a Nordic citizen, a person covered by the EEA Agreement
 * (an EEA/EFTA national or a family member with rights under the Agreement), or anyone else.
 */
export const citizenshipSchema = /* @__PURE__ */ z.enum(['nordic', 'eea', 'other']);
/** The citizenship group, as a type. */
export type Citizenship = z.output<typeof citizenshipSchema>;

const hoursPerWeek = /* @__PURE__ */ z.number().min(0).max(168);

/**
 * Paid work on the date assessed (Integration Act § 8 fourth paragraph, from 2026): none; a job the person
 * holds (`employed`); or a job the person has been offered (`offered`), with its hours a week. `endedOn`
 * is the day the employment ended or the offer lapsed, if it has (or will, when known).
 */
export const workSituationSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('employed'), hoursPerWeek, endedOn: isoDateSchema.optional() }),
  z.strictObject({ kind: z.literal('offered'), hoursPerWeek, endedOn: isoDateSchema.optional() }),
]);
/** The work situation, as callers write it. */
export type WorkSituationInput = z.input<typeof workSituationSchema>;
/** The work situation after validation. */
export type WorkSituation = z.output<typeof workSituationSchema>;

/** Prior education: with upper-secondary (videregående) education or higher, or without. */
export const priorEducationSchema = /* @__PURE__ */ z.enum(['withUpperSecondary', 'withoutUpperSecondary']);
/** Prior education, as a type. */
export type PriorEducation = z.output<typeof priorEducationSchema>;

/** The programme's end goal (sluttmål) for participants without upper-secondary education. */
export const endGoalSchema = /* @__PURE__ */ z.enum([
  'fullUpperSecondary',
  'partUpperSecondary',
  'tradeTraining',
  'workQualifying',
  'other',
]);
/** The end goal, as a type. */
export type EndGoal = z.output<typeof endGoalSchema>;

const count = /* @__PURE__ */ z.number().int().min(0).max(1200);

/** A length in whole months and calendar days (both default to 0). */
export const periodSchema = /* @__PURE__ */ z.strictObject({
  months: count.default(0),
  days: z.number().int().min(0).max(36_500).default(0),
});
/** A period, as callers write it. */
export type PeriodInput = z.input<typeof periodSchema>;
/** A period after validation. */
export type Period = z.output<typeof periodSchema>;

/** Kinds of time away: approved leave (permisjon), absence (fravær), time off (fri), days off under § 17 second paragraph, holiday under § 18. */
export const leaveKindSchema = /* @__PURE__ */ z.enum(['leave', 'absence', 'timeOff', 'dayOffSection17', 'holiday']);

const dayCount = /* @__PURE__ */ z.number().int().min(0).max(36_500);

/** Time away given as dates: `from` and `to`, both included; every calendar day between them is away. */
export interface LeaveRange {
  readonly kind: z.output<typeof leaveKindSchema>;
  readonly from: string;
  readonly to: string;
}
/**
 * Time away given as a count: its calendar length (`months` and `calendarDays`, what is added to the
 * programme) and/or its `workingDays` (what a ten-working-day total counts), and the day it began
 * (`firstDay`) where the rule in force on that day matters.
 */
export interface LeaveCount {
  readonly kind: z.output<typeof leaveKindSchema>;
  readonly months?: number;
  readonly calendarDays?: number;
  readonly workingDays?: number;
  readonly firstDay?: string;
}

/**
 * One period of leave, absence or time off, with its `kind`, given either as dates (`from`, `to`, both
 * included) or as a count — never both. A count says its unit in the field name: `months` and
 * `calendarDays` for the calendar length, `workingDays` for working days (virkedager); `firstDay` is the
 * day it began. (There is no bare `days`: a count of days must say which days it counts.)
 */
export const leaveSchema = /* @__PURE__ */ z
  .strictObject({
    kind: leaveKindSchema,
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    months: count.optional(),
    calendarDays: dayCount.optional(),
    workingDays: dayCount.optional(),
    firstDay: isoDateSchema.optional(),
  })
  .superRefine((l, ctx) => {
    const range = l.from !== undefined || l.to !== undefined;
    const counted = l.months !== undefined || l.calendarDays !== undefined || l.workingDays !== undefined;
    if (range && (counted || l.firstDay !== undefined)) {
      ctx.addIssue(
        localizedIssue('mixed_leave', {
          nb: 'oppgi enten datoer (from, to) eller et antall (months, calendarDays, workingDays, firstDay), ikke begge',
          en: 'give either dates (from, to) or a count (months, calendarDays, workingDays, firstDay), not both',
        }),
      );
    } else if (range && (l.from === undefined || l.to === undefined)) {
      ctx.addIssue(
        localizedIssue(
          'required',
          { nb: 'mangler: en periode trenger både from og to', en: 'is required: a range needs both from and to' },
          [l.from === undefined ? 'from' : 'to'],
        ),
      );
    } else if (range && l.from !== undefined && l.to !== undefined && l.from > l.to) {
      ctx.addIssue(
        localizedIssue(
          'range_reversed',
          { nb: `slutter (${l.to}) før den begynner (${l.from})`, en: `ends (${l.to}) before it starts (${l.from})` },
          ['to'],
        ),
      );
    } else if (!range && !counted) {
      ctx.addIssue(
        localizedIssue('required', {
          nb: 'mangler: oppgi datoer (from, to) eller et antall: months og/eller calendarDays (kalenderdager), workingDays (virkedager)',
          en: 'is required: give dates (from, to) or a count: months and/or calendarDays (calendar days), workingDays (working days)',
        }),
      );
    }
  })
  .transform((l): LeaveRange | LeaveCount =>
    l.from !== undefined && l.to !== undefined
      ? { kind: l.kind, from: l.from, to: l.to }
      : {
          kind: l.kind,
          ...(l.months === undefined ? {} : { months: l.months }),
          ...(l.calendarDays === undefined ? {} : { calendarDays: l.calendarDays }),
          ...(l.workingDays === undefined ? {} : { workingDays: l.workingDays }),
          ...(l.firstDay === undefined ? {} : { firstDay: l.firstDay }),
        },
  );
/** Leave, as callers write it. */
export type LeaveInput = z.input<typeof leaveSchema>;
/** Leave after validation. */
export type Leave = LeaveRange | LeaveCount;
