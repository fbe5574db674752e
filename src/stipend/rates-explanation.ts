/**
 * The explanation steps for the stipend's rates: G, the fraction, the yearly amount and the divisors.
 * @module
 */
import { usedValue, step, type Step } from '../core/explanation.js';
import type { IsoDate } from '../core/date.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import type { StipendSlices } from './options.js';
import { showDivisors } from './tables/divisors.js';
import { showFractions } from './tables/fractions.js';
import { fractionBasis, rateBasis, yearlyBasis } from './rate-basis.js';
import type { MonthRates } from './stipend-rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showRate } from './show.js';

const KIND_TEXT = {
  full: { nb: 'full stønad (25 år eller eldre)', en: 'the full stipend (aged 25 or over)' },
  under25: { nb: 'stønad for deltaker under 25 år', en: 'the stipend for a participant under 25' },
  under25WithParent: {
    nb: 'stønad for deltaker under 25 år som bor med forelder',
    en: 'the stipend for a participant under 25 living with a parent',
  },
} as const;

interface FractionParams {
  kind: keyof typeof KIND_TEXT;
  fraction: string;
  couple: boolean;
  birthday: IsoDate;
  /** What a birthday or a move in this month did, if either fell in it. */
  change: { nb: string; en: string };
}

const fractionMessage = {
  nb: (p: FractionParams) =>
    `Brøk ${p.fraction}: ${KIND_TEXT[p.kind].nb}${p.couple ? ', ganget med 5/6 for par uten barn som begge deltar' : ''} (25-årsdag ${p.birthday}${p.change.nb})`,
  en: (p: FractionParams) =>
    `Fraction ${p.fraction}: ${KIND_TEXT[p.kind].en}${p.couple ? ', times 5/6 for a childless couple both participating' : ''} (25th birthday ${p.birthday}${p.change.en})`,
};

/** The clause on a birthday or a move in the month: on the 1st it holds all month; later, the timing decides. */
function changeText(r: MonthRates, householdChangedOn: IsoDate | undefined): { nb: string; en: string } {
  const later = (which: 'ageSwitch' | 'household') =>
    (r.timingOverride ?? r.timing.value[which]) === 'sameMonth'
      ? { nb: 'ny brøk fra samme måned', en: 'the new fraction from this month' }
      : {
          nb: 'situasjonen den 1. i måneden gjelder hele måneden, ny brøk fra måneden etter',
          en: 'the situation on the 1st pays the whole month, the new fraction from the month after',
        };
  const parts: { nb: string; en: string }[] = [];
  const s = r.status;
  if (s.ageChange === 'wholeMonth')
    parts.push({ nb: ': den 1. i måneden, så 25 år alle dager i måneden', en: ': on the 1st, so 25 on every day of the month' });
  if (s.ageChange === 'withinMonth') {
    const l = later('ageSwitch');
    parts.push({ nb: `: ${l.nb}`, en: `: ${l.en}` });
  }
  const moveCounts = r.fractions.value.under25WithParent !== undefined && s.under25 && householdChangedOn !== undefined;
  if (moveCounts && s.householdChange === 'wholeMonth')
    parts.push({
      nb: `; flyttet ${householdChangedOn} (den 1.): ny bosituasjon alle dager i måneden`,
      en: `; moved ${householdChangedOn} (the 1st): the new household on every day of the month`,
    });
  if (moveCounts && s.householdChange === 'withinMonth') {
    const l = later('household');
    parts.push({ nb: `; flyttet ${householdChangedOn}: ${l.nb}`, en: `; moved ${householdChangedOn}: ${l.en}` });
  }
  return { nb: parts.map((x) => x.nb).join(''), en: parts.map((x) => x.en).join('') };
}

interface RateParams {
  inG: string;
  g: string;
  fraction: string;
  day: { nb: string; en: string };
  hour: { nb: string; en: string };
  divisors: string;
}

/** The steps explaining a month's rates. @internal */
export function rateSteps(
  c: { regime: StipendRegime; month: string; householdChangedOn?: IsoDate | undefined },
  r: MonthRates,
  parameters: StipendSlices,
): Step[] {
  const rp = regimeParameters(parameters, c.regime);
  const coupleApplies = r.couple !== undefined && r.couple.value.compare(Rational.ONE) !== 0;
  const used = [usedValue(rp.fractions, r.fractions, showFractions)];
  if (r.couple !== undefined) used.push(usedValue(parameters.stipend.stipendCoupleFraction, r.couple, (v) => v.toString()));
  if (r.status.timingDecided && r.timingOverride === undefined)
    used.push(usedValue(parameters.stipend.stipendFractionChange, r.timing, (v) => `${v.ageSwitch} / ${v.household}`));
  const params: RateParams = {
    inG: r.fractions.value.yearlyInG.toString(),
    g: r.g.value.toString(),
    fraction: r.fraction.toString(),
    day: { nb: showRate(r.day, 'nb'), en: showRate(r.day, 'en') },
    hour: { nb: showRate(r.hour, 'nb'), en: showRate(r.hour, 'en') },
    divisors: showDivisors(r.divisors.value),
  };
  return [
    step({
      rule: 'stipend.basic-amount',
      message: {
        nb: (p: { month: string }) => `Grunnbeløpet (G) som gjaldt 1. dag i ${p.month}`,
        en: (p: { month: string }) => `The basic amount (G) in force on the first day of ${p.month}`,
      },
      params: { month: c.month },
      amount: r.g.value,
      reference: r.g.reference,
      basis: r.g.basis,
      used: [usedValue(parameters.basicAmount.grunnbelop, r.g, (v) => v.toString())],
    }),
    step({
      rule: 'stipend.fraction',
      message: fractionMessage,
      params: {
        kind: r.kind,
        fraction: r.fraction.toString(),
        couple: coupleApplies,
        birthday: r.birthday,
        change: changeText(r, c.householdChangedOn),
      },
      reference: rp.act(rp.sections.level),
      basis: fractionBasis(r),
      used,
    }),
    step({
      rule: 'stipend.yearly-amount',
      message: {
        nb: (p: RateParams) => `Årlig stønad: ${p.inG} × ${p.g} × ${p.fraction}`,
        en: (p: RateParams) => `Yearly stipend: ${p.inG} × ${p.g} × ${p.fraction}`,
      },
      params,
      amount: roundHalfUpToOre(r.yearly),
      reference: rp.act(rp.sections.level),
      basis: yearlyBasis(r),
    }),
    step({
      rule: 'stipend.month-amount',
      message: {
        nb: (p: RateParams) =>
          `Månedsbeløp: årlig stønad / 12 (dagsats = månedsbeløp / 30 = ${p.day.nb}; timesats = årlig stønad / 1850 = ${p.hour.nb})`,
        en: (p: RateParams) =>
          `Monthly amount: yearly stipend / 12 (daily rate = month / 30 = ${p.day.en}; hourly rate = yearly / 1850 = ${p.hour.en})`,
      },
      params,
      amount: roundHalfUpToOre(r.month),
      reference: rp.act(rp.sections.divisors),
      basis: rateBasis(r),
      used: [usedValue(rp.divisors, r.divisors, showDivisors)],
    }),
  ];
}
