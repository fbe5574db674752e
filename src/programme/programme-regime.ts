/**
 * Which Act governs a person's introduction programme: the Introduction Act for a person granted a
 * permit AND arrived before 1 January 2021; otherwise the Integration Act (Integration Act § 51); and
 * its temporary chapter 6A for a collective-protection permit (utlendingsloven § 34) granted from
 * 11 March 2022, while chapter 6A is in force (15 June 2022 – 30 June 2026). From 1 July 2026 chapter 6A
 * has lapsed as far as the library knows (no extension found; the `chapter6A` value for that period has
 * basis `assumption`): a § 34 holder is under the ordinary Integration Act (§§ 8–9: right and duty;
 * §§ 13–14: lengths). Family members reunified with a § 34 holder hold a family permit and follow the
 * ordinary rules.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import { valueOn } from '../core/parameters.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import { permitTypeSchema, type ProgrammeRegime } from './inputs.js';

/** Input to {@link programmeRegime}. */
export const programmeRegimeInputSchema = /* @__PURE__ */ z.strictObject({
  /** The date the residence permit was granted. */
  permitDate: isoDateSchema,
  /** The date the person arrived in Norway (for resettlement refugees, the date of entry). */
  arrivalDate: isoDateSchema,
  permitType: permitTypeSchema,
  /** The date the rules are applied on (e.g. the decision date): chapter 6A counts only while in force. */
  date: isoDateSchema,
});
/** Input to {@link programmeRegime}, as callers write it. */
export type ProgrammeRegimeInput = z.input<typeof programmeRegimeInputSchema>;

/** Why the regime came out as it did. */
export type ProgrammeRegimeReason =
  | 'permitAndArrivalBeforeIntegrationAct'
  | 'permitOrArrivalUnderIntegrationAct'
  | 'collectiveProtectionChapter6A'
  | 'collectiveProtectionPermitBeforeChapter6A'
  | 'chapter6ANotInForce'
  | 'chapter6ALapsed';

/** The regime and the reason. */
export interface ProgrammeRegimeResult {
  readonly regime: ProgrammeRegime;
  readonly reason: ProgrammeRegimeReason;
}

const ACT_TEXT: Record<string, { nb: string; en: string }> = {
  introduksjonsloven: { nb: 'introduksjonsloven', en: 'the Introduction Act' },
  integreringsloven: { nb: 'integreringsloven', en: 'the Integration Act' },
};
const act = (a: string, locale: 'nb' | 'en'): string => ACT_TEXT[a]?.[locale] ?? a;
type P = { permitDate: string; arrivalDate: string; permitAct: string; arrivalAct: string };
const actMessage = {
  nb: (p: P) =>
    `Tillatelsen ble gitt ${p.permitDate} (${act(p.permitAct, 'nb')} gjaldt da) og personen kom ${p.arrivalDate} (${act(p.arrivalAct, 'nb')} gjaldt da); introduksjonsloven gjelder bare når begge datoene er før integreringsloven trådte i kraft`,
  en: (p: P) =>
    `The permit was granted on ${p.permitDate} (${act(p.permitAct, 'en')} in force) and the person arrived on ${p.arrivalDate} (${act(p.arrivalAct, 'en')} in force); the Introduction Act governs only when both dates fall before the Integration Act took effect`,
};
type Q = { permitDate: string; date: string; outcome: ProgrammeRegimeReason };
const sixAText: Record<string, { nb: string; en: string }> = {
  collectiveProtectionChapter6A: { nb: 'kapittel 6A gjelder', en: 'chapter 6A applies' },
  collectiveProtectionPermitBeforeChapter6A: {
    nb: 'tillatelsen er eldre enn 11. mars 2022, så de alminnelige reglene gjelder',
    en: 'the permit predates 11 March 2022, so the ordinary rules apply',
  },
  chapter6ANotInForce: {
    nb: 'kapittel 6A er ikke i kraft på datoen, så de alminnelige reglene gjelder',
    en: 'chapter 6A is not in force on the date, so the ordinary rules apply',
  },
  chapter6ALapsed: {
    nb: 'kapittel 6A falt bort 1. juli 2026 (ingen forlengelse er kjent for biblioteket), så de alminnelige reglene gjelder: rett og plikt etter integreringsloven §§ 8–9 og varighet etter §§ 13–14',
    en: 'chapter 6A lapsed on 1 July 2026 (the library knows no extension), so the ordinary rules apply: the right and duty under Integration Act §§ 8–9 and the lengths under §§ 13–14',
  },
};
const sixAMessage = {
  nb: (p: Q) => `Kollektiv beskyttelse (utlendingsloven § 34) gitt ${p.permitDate}, vurdert ${p.date}: ${sixAText[p.outcome]?.nb ?? ''}`,
  en: (p: Q) =>
    `Collective protection (Immigration Act § 34) granted on ${p.permitDate}, assessed on ${p.date}: ${sixAText[p.outcome]?.en ?? ''}`,
};

