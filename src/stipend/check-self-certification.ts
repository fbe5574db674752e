/**
 * Self-certified absence (egenmelding) keeps the stipend only within limits (integreringsforskriften § 5,
 * and before 2021 the Introduction Act's leave regulation FOR-2003-07-18-973 chapter 2; IMDi): own illness
 * only after 8 weeks in the programme, at most 3 days at a time, at most 4 times in
 * 12 months, and a new illness within 16 days of the last one counts with it; a sick child: 10 days per
 * 12 months (15 with more than two children, 20 / 30 for a sole carer). This checks the periods the caller
 * gives and reports the days beyond the limits (they need a doctor's note, or count as unexcused).
 * Periods are given by first day and number of days; a period's last day is taken as first day + days − 1
 * (calendar days) for the 16-day rule.
 * @module
 */
import * as z from 'zod';
import { addDaysToDate, addMonthsToDate, daysBetween, isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import { valueOn } from '../core/parameters.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';

const count = /* @__PURE__ */ z.number().int().min(0).max(366);

/** Input to {@link checkSelfCertification}. */
export const selfCertificationInputSchema = /* @__PURE__ */ z.strictObject({
  programmeStart: isoDateSchema,
  /** Self-certified periods of own illness (any order). */
  ownIllness: z
    .array(z.strictObject({ from: isoDateSchema, days: count.min(1) }))
    .max(100)
    .default([]),
  /** Self-certified sick-child days in the last 12 months. */
  sickChild: z.strictObject({ days: count, children: z.number().int().min(1).max(30), soleCarer: z.boolean().default(false) }).optional(),
});

/** Input to {@link checkSelfCertification}, as callers write it. */
export type SelfCertificationInput = z.input<typeof selfCertificationInputSchema>;

/** Why a period's days exceed the limits. */
export type SelfCertificationProblem = 'beforeQualifyingPeriod' | 'tooManyDaysAtATime' | 'tooManyTimesIn12Months';

/** One period, checked. */
export interface CheckedPeriod {
  readonly from: string;
  readonly days: number;
  /** Days of this period beyond the limits. */
  readonly daysOverLimit: number;
  readonly problems: readonly SelfCertificationProblem[];
}

/** The outcome. */
export interface SelfCertificationCheck {
  readonly periods: readonly CheckedPeriod[];
  readonly ownIllnessDaysOverLimit: number;
  readonly sickChildLimit: number | undefined;
  readonly sickChildDaysOverLimit: number;
  readonly withinLimits: boolean;
}

/**
 * Checks self-certified absence against the limits and reports what exceeds them.
 *
 * @example
 * ```ts
 * import { checkSelfCertification } from 'integreringsregler';
 * const r = checkSelfCertification({
 *   programmeStart: '2024-01-01',
 *   ownIllness: [{ from: '2024-02-01', days: 2 }, { from: '2024-04-02', days: 5 }],
 *   sickChild: { days: 12, children: 2 },
 * });
 * r.value.periods.map((p) => p.daysOverLimit); // [2, 2]
 * r.value.sickChildDaysOverLimit; // 2
 * ```
 */
export function checkSelfCertification(input: SelfCertificationInput, options?: RuleOptions): Explained<SelfCertificationCheck> {
  const c = parseInput(selfCertificationInputSchema, input);
  const { parameters, explain } = resolveStipendOptions(options);
  const limitsValue = valueOn(parameters.stipend.selfCertificationLimits, c.programmeStart);
  const L = limitsValue.value;
  const qualifiedFrom = addDaysToDate(c.programmeStart, L.qualifyingWeeks * 7);
  const sorted = [...c.ownIllness].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const periods: CheckedPeriod[] = [];
  let runDays = 0;
  let prevEnd: string | undefined;
  sorted.forEach((p, i) => {
    const problems: SelfCertificationProblem[] = [];
    const relapse = prevEnd !== undefined && daysBetween(prevEnd, p.from) <= L.relapseDays;
    runDays = relapse ? runDays + p.days : p.days;
    prevEnd = addDaysToDate(p.from, p.days - 1);
    const windowStart = addMonthsToDate(p.from, -12);
    const inWindow = sorted.slice(0, i + 1).filter((q) => q.from > windowStart).length;
    if (p.from < qualifiedFrom) problems.push('beforeQualifyingPeriod');
    if (inWindow > L.maxCertificatesPer12Months) problems.push('tooManyTimesIn12Months');
    let over = problems.length > 0 ? p.days : 0;
    if (runDays > L.maxDaysPerCertificate) {
      problems.push('tooManyDaysAtATime');
      over = Math.max(over, Math.min(p.days, runDays - L.maxDaysPerCertificate));
    }
    periods.push({ from: p.from, days: p.days, daysOverLimit: over, problems });
  });
  const s = c.sickChild;
  const sc = L.sickChildDays;
  const sickChildLimit =
    s === undefined
      ? undefined
      : s.soleCarer
        ? s.children > 2
          ? sc.soleCarerMoreThanTwoChildren
          : sc.soleCarer
        : s.children > 2
          ? sc.moreThanTwoChildren
          : sc.standard;
  const sickChildDaysOverLimit = s === undefined || sickChildLimit === undefined ? 0 : Math.max(0, s.days - sickChildLimit);
  const ownIllnessDaysOverLimit = periods.reduce((sum, p) => sum + p.daysOverLimit, 0);
  const value = {
    periods,
    ownIllnessDaysOverLimit,
    sickChildLimit,
    sickChildDaysOverLimit,
    withinLimits: ownIllnessDaysOverLimit === 0 && sickChildDaysOverLimit === 0,
  };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const text = { nb: (p: { nb: string; en: string }) => p.nb, en: (p: { nb: string; en: string }) => p.en };
  const used = [
    usedValue(
      parameters.stipend.selfCertificationLimits,
      limitsValue,
      (v) => `${v.qualifyingWeeks} uker/weeks, ${v.maxDaysPerCertificate} d, ${v.maxCertificatesPer12Months}×/12 mnd, ${v.relapseDays} d`,
    ),
  ];
  // The problems in words, for the decision letter (the codes stay in the value).
  const words: Record<SelfCertificationProblem, { nb: string; en: string }> = {
    beforeQualifyingPeriod: { nb: `før ${L.qualifyingWeeks} uker i programmet`, en: `before ${L.qualifyingWeeks} weeks in the programme` },
    tooManyDaysAtATime: {
      nb: `mer enn ${L.maxDaysPerCertificate} dager om gangen`,
      en: `more than ${L.maxDaysPerCertificate} days at a time`,
    },
    tooManyTimesIn12Months: {
      nb: `mer enn ${L.maxCertificatesPer12Months} egenmeldinger på 12 måneder`,
      en: `more than ${L.maxCertificatesPer12Months} self-certificates in 12 months`,
    },
  };
  const said = (p: SelfCertificationCheck['periods'][number], locale: 'nb' | 'en') =>
    p.problems.map((x) => words[x][locale]).join(locale === 'nb' ? ' og ' : ' and ');
  const steps: Step[] = periods.map((p) =>
    step({
      rule: 'stipend.self-certification.own-illness',
      message: text,
      params: {
        nb: `Egenmelding fra ${p.from}, ${p.days} dager: ${p.daysOverLimit === 0 ? 'innenfor grensene' : `${p.daysOverLimit} dager over grensene (${said(p, 'nb')})`}`,
        en: `Self-certificate from ${p.from}, ${p.days} days: ${p.daysOverLimit === 0 ? 'within the limits' : `${p.daysOverLimit} days over the limits (${said(p, 'en')})`}`,
      },
      reference: limitsValue.reference,
      basis: limitsValue.basis,
      used,
    }),
  );
  if (s !== undefined) {
    steps.push(
      step({
        rule: 'stipend.self-certification.sick-child',
        message: text,
        params: { nb: `Sykt barn: ${s.days} av ${sickChildLimit ?? 0} dager`, en: `Sick child: ${s.days} of ${sickChildLimit ?? 0} days` },
        reference: limitsValue.reference,
        basis: limitsValue.basis,
        used,
      }),
    );
  }
  return { value, explanation: { steps } };
}
