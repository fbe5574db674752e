/**
 * The explanation steps for the stipend's rates: G, the fraction, the yearly amount and the divisors.
 * @module
 */
import { usedValue, step, type Step } from '../core/explanation.js';
import type { IsoDate } from '../core/date.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { showDivisors } from '../parameters/stipend-divisors.js';
import { showFractions } from '../parameters/stipend-fractions.js';
import type { MonthRates } from './rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showRate } from './show.js';

const KIND_TEXT = {
  full: { nb: 'full stønad (25 år eller eldre)', en: 'the full stipend (aged 25 or over)' },
  under25: { nb: 'stønad for deltaker under 25 år', en: 'the stipend for a participant under 25' },
  under25WithParent: { nb: 'stønad for deltaker under 25 år som bor med forelder', en: 'the stipend for a participant under 25 living with a parent' },
} as const;

interface FractionParams {
  kind: keyof typeof KIND_TEXT;
  fraction: string;
  couple: boolean;
  birthday: IsoDate;
}

const fractionMessage = {
  nb: (p: FractionParams) => `Brøk ${p.fraction}: ${KIND_TEXT[p.kind].nb}${p.couple ? ', ganget med 5/6 for par uten barn som begge deltar' : ''} (25-årsdag ${p.birthday})`,
  en: (p: FractionParams) => `Fraction ${p.fraction}: ${KIND_TEXT[p.kind].en}${p.couple ? ', times 5/6 for a childless couple both participating' : ''} (25th birthday ${p.birthday})`,
};

interface RateParams {
  inG: string;
  g: string;
  fraction: string;
  day: { nb: string; en: string };
  hour: { nb: string; en: string };
  divisors: string;
}

/** The steps explaining a month's rates. @internal */
export function rateSteps(c: { regime: StipendRegime; month: string }, r: MonthRates, parameters: ParameterSet): Step[] {
  const rp = regimeParameters(parameters, c.regime);
  const coupleApplies = r.couple !== undefined && r.couple.value.compare(Rational.ONE) !== 0;
  const used = [usedValue(rp.fractions, r.fractions, showFractions)];
  if (r.couple !== undefined) used.push(usedValue(parameters.stipendCoupleFraction, r.couple, (v) => v.toString()));
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
      message: { nb: (p: { month: string }) => `Grunnbeløpet (G) som gjaldt 1. dag i ${p.month}`, en: (p: { month: string }) => `The basic amount (G) in force on the first day of ${p.month}` },
      params: { month: c.month },
      amount: r.g.value,
      reference: r.g.reference,
      basis: r.g.basis,
      used: [usedValue(parameters.grunnbelop, r.g, (v) => v.toString())],
    }),
    step({
      rule: 'stipend.fraction',
      message: fractionMessage,
      params: { kind: r.kind, fraction: r.fraction.toString(), couple: coupleApplies, birthday: r.birthday },
      reference: rp.act(rp.sections.level),
      basis: r.fractions.basis,
      used,
    }),
    step({
      rule: 'stipend.yearly-amount',
      message: { nb: (p: RateParams) => `Årlig stønad: ${p.inG} × ${p.g} × ${p.fraction}`, en: (p: RateParams) => `Yearly stipend: ${p.inG} × ${p.g} × ${p.fraction}` },
      params,
      amount: roundHalfUpToOre(r.yearly),
      reference: rp.act(rp.sections.level),
      basis: r.fractions.basis,
    }),
    step({
      rule: 'stipend.month-amount',
      message: {
        nb: (p: RateParams) => `Månedsbeløp: årlig stønad / 12 (dagsats = månedsbeløp / 30 = ${p.day.nb}; timesats = årlig stønad / 1850 = ${p.hour.nb})`,
        en: (p: RateParams) => `Monthly amount: yearly stipend / 12 (daily rate = month / 30 = ${p.day.en}; hourly rate = yearly / 1850 = ${p.hour.en})`,
      },
      params,
      amount: roundHalfUpToOre(r.month),
      reference: rp.act(rp.sections.divisors),
      basis: r.divisors.basis,
      used: [usedValue(rp.divisors, r.divisors, showDivisors)],
    }),
  ];
}