/**
 * Decides whether the Introduction Act, the Integration Act or its chapter 6A governs a participant.
 * @throws InputError on malformed input; NoParameterValueError for a permit or arrival before 2003-09-01.
 *
 * @example
 * ```ts
 * import { programmeRegime } from 'integreringsregler';
 * const old = programmeRegime({ permitDate: '2020-11-01', arrivalDate: '2020-12-15', permitType: 'ordinary', date: '2021-02-01' });
 * old.value; // { regime: 'introduksjonsloven', reason: 'permitAndArrivalBeforeIntegrationAct' }
 * programmeRegime({ permitDate: '2020-11-01', arrivalDate: '2021-01-01', permitType: 'ordinary', date: '2021-02-01' }).value.regime; // 'integreringsloven'
 * programmeRegime({ permitDate: '2022-04-01', arrivalDate: '2022-03-20', permitType: 'collectiveProtection', date: '2022-08-01' }).value.regime; // 'integreringsloven-6A'
 * // After chapter 6A lapsed (1 July 2026, no extension known): the ordinary rules.
 * programmeRegime({ permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2026-07-01' }).value; // { regime: 'integreringsloven', reason: 'chapter6ALapsed' }
 * ```
 */
export function programmeRegime(input: ProgrammeRegimeInput, options?: RuleOptions): Explained<ProgrammeRegimeResult> {
  const { permitDate, arrivalDate, permitType, date } = parseInput(programmeRegimeInputSchema, input);
  const { parameters, explain } = resolveProgrammeOptions(options);
  const permitAct = valueOn(parameters.programme.programmeActInForce, permitDate);
  const arrivalAct = valueOn(parameters.programme.programmeActInForce, arrivalDate);
  const steps: Step[] = [];
  if (explain) {
    steps.push(
      step({
        rule: 'programme.regime.act',
        message: actMessage,
        params: { permitDate, arrivalDate, permitAct: permitAct.value, arrivalAct: arrivalAct.value },
        // The transitional rule lives with the Integration Act's value of the table.
        reference: (parameters.programme.programmeActInForce.values.find((v) => v.value === 'integreringsloven') ?? arrivalAct).reference,
        basis: 'official',
        used: [
          usedValue(parameters.programme.programmeActInForce, permitAct),
          usedValue(parameters.programme.programmeActInForce, arrivalAct),
        ],
      }),
    );
  }
  const done = (result: ProgrammeRegimeResult): Explained<ProgrammeRegimeResult> => ({
    value: result,
    explanation: explain ? { steps } : EMPTY_EXPLANATION,
  });
  if (permitAct.value === 'introduksjonsloven' && arrivalAct.value === 'introduksjonsloven') {
    return done({ regime: 'introduksjonsloven', reason: 'permitAndArrivalBeforeIntegrationAct' });
  }
  if (permitType !== 'collectiveProtection') return done({ regime: 'integreringsloven', reason: 'permitOrArrivalUnderIntegrationAct' });

  const sixA = parameters.programme.chapter6A.values.find((v) => v.from <= date && (v.to === undefined || date <= v.to));
  let reason: ProgrammeRegimeReason;
  if (sixA === undefined) reason = 'chapter6ANotInForce';
  else if (sixA.value.lapsed === true) reason = 'chapter6ALapsed';
  else if (permitDate < sixA.value.permitsGrantedFrom) reason = 'collectiveProtectionPermitBeforeChapter6A';
  else reason = 'collectiveProtectionChapter6A';
  if (explain) {
    const shown = sixA ?? parameters.programme.chapter6A.values[0];
    steps.push(
      step({
        rule: 'programme.regime.chapter-6a',
        message: sixAMessage,
        params: { permitDate, date, outcome: reason },
        ...(shown === undefined ? {} : { reference: shown.reference, basis: shown.basis }),
        used:
          shown === undefined
            ? []
            : [usedValue(parameters.programme.chapter6A, shown, (v) => `${shown.from}–${shown.to ?? ''}, ${v.permitsGrantedFrom}`)],
      }),
    );
  }
  return done({ regime: reason === 'collectiveProtectionChapter6A' ? 'integreringsloven-6A' : 'integreringsloven', reason });
}
