/**
 * Rounding and capping the deduction lines so the reported figures add up to the øre.
 *
 * Each line is rounded once, on its own (half-up to øre by default), so every line a case worker checks
 * is its own rule × quantity correctly rounded. The gross amount is rounded once the same way. The
 * deductions are then taken from the rounded gross in order (absence, leave, benefit offsets,
 * overgangsstønad, paid work); a line that would take the payment below zero is cut to what is left, and
 * the part cut off is reported as the excess (it may be set off against later payments). The payment is
 * the rounded gross minus the applied lines, so `gross − Σ applied = payment` exactly, and the payment is
 * never negative. It may differ by a few øre from rounding the exact difference once; the lines are what
 * the decision letter shows, so the lines win.
 * @module
 */
import type { Money } from '../core/money.js';
import { ZERO_MONEY } from '../core/money.js';
import type { Rational } from '../core/rational.js';
import type { RoundingName } from '../core/rounding.js';
import { round } from '../core/rounding.js';
import type { DeductionKind, PendingDeduction } from './deduction-line.js';

/** A reported deduction line. */
export interface StipendDeduction {
  readonly kind: DeductionKind;
  /** The deduction as computed, rounded. */
  readonly computed: Money;
  /** What was actually taken (less than `computed` only when the month's amount ran out). */
  readonly applied: Money;
}

/** The reconciled figures. @internal */
export interface Reconciled {
  readonly gross: Money;
  readonly lines: readonly StipendDeduction[];
  readonly totalDeductions: Money;
  readonly excess: Money;
  readonly payment: Money;
}

/** Rounds, caps and sums the lines. @internal */
export function reconcile(grossExact: Rational, pending: readonly PendingDeduction[], rounding: RoundingName): Reconciled {
  const gross = round(grossExact, rounding);
  let left = gross;
  let total = ZERO_MONEY;
  let excess = ZERO_MONEY;
  const lines: StipendDeduction[] = [];
  for (const p of pending) {
    const computed = round(p.exact, rounding);
    const applied = computed.gt(left) ? left : computed;
    left = left.minus(applied);
    total = total.plus(applied);
    excess = excess.plus(computed.minus(applied));
    lines.push({ kind: p.kind, computed, applied });
  }
  return { gross, lines, totalDeductions: total, excess, payment: left };
}
