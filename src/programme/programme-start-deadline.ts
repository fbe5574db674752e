/**
 * The latest day the municipality may start (or, under the Introduction Act, offer) the introduction
 * programme: three months after settlement, or after the person asked for a programme, and whether a
 * given start or offer met it (Integration Act § 12 second paragraph, as amended by Lov 20. juni 2025
 * nr. 35 and in force from 20 June 2025: "decide on and start the programme as soon as possible and at the
 * latest within three months"; before that § 12 as IMDi states it; Introduction Act § 3 second
 * paragraph: offered within three months).
 *
 * Day count: "within three months after" day D ends on the day with D's number three months later, or on
 * the last day of that month when it is shorter — the library's month-end rule (`addMonthsToDate`), which
 * is how the Courts of Justice Act § 148 counts a deadline set in months. It is not a period of three
 * months starting on D (that would end the day before): settled 2026-01-31, the deadline is 2026-04-30;
 * settled 2026-01-15, it is 2026-04-15. A start on the deadline day meets it.
 * @module
 */
import * as z from 'zod';
import { addMonthsToDate, daysBetween, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import type { LocalizedText } from '../core/localized-text.js';
import { valueOn } from '../core/parameters.js';
import { parseInput } from '../core/validate.js';
import type { StartDuty } from './tables/start-deadline.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import { programmeRegimeSchema } from './inputs.js';

/** Input to {@link programmeStartDeadline}. */
export const programmeStartDeadlineInputSchema = /* @__PURE__ */ z.strictObject({
  regime: programmeRegimeSchema,
  /** The day the person was settled in the municipality. */
  settlementDate: isoDateSchema,
  /**
   * The day the person asked for a programme, when the programme is owed because of that request (e.g.
   * a person who was not in the target group on settlement). Leave it out when the right arose on
   * settlement. A request before the settlement date does not move the deadline.
   */
  requestDate: isoDateSchema.optional(),
  /** The day the programme started: checked against the deadline under the Integration Act. */
  startDate: isoDateSchema.optional(),
  /** The day the programme was offered: checked against the deadline under the Introduction Act. */
  offerDate: isoDateSchema.optional(),
});
/** Input to {@link programmeStartDeadline}, as callers write it. */
export type ProgrammeStartDeadlineInput = z.input<typeof programmeStartDeadlineInputSchema>;

/** The result of {@link programmeStartDeadline}. */
export interface ProgrammeStartDeadlineResult {
  /** The last day the duty may be fulfilled. */
  readonly deadline: IsoDate;
  /** Whether the deadline runs from settlement or from the request for a programme. */
  readonly countedFrom: 'settlement' | 'request';
  /** The day it runs from. */
  readonly fromDate: IsoDate;
  /** Months after that day. */
  readonly months: number;
  /** What must be done by the deadline: offer (Introduction Act), start (Integration Act 2021), decide and start (from 2025-06-20). */
  readonly duty: StartDuty;
  /** Whether the start (or offer) given met the deadline; absent when no date given settles it. */
  readonly met?: boolean;
  /** Days after the deadline, when it was not met. */
  readonly daysLate?: number;
}

const DUTY_TEXT: Record<StartDuty, LocalizedText> = {
  offer: { nb: 'kommunen skal tilby introduksjonsprogram', en: 'the municipality must offer the programme' },
  start: { nb: 'programmet skal starte', en: 'the programme must start' },
  decideAndStart: {
    nb: 'kommunen skal treffe vedtak om og sørge for oppstart av programmet',
    en: 'the municipality must decide on and start the programme',
  },
};
type D = {
  duty: StartDuty;
  months: number;
  from: 'settlement' | 'request';
  fromDate: string;
  deadline: string;
  settlement: string;
  earlyRequest?: string;
  sixA: boolean;
};
const deadlineMessage = {
  nb: (p: D) =>
    `${p.from === 'request' ? `Bosatt ${p.settlement}, krav om program ${p.fromDate}` : `Bosatt ${p.fromDate}`}${p.earlyRequest === undefined ? '' : ` (kravet ${p.earlyRequest} kom før bosettingen, så fristen regnes fra bosettingen)`}: ${DUTY_TEXT[p.duty].nb} så snart som mulig og senest innen ${p.months} måneder etter ${p.from === 'request' ? 'kravet' : 'bosettingen'}, altså senest ${p.deadline} (samme dato ${p.months} måneder senere, eller siste dag i en kortere måned)${p.sixA ? '; kapittel 6A har ingen egen frist, så den alminnelige gjelder' : ''}`,
  en: (p: D) =>
    `${p.from === 'request' ? `Settled on ${p.settlement}, programme asked for on ${p.fromDate}` : `Settled on ${p.fromDate}`}${p.earlyRequest === undefined ? '' : ` (the request of ${p.earlyRequest} came before settlement, so the deadline runs from settlement)`}: ${DUTY_TEXT[p.duty].en} as soon as possible and at the latest within ${p.months} months after ${p.from === 'request' ? 'the request' : 'settlement'}, that is by ${p.deadline} (the same day number ${p.months} months later, or the last day of a shorter month)${p.sixA ? '; chapter 6A has no deadline of its own, so the ordinary one applies' : ''}`,
};
type M =
  | { case: 'met' | 'late'; what: 'start' | 'offer'; date: string; deadline: string; daysLate: number }
  | { case: 'offerNotGiven'; date: string; deadline: string }
  | { case: 'startNotGiven'; date: string; deadline: string };
const metMessage = {
  nb: (m: M) => {
    if (m.case === 'offerNotGiven')
      return `Programmet startet ${m.date}, etter fristen ${m.deadline}; introduksjonsloven krever at programmet er tilbudt innen fristen, så oppgi datoen for tilbudet (offerDate)`;
    if (m.case === 'startNotGiven')
      return `Programmet ble tilbudt ${m.date}; integreringsloven krever oppstart innen fristen ${m.deadline}, så oppgi oppstartsdatoen (startDate)`;
    const what = m.what === 'start' ? 'startet' : 'ble tilbudt';
    return m.case === 'met'
      ? `Programmet ${what} ${m.date}: innen fristen ${m.deadline}`
      : `Programmet ${what} ${m.date}: ${m.daysLate} ${m.daysLate === 1 ? 'dag' : 'dager'} etter fristen ${m.deadline}`;
  },
  en: (m: M) => {
    if (m.case === 'offerNotGiven')
      return `The programme started on ${m.date}, after the deadline ${m.deadline}; the Introduction Act requires the programme to be offered by the deadline, so give the date of the offer (offerDate)`;
    if (m.case === 'startNotGiven')
      return `The programme was offered on ${m.date}; the Integration Act requires the start by the deadline ${m.deadline}, so give the start date (startDate)`;
    const what = m.what === 'start' ? 'started' : 'was offered';
    return m.case === 'met'
      ? `The programme ${what} on ${m.date}: within the deadline ${m.deadline}`
      : `The programme ${what} on ${m.date}: ${m.daysLate} ${m.daysLate === 1 ? 'day' : 'days'} after the deadline ${m.deadline}`;
  },
};

/**
 * The start deadline after settlement (or a request), and whether a start or offer met it.
 * @throws InputError on malformed input, or a start, offer or request before the settlement date where that cannot be.
 * @throws NoParameterValueError for a date no deadline rule covers (the Integration Act before 2021).
 *
 * @example
 * ```ts
 * import { programmeStartDeadline } from 'integreringsregler';
 * // Settled 2026-01-31: three months later is 2026-04-31, which does not exist, so 2026-04-30.
 * programmeStartDeadline({ regime: 'integreringsloven', settlementDate: '2026-01-31' }).value.deadline; // '2026-04-30'
 * const late = programmeStartDeadline({ regime: 'integreringsloven', settlementDate: '2026-01-15', startDate: '2026-04-20' }).value;
 * // 2026-01-15 + 3 months = 2026-04-15; 2026-04-20 is 5 days later.
 * [late.deadline, late.met, late.daysLate]; // ['2026-04-15', false, 5]
 * ```
 */
export function programmeStartDeadline(input: ProgrammeStartDeadlineInput, options?: RuleOptions): Explained<ProgrammeStartDeadlineResult> {
  const i = parseInput(programmeStartDeadlineInputSchema, input);
  const { parameters, explain } = resolveProgrammeOptions(options);
  for (const field of ['startDate', 'offerDate'] as const) {
    const d = i[field];
    if (d !== undefined && d < i.settlementDate) {
      throw inputError('before_settlement', [field], {
        nb: `kan ikke være før bosettingsdatoen ${i.settlementDate}: programmet gis av kommunen personen er bosatt i`,
        en: `cannot be before the settlement date ${i.settlementDate}: the programme is given by the municipality the person is settled in`,
      });
    }
  }
  const fromRequest = i.requestDate !== undefined && i.requestDate > i.settlementDate;
  const fromDate = fromRequest && i.requestDate !== undefined ? i.requestDate : i.settlementDate;
  const parameter =
    i.regime === 'introduksjonsloven'
      ? parameters.programme.introductionActStartDeadline
      : parameters.programme.integrationActStartDeadline;
  const dated = valueOn(parameter, fromDate);
  const { months, duty } = dated.value;
  const deadline = addMonthsToDate(fromDate, months);

  // The date the duty is checked against: the offer under the Introduction Act, the start otherwise. A
  // start by the deadline shows the offer was in time too (an offer comes before the start).
  let check: M | undefined;
  if (duty === 'offer') {
    const date = i.offerDate ?? i.startDate;
    if (date !== undefined) {
      const what = i.offerDate !== undefined ? 'offer' : 'start';
      if (date <= deadline) check = { case: 'met', what, date, deadline, daysLate: 0 };
      else if (what === 'offer') check = { case: 'late', what, date, deadline, daysLate: daysBetween(deadline, date) };
      else check = { case: 'offerNotGiven', date, deadline };
    }
  } else if (i.startDate !== undefined) {
    check =
      i.startDate <= deadline
        ? { case: 'met', what: 'start', date: i.startDate, deadline, daysLate: 0 }
        : { case: 'late', what: 'start', date: i.startDate, deadline, daysLate: daysBetween(deadline, i.startDate) };
  } else if (i.offerDate !== undefined) {
    check = { case: 'startNotGiven', date: i.offerDate, deadline };
  }
  const settled = check?.case === 'met' || check?.case === 'late';
  const value: ProgrammeStartDeadlineResult = {
    deadline,
    countedFrom: fromRequest ? 'request' : 'settlement',
    fromDate,
    months,
    duty,
    ...(settled ? { met: check?.case === 'met' } : {}),
    ...(check?.case === 'late' ? { daysLate: check.daysLate } : {}),
  };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const steps: Step[] = [
    step({
      rule: 'programme.start-deadline',
      message: deadlineMessage,
      params: {
        duty,
        months,
        from: value.countedFrom,
        fromDate,
        deadline,
        settlement: i.settlementDate,
        ...(i.requestDate !== undefined && i.requestDate < i.settlementDate ? { earlyRequest: i.requestDate } : {}),
        sixA: i.regime === 'integreringsloven-6A',
      } satisfies D,
      reference: dated.reference,
      basis: dated.basis,
      used: [usedValue(parameter, dated, (v) => String(v.months))],
    }),
  ];
  if (check !== undefined) {
    steps.push(
      step({ rule: 'programme.start-deadline.met', message: metMessage, params: check, reference: dated.reference, basis: dated.basis }),
    );
  }
  return { value, explanation: { steps } };
}
