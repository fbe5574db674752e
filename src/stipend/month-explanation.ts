/**
 * The explanation of a month's payment: the rates, a partial month, each deduction with its amount, rule
 * and reference, the cap, the payment, the decision threshold, and notes on what is not deducted.
 * @module
 */
import { step, usedValue, type Step } from '../core/explanation.js';
import { weakestBasis } from '../core/legal-reference.js';
import type { DatedValue } from '../core/parameters.js';
import type { StipendSlices } from './options.js';
import type { DecisionThreshold } from './tables/decision-threshold.js';
import { showDivisors } from './tables/divisors.js';
import { BENEFIT_NAMES } from './benefit-offset.js';
import { decisionStep, type DecisionOutcome } from './stipend-decision-required.js';
import type { PendingDeduction } from './deduction-line.js';
import type { StipendMonth } from './month-core.js';
import type { ParsedStipendMonth } from './month-input.js';
import type { ProgrammeDays } from './partial-month.js';
import { rateBasis } from './rate-basis.js';
import type { MonthRates } from './stipend-rates.js';
import { rateSteps } from './rates-explanation.js';
import { regimeParameters } from './regime.js';
import { showCount, showMoney, showRate } from './show.js';

type Both = { nb: string; en: string };
const text = { nb: (p: Both) => p.nb, en: (p: Both) => p.en };

interface Parts {
  c: ParsedStipendMonth;
  r: MonthRates;
  days: ProgrammeDays;
  pending: readonly PendingDeduction[];
  value: StipendMonth;
  decision: DecisionOutcome;
  threshold: DatedValue<DecisionThreshold>;
  parameters: StipendSlices;
}

/** Every step for a month. @internal */
export function monthSteps({ c, r, days, pending, value, decision, threshold, parameters }: Parts): Step[] {
  const rp = regimeParameters(parameters, c.regime);
  const steps = rateSteps(c, r, parameters);
  if (!days.full) {
    steps.push(
      step({
        rule: 'stipend.partial-month',
        message: text,
        params: {
          nb: `Delvis måned: ${days.days} av ${days.daysInMonth} dager i programmet; ${Math.min(days.days, r.divisors.value.day)} dager × dagsats ${showRate(r.day, 'nb')} (høyst en hel måned)`,
          en: `Partial month: ${days.days} of ${days.daysInMonth} days in the programme; ${Math.min(days.days, r.divisors.value.day)} days × daily rate ${showRate(r.day, 'en')} (at most a full month)`,
        },
        amount: value.gross,
        reference: rp.act(rp.sections.divisors),
        // Counting calendar days for a partial month is practice (docs/open-questions.md); the daily rate may be less certain.
        basis: weakestBasis('practice', rateBasis(r)),
        used: [usedValue(rp.divisors, r.divisors, showDivisors)],
      }),
    );
  }
  if (c.regime === 'introduksjonsloven' && c.childlessCoupleBothParticipating) {
    steps.push(
      step({
        rule: 'stipend.note.couple',
        message: text,
        params: {
          nb: 'Introduksjonsloven har ingen regel om 5/6 stønad for par; full brøk brukes',
          en: 'The Introduction Act has no 5/6 rule for couples; the fraction is not reduced',
        },
        reference: rp.act(rp.sections.level),
        basis: 'official',
      }),
    );
  }
  const ex = c.excusedAbsence;
  if (ex !== undefined && (ex.hours !== undefined || ex.days !== undefined)) {
    const nb = [ex.hours && `${showCount(ex.hours, 'nb')} timer`, ex.days && `${showCount(ex.days, 'nb')} dager`]
      .filter(Boolean)
      .join(' og ');
    const en = [ex.hours && `${showCount(ex.hours, 'en')} hours`, ex.days && `${showCount(ex.days, 'en')} days`]
      .filter(Boolean)
      .join(' and ');
    steps.push(
      step({
        rule: 'stipend.excused-absence',
        message: text,
        params: { nb: `Gyldig fravær (${nb}) gir ikke trekk`, en: `Excused absence (${en}) is not deducted` },
        reference: rp.absence,
        basis: 'official',
      }),
    );
  }
  value.deductions.forEach((line, i) => {
    const info = pending[i]?.info;
    if (info === undefined) return;
    const capped = !line.applied.eq(line.computed);
    const detail = capped
      ? {
          nb: `${info.params.detail.nb} = ${showMoney(line.computed, 'nb')}, begrenset til det som var igjen av månedens beløp`,
          en: `${info.params.detail.en} = ${showMoney(line.computed, 'en')}, limited to what was left of the month's amount`,
        }
      : info.params.detail;
    steps.push(step({ ...info, params: { detail }, amount: line.applied }));
  });
  for (const k of value.notDeducted) {
    const name = BENEFIT_NAMES[k];
    steps.push(
      step({
        rule: `stipend.not-deducted.${k}`,
        message: text,
        params: {
          nb: `${name.nb[0]?.toUpperCase()}${name.nb.slice(1)} trekkes aldri fra introduksjonsstønaden`,
          en: `${name.en[0]?.toUpperCase()}${name.en.slice(1)} is never deducted from the stipend`,
        },
        reference: rp.act(rp.sections.offsets),
        basis: 'official',
      }),
    );
  }
  if (value.excess.gt(0)) {
    steps.push(
      step({
        rule: 'stipend.excess',
        message: text,
        params: {
          nb: 'Trekk som ikke fikk plass i månedens beløp (kan motregnes senere)',
          en: "Deductions that did not fit in the month's amount (may be set off later)",
        },
        amount: value.excess,
        reference: rp.act(rp.sections.excess),
        basis: 'official',
      }),
    );
  }
  steps.push(
    step({
      rule: 'stipend.payment',
      message: text,
      params: {
        nb: `Utbetaling: ${showMoney(value.gross, 'nb')} − trekk ${showMoney(value.totalDeductions, 'nb')}`,
        en: `Payment: ${showMoney(value.gross, 'en')} − deductions ${showMoney(value.totalDeductions, 'en')}`,
      },
      amount: value.payment,
    }),
  );
  if (value.absenceDeduction.gt(0))
    steps.push(decisionStep(value.absenceDeduction, decision, threshold, r.g, c.regime, parameters, rateBasis(r)));
  return steps;
}
