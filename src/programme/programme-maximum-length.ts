/**
 * The longest introduction programme the law allows a participant, and the extension it allows, by
 * regime, prior education and end goal, from the tables in force on the date the start was offered
 * (Introduction Act § 5; Integration Act § 13 (2021), §§ 13–14 (2026), § 37 c; integreringsforskriften
 * §§ 75–76 as set by FOR-2025-06-20-1154). Participants under chapter 6A follow the ordinary tables for
 * starts offered from 2026; a start under chapter 6A offered after it lapsed (1 July 2026, as far as the
 * library knows) is refused, naming the gap. A start offered in 2025 with a formal upper-secondary goal
 * gets the new § 14 bounds (§ 76 first paragraph) though they took effect on 1 January 2026; the
 * explanation says so.
 * @module
 */
import * as z from 'zod';
import { addDaysToDate, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import type { DatedValue, Parameter } from '../core/parameters.js';
import { parseInput } from '../core/validate.js';
import type { ProgrammeSlices } from './options.js';
import type { ExtensionRule, ProgrammeDuration } from './tables/durations.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import {
  endGoalSchema,
  priorEducationSchema,
  programmeRegimeSchema,
  type EndGoal,
  type PriorEducation,
  type ProgrammeRegime,
} from './inputs.js';

/** Input to {@link programmeMaximumLength}. */
export const programmeMaximumLengthInputSchema = /* @__PURE__ */ z.strictObject({
  regime: programmeRegimeSchema,
  /** The date the municipality offered the start: decides which table applies. */
  startOfferedOn: isoDateSchema,
  /** Needed under the Integration Act. */
  priorEducation: priorEducationSchema.optional(),
  /** Needed under the Integration Act for participants without upper-secondary education. */
  endGoal: endGoalSchema.optional(),
});
/** Input to {@link programmeMaximumLength}, as callers write it. */
export type ProgrammeMaximumLengthInput = z.input<typeof programmeMaximumLengthInputSchema>;

/** The bounds that apply, and where they come from. */
export interface ProgrammeMaximumLengthResult {
  /** The id of the table used, e.g. `durationFullUpperSecondaryGoal`. */
  readonly track: string;
  readonly minimumMonths: number;
  readonly maximumMonths: number;
  readonly extensionMonths: number;
  readonly extension: ExtensionRule;
}

/** The duration table entry that applies. @internal */
export interface DurationLookup {
  readonly parameter: Parameter<ProgrammeDuration>;
  readonly dated: DatedValue<ProgrammeDuration>;
  readonly lookupDate: IsoDate;
}

function find<T>(p: Parameter<T>, date: IsoDate): DatedValue<T> | undefined {
  for (let k = p.values.length - 1; k >= 0; k--) {
    const v = p.values[k] as DatedValue<T>;
    if (v.from <= date) return v.to === undefined || date <= v.to ? v : undefined;
  }
  return undefined;
}

/** Finds the duration table for a participant; throws InputError naming the missing field. @internal */
export function lookupDuration(
  parameters: ProgrammeSlices,
  regime: ProgrammeRegime,
  offeredOn: IsoDate,
  priorEducation: PriorEducation | undefined,
  endGoal: EndGoal | undefined,
): DurationLookup {
  // The cutover rule in force on the offer date (the latest that has started), as for every dated table.
  const cut = find(parameters.programme.programmeDurationCutover, offeredOn);
  const onCutover = cut !== undefined && cut.value.cutoverDates.includes(offeredOn) && !cut.value.offerOnTheDayCountsAsAfter;
  const date = onCutover ? addDaysToDate(offeredOn, -1) : offeredOn;
  const pick = (parameter: Parameter<ProgrammeDuration>): DurationLookup | undefined => {
    const dated = find(parameter, date);
    return dated === undefined ? undefined : { parameter, dated, lookupDate: date };
  };
  if (regime === 'introduksjonsloven') {
    const r = pick(parameters.programme.introductionActDuration);
    if (r !== undefined) return r;
  } else {
    if (regime === 'integreringsloven-6A') {
      const sixA = find(parameters.programme.chapter6A, offeredOn);
      if (sixA?.value.lapsed === true) {
        throw inputError('chapter_6a_lapsed', ['regime'], {
          nb: `kapittel 6A gjelder ikke for oppstart tilbudt ${offeredOn}: kapitlet falt bort ${sixA.from} etter bibliotekets parametre, som ikke kjenner noen forlengelse. Bruk «integreringsloven» (de alminnelige reglene, §§ 13–14), eller legg forlengelsen inn i parameteren chapter6A`,
          en: `chapter 6A does not apply to a start offered on ${offeredOn}: it lapsed on ${sixA.from} under the library's parameters, which know no extension. Use "integreringsloven" (the ordinary rules, §§ 13–14), or add the extension to the chapter6A parameter`,
        });
      }
      const r = pick(parameters.programme.chapter6ADuration);
      if (r !== undefined) return r;
    }
    if (priorEducation === undefined) {
      throw inputError('required', ['priorEducation'], {
        nb: 'mangler: integreringsloven skiller på tidligere utdanning',
        en: 'is required: the Integration Act distinguishes by prior education',
      });
    }
    let p = parameters.programme.durationWithUpperSecondary;
    if (priorEducation === 'withoutUpperSecondary') {
      if (endGoal === undefined) {
        throw inputError('required', ['endGoal'], {
          nb: 'mangler: uten videregående utdanning avhenger lengden av sluttmålet',
          en: 'is required: without upper-secondary education the length depends on the end goal',
        });
      }
      p = {
        fullUpperSecondary: parameters.programme.durationFullUpperSecondaryGoal,
        partUpperSecondary: parameters.programme.durationPartUpperSecondaryGoal,
        tradeTraining: parameters.programme.durationTradeTraining,
        workQualifying: parameters.programme.durationWorkQualifying,
        other: parameters.programme.durationOtherGoal,
      }[endGoal];
    }
    const r = pick(p);
    if (r !== undefined) return r;
    if (endGoal === 'other') {
      throw inputError('end_goal_not_available', ['endGoal'], {
        nb: `sluttmålet «annet» finnes ikke for oppstart tilbudt ${offeredOn}: integreringsloven § 14 (fra 2026) kjenner fullført eller deler av videregående, fag- og yrkesopplæring og arbeidskvalifiserende program`,
        en: `the end goal "other" does not exist for a start offered on ${offeredOn}: Integration Act § 14 (from 2026) knows full or part upper-secondary, trade training and work-qualifying programmes`,
      });
    }
  }
  throw inputError('no_duration_rules', ['startOfferedOn'], {
    nb: `ingen varighetsregler for ${regime} for oppstart tilbudt ${offeredOn}`,
    en: `no length rules for ${regime} for a start offered on ${offeredOn}`,
  });
}

