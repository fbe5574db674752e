/**
 * Whether a person is in the introduction programme's target group: aged 18–55 on the date the permit
 * was granted, settled in a municipality by agreement with IMDi (not required after family
 * reunification), and newly arrived — lived in a Norwegian municipality for less than 2 years on the
 * date assessed (Introduction Act § 2; Integration Act § 8). In the group: right and duty (under chapter
 * 6A: a right without the duty). Above the upper age only: the municipality may offer the programme.
 * @module
 */
import { z } from 'zod';
import { addDaysToDate, addMonthsToDate, ageOn, isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained } from '../core/explanation.js';
import { valueOn } from '../core/parameters.js';
import { inputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { resolveRuleOptions, type RuleOptions } from '../parameters/rule-options.js';
import { permitTypeSchema, programmeRegimeSchema } from './programme-inputs.js';

/** Input to {@link programmeTargetGroup}. */
export const programmeTargetGroupInputSchema = z.strictObject({
  regime: programmeRegimeSchema,
  permitType: permitTypeSchema,
  birthDate: isoDateSchema,
  /** The date the residence permit was granted: the age is taken on this date. */
  permitDate: isoDateSchema,
  /** The first day the person lived in a Norwegian municipality. */
  livingInMunicipalitySince: isoDateSchema,
  /** Settled in the municipality by agreement with IMDi (ignored after family reunification). */
  settledByAgreementWithImdi: z.boolean(),
  /** The date assessed (e.g. the date the programme is offered or asked for). */
  date: isoDateSchema,
});
/** Input to {@link programmeTargetGroup}, as callers write it. */
export type ProgrammeTargetGroupInput = z.input<typeof programmeTargetGroupInputSchema>;

/** The outcome: right and duty, right only (chapter 6A), may be offered, or outside the target group. */
export type ProgrammeTargetGroupStatus = 'rightAndDuty' | 'rightOnly' | 'mayBeOffered' | 'outside';
/** A criterion that was not met. */
export type ProgrammeTargetGroupFailure = 'underMinimumAge' | 'overMaximumAge' | 'notNewlyArrived' | 'notSettledByAgreement';

/** The result of {@link programmeTargetGroup}. */
export interface ProgrammeTargetGroupResult {
  readonly status: ProgrammeTargetGroupStatus;
  /** Age in whole years on the permit date. */
  readonly ageOnPermitDate: number;
  /** The last day the person is still newly arrived (lived less than 2 years in a municipality). */
  readonly newlyArrivedUntil: string;
  /** Criteria not met (empty when in the target group). */
  readonly unmet: readonly ProgrammeTargetGroupFailure[];
}

type P = { age: number; min: number; max: number; since: string; until: string; date: string; status: ProgrammeTargetGroupStatus; unmet: { nb: string; en: string } };
/** The unmet criteria in words, for the decision letter (the codes stay in the value). */
const FAILURE_TEXT: Record<ProgrammeTargetGroupFailure, { nb: string; en: string }> = {
  underMinimumAge: { nb: 'under minstealderen', en: 'under the minimum age' },
  overMaximumAge: { nb: 'over aldersgrensen', en: 'over the age limit' },
  notNewlyArrived: { nb: 'ikke nyankommet', en: 'not newly arrived' },
  notSettledByAgreement: { nb: 'ikke bosatt etter avtale med IMDi', en: 'not settled by agreement with IMDi' },
};
const STATUS_TEXT: Record<ProgrammeTargetGroupStatus, { nb: string; en: string }> = {
  rightAndDuty: { nb: 'rett og plikt til introduksjonsprogram', en: 'a right and a duty to take part' },
  rightOnly: { nb: 'rett (uten plikt) til introduksjonsprogram etter kapittel 6A', en: 'a right (without the duty) to take part under chapter 6A' },
  mayBeOffered: { nb: 'ikke rett, men kommunen kan tilby programmet (over aldersgrensen)', en: 'no right, but the municipality may offer the programme (above the age limit)' },
  outside: { nb: 'utenfor målgruppen', en: 'outside the target group' },
};
const message = {
  nb: (p: P) => `Alder ${p.age} år på vedtaksdatoen for tillatelsen (grense ${p.min}–${p.max}); bodd i kommune fra ${p.since}, nyankommet til og med ${p.until}, vurdert ${p.date}${p.unmet.nb === '' ? '' : `; ikke oppfylt: ${p.unmet.nb}`}: ${STATUS_TEXT[p.status].nb}`,
  en: (p: P) => `Age ${p.age} on the permit date (limits ${p.min}–${p.max}); living in a municipality since ${p.since}, newly arrived up to and including ${p.until}, assessed on ${p.date}${p.unmet.en === '' ? '' : `; not met: ${p.unmet.en}`}: ${STATUS_TEXT[p.status].en}`,
};

/**
 * Decides whether a person is in the programme's target group, and with what right.
 * @throws InputError on malformed input or a municipality date after the assessed date.
 *
 * @example
 * ```ts
 * import { programmeTargetGroup } from 'integreringsregler';
 * const base = { regime: 'integreringsloven', permitType: 'ordinary', birthDate: '1980-05-10', permitDate: '2024-02-01',
 *   livingInMunicipalitySince: '2024-03-01', settledByAgreementWithImdi: true, date: '2024-04-01' } as const;
 * programmeTargetGroup(base).value.status; // 'rightAndDuty'
 * // Two years in a municipality: 2024-03-01 + 24 months = 2026-03-01 is no longer "less than 2 years".
 * programmeTargetGroup({ ...base, date: '2026-03-01' }).value.unmet; // ['notNewlyArrived']
 * ```
 */
export function programmeTargetGroup(input: ProgrammeTargetGroupInput, options?: RuleOptions): Explained<ProgrammeTargetGroupResult> {
  const i = parseInput(programmeTargetGroupInputSchema, input);
  const { parameters, explain } = resolveRuleOptions(options);
  if (i.livingInMunicipalitySince > i.date) {
    throw inputError('after_assessed_date', ['livingInMunicipalitySince'], {
      nb: `kan ikke være etter vurderingsdatoen ${i.date}`,
      en: `cannot be after the assessed date ${i.date}`,
    });
  }
  const ages = valueOn(parameters.programmeAgeLimits, i.permitDate);
  const arrived = valueOn(parameters.programmeNewlyArrivedLimit, i.date);
  const age = ageOn(i.birthDate, i.permitDate);
  const newlyArrivedEnd = addMonthsToDate(i.livingInMunicipalitySince, arrived.value.months); // first day NOT newly arrived
  const unmet: ProgrammeTargetGroupFailure[] = [];
  if (age < ages.value.minimumAge) unmet.push('underMinimumAge');
  if (age > ages.value.maximumAge) unmet.push('overMaximumAge');
  if (i.date >= newlyArrivedEnd) unmet.push('notNewlyArrived');
  if (i.permitType !== 'familyReunification' && !i.settledByAgreementWithImdi) unmet.push('notSettledByAgreement');
  let status: ProgrammeTargetGroupStatus;
  if (unmet.length === 0) status = i.regime === 'integreringsloven-6A' ? 'rightOnly' : 'rightAndDuty';
  else status = unmet.length === 1 && unmet[0] === 'overMaximumAge' ? 'mayBeOffered' : 'outside';
  const until = addDaysToDate(newlyArrivedEnd, -1);
  const value: ProgrammeTargetGroupResult = { status, ageOnPermitDate: age, newlyArrivedUntil: until, unmet };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  return {
    value,
    explanation: {
      steps: [
        step({
          rule: 'programme.target-group',
          message,
          params: { age, min: ages.value.minimumAge, max: ages.value.maximumAge, since: i.livingInMunicipalitySince, until, date: i.date, status, unmet: { nb: unmet.map((u) => FAILURE_TEXT[u].nb).join(', '), en: unmet.map((u) => FAILURE_TEXT[u].en).join(', ') } },
          reference: ages.reference,
          basis: ages.basis,
          used: [
            usedValue(parameters.programmeAgeLimits, ages, (v) => `${v.minimumAge}–${v.maximumAge}`),
            usedValue(parameters.programmeNewlyArrivedLimit, arrived, (v) => String(v.months)),
          ],
        }),
      ],
    },
  };
}

