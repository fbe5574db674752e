/**
 * The month's payment over already-parsed input: the small pure core that {@link stipendForMonth} and the
 * period projection share (and a batch API can reuse). Explanation steps are built only when asked.
 *
 * Legal source: introduksjonsloven §§ 8–12 and integreringsloven §§ 20–23 (level and fractions, divisors,
 * reduction for absence, offsets against other benefits, own income), integreringsforskriften §§ 11–16
 * (leave).
 * @module
 */
import type { Step } from '../core/explanation.js';
import type { Money } from '../core/money.js';
import { firstDayOfMonth } from '../core/month.js';
import { valueOn } from '../core/parameters.js';
import { round } from '../core/rounding.js';
import type { StipendSlices } from './options.js';
import { absenceDeductions } from './absence.js';
import { benefitDeductions, notDeducted, type NotDeductedBenefit } from './benefit-offset.js';
import { decide } from './stipend-decision-required.js';
import type { PendingDeduction } from './deduction-line.js';
import { reconcile, type StipendDeduction } from './deductions.js';
import { leaveDeduction, leaveInMonth } from './leave.js';
import { checkMonthBounds } from './month-bounds.js';
import { monthSteps } from './month-explanation.js';
import type { ParsedStipendMonth } from './month-input.js';
import { ownIncomeDeduction } from './own-income.js';
import { programmeDays } from './partial-month.js';
import { checkRateContext, monthRates } from './stipend-rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { transitionalDeduction } from './transitional-benefit-reduction.js';

/** The month's figures. Money is rounded (half-up to øre by default); the lines add up exactly. */
export interface StipendMonth {
  readonly regime: StipendRegime;
  readonly month: string;
  /** The fraction of 2 G that applies, e.g. `2/3` or `5/9`. */
  readonly fraction: string;
  /** Calendar days in the programme this month. */
  readonly daysInProgramme: number;
  /** The amount for a whole month at this fraction. */
  readonly fullMonth: Money;
  /** The amount earned this month before deductions (the full month, or days × daily rate). */
  readonly gross: Money;
  /** Every deduction, in the order taken. */
  readonly deductions: readonly StipendDeduction[];
  /** The sum of the applied deductions. */
  readonly totalDeductions: Money;
  /** Deductions that did not fit in the month (may be set off against later payments). */
  readonly excess: Money;
  /** What to pay: gross − totalDeductions, never negative. */
  readonly payment: Money;
  /** The applied deduction for unexcused absence (the one the decision threshold is tested on). */
  readonly absenceDeduction: Money;
  /** True when the absence deduction needs an individual decision (≥ 50 % of gross and ≥ 1/12 G). */
  readonly individualDecisionRequired: boolean;
  /** Benefits given that the law never deducts (child benefit, cash-for-care). */
  readonly notDeducted: readonly NotDeductedBenefit[];
}

/** Computes one month; throws InputError for inputs that do not fit the month. @internal */
export function computeStipendMonth(
  c: ParsedStipendMonth,
  parameters: StipendSlices,
  explain: boolean,
): { value: StipendMonth; steps: Step[] } {
  checkRateContext(c);
  const r = monthRates(c, parameters);
  const days = programmeDays(c.month, c.programme.start, c.programme.end, r.divisors.value.day);
  const leave = leaveInMonth(c.leaveWithoutStipend, c.month, c.programme, days);
  checkMonthBounds(c, days, r.divisors.value, leave);
  const grossExact = r.month.mul(days.share);
  const pending: PendingDeduction[] = [
    ...absenceDeductions(c.unexcusedAbsence, r, c.regime, parameters, explain),
    ...leaveDeduction(leave, grossExact, days, r, c.regime, parameters, explain),
    ...benefitDeductions(c.benefits, c.regime, parameters, explain),
    ...transitionalDeduction(c.transitionalBenefitPerYear, days.share, c, parameters, explain),
    ...ownIncomeDeduction(c.paidWorkHours, r, c.regime, parameters, explain),
  ];
  const rec = reconcile(grossExact, pending, c.rounding);
  let absence = rec.gross.minus(rec.gross);
  for (const l of rec.lines) if (l.kind === 'unexcusedAbsenceHours' || l.kind === 'unexcusedAbsenceDays') absence = absence.plus(l.applied);
  const threshold = valueOn(regimeParameters(parameters, c.regime).decisionThreshold, firstDayOfMonth(c.month));
  const decision = decide(absence, rec.gross, r.g.value, threshold.value);
  const value: StipendMonth = {
    regime: c.regime,
    month: c.month,
    fraction: r.fraction.toString(),
    daysInProgramme: days.days,
    fullMonth: round(r.month, c.rounding),
    gross: rec.gross,
    deductions: rec.lines,
    totalDeductions: rec.totalDeductions,
    excess: rec.excess,
    payment: rec.payment,
    absenceDeduction: absence,
    individualDecisionRequired: decision.required,
    notDeducted: notDeducted(c.benefits),
  };
  const steps = explain ? monthSteps({ c, r, days, pending, value, decision, threshold, parameters }) : [];
  return { value, steps };
}

/**
 * The month for a participant with nothing to deduct — the common case in a projection — without building
 * deduction lines: gross = the month's amount × the share of the month in the programme, rounded once;
 * payment = gross. Gives the same figures as {@link computeStipendMonth} with no deductions (a property
 * test holds the two together). @internal
 */
export function monthWithoutDeductions(
  c: ParsedStipendMonth,
  parameters: StipendSlices,
): Pick<StipendMonth, 'fraction' | 'daysInProgramme' | 'gross' | 'payment' | 'deductions'> {
  checkRateContext(c);
  const r = monthRates(c, parameters);
  const days = programmeDays(c.month, c.programme.start, c.programme.end, r.divisors.value.day);
  const gross = round(r.month.mul(days.share), c.rounding);
  return { fraction: r.fraction.toString(), daysInProgramme: days.days, gross, payment: gross, deductions: [] };
}