type P = {
  track: string;
  name: string;
  date: string;
  min: number;
  max: number;
  ext: number;
  kind: ExtensionRule;
  from?: string;
  inForce?: string;
};
const EXT: Record<ExtensionRule, { nb: string; en: string }> = {
  none: { nb: 'ingen forlengelse', en: 'no extension' },
  discretionary: { nb: 'forlengelse kan gis', en: 'an extension may be granted' },
  mandatoryWhereItHelps: {
    nb: 'forlengelse skal gis der den hjelper deltakeren å nå sluttmålet',
    en: 'an extension must be granted where it helps reach the end goal',
  },
};
// A start offered before the bounds took effect in law, which a transitional rule still gives them.
const early = {
  nb: (p: P) =>
    p.inForce === undefined
      ? ''
      : `; rammene gjelder i loven fra ${p.inForce}, men overgangsregelen gir dem til oppstart tilbudt etter ${p.from ?? ''}, så denne oppstarten får dem: et vedtak truffet før ${p.inForce} var bundet av de tidligere reglene og kan utvides til disse rammene fra ${p.inForce}`,
  en: (p: P) =>
    p.inForce === undefined
      ? ''
      : `; the bounds apply in law from ${p.inForce}, but the transitional rule gives them to starts offered after ${p.from ?? ''}, so this start gets them: a decision made before ${p.inForce} was bound by the earlier rules and can be lengthened to these bounds from ${p.inForce}`,
};
const message = {
  nb: (p: P) =>
    `${p.name}, oppstart tilbudt ${p.date}: ${p.min > 0 ? `minst ${p.min} og ` : ''}høyst ${p.max} måneder; ${EXT[p.kind].nb}${p.ext > 0 ? ` (inntil ${p.ext} måneder)` : ''}${early.nb(p)}`,
  en: (p: P) =>
    `${p.name}, start offered on ${p.date}: ${p.min > 0 ? `at least ${p.min} and ` : ''}at most ${p.max} months; ${EXT[p.kind].en}${p.ext > 0 ? ` (up to ${p.ext} months)` : ''}${early.en(p)}`,
};

/** The explanation step for a duration lookup. @internal */
export function durationStep(l: DurationLookup, offeredOn: IsoDate): Step {
  const v = l.dated.value;
  const transition = v.inForceFrom !== undefined && offeredOn < v.inForceFrom ? { from: l.dated.from, inForce: v.inForceFrom } : {};
  return step({
    rule: 'programme.maximum-length',
    message: {
      nb: (p: P) => message.nb({ ...p, name: l.parameter.name.nb }),
      en: (p: P) => message.en({ ...p, name: l.parameter.name.en }),
    },
    params: {
      track: l.parameter.id,
      name: l.parameter.id,
      date: offeredOn,
      min: v.minimumMonths,
      max: v.maximumMonths,
      ext: v.extensionMonths,
      kind: v.extension,
      ...transition,
    },
    reference: l.dated.reference,
    basis: l.dated.basis,
    used: [usedValue(l.parameter, l.dated, (d) => `${d.minimumMonths}–${d.maximumMonths} + ${d.extensionMonths}`)],
  });
}

/**
 * The longest programme (and extension) the law allows a participant.
 * @throws InputError when a field the regime needs is missing, or no table covers the offer date.
 *
 * @example
 * ```ts
 * import { programmeMaximumLength } from 'integreringsregler';
 * programmeMaximumLength({ regime: 'introduksjonsloven', startOfferedOn: '2020-02-01' }).value.maximumMonths; // 24
 * const vgo = programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2025-03-01', priorEducation: 'withoutUpperSecondary', endGoal: 'fullUpperSecondary' });
 * vgo.value; // { track: 'durationFullUpperSecondaryGoal', minimumMonths: 0, maximumMonths: 48, extensionMonths: 12, extension: 'mandatoryWhereItHelps' }
 * ```
 */
export function programmeMaximumLength(input: ProgrammeMaximumLengthInput, options?: RuleOptions): Explained<ProgrammeMaximumLengthResult> {
  const i = parseInput(programmeMaximumLengthInputSchema, input);
  const { parameters, explain } = resolveProgrammeOptions(options);
  const l = lookupDuration(parameters, i.regime, i.startOfferedOn, i.priorEducation, i.endGoal);
  const v = l.dated.value;
  const value: ProgrammeMaximumLengthResult = {
    track: l.parameter.id,
    minimumMonths: v.minimumMonths,
    maximumMonths: v.maximumMonths,
    extensionMonths: v.extensionMonths,
    extension: v.extension,
  };
  return { value, explanation: explain ? { steps: [durationStep(l, i.startOfferedOn)] } : EMPTY_EXPLANATION };
}
