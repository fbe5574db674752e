/**
 * A deduction line before rounding and capping: its kind, its exact amount, and what the explanation
 * needs to say how it was reached.
 * @module
 */
import type { Message, UsedValue } from '../core/explanation.js';
import type { Basis, LegalReference } from '../core/legal-reference.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Rational } from '../core/rational.js';

/** The benefits offset against the stipend. */
export type BenefitKind = 'unemploymentBenefit' | 'sicknessBenefit' | 'parentalBenefit' | 'disabilityBenefit' | 'workAssessmentAllowance';

/** Every kind of deduction, in the order they are taken from the month's amount. */
export type DeductionKind =
  'unexcusedAbsenceHours' | 'unexcusedAbsenceDays' | 'leaveWithoutStipend' | BenefitKind | 'transitionalBenefit' | 'paidWorkInProgramme';

/** The texts a line's message fills in (already localised). */
export interface LineParams {
  readonly detail: LocalizedText;
}

/** How to explain a line. */
export interface LineInfo {
  readonly rule: string;
  readonly message: Message<LineParams>;
  readonly params: LineParams;
  readonly reference: LegalReference;
  readonly basis: Basis;
  readonly used: readonly UsedValue[];
}

/** A deduction before rounding; `info` is built only when explaining. */
export interface PendingDeduction {
  readonly kind: DeductionKind;
  readonly exact: Rational;
  readonly info?: LineInfo | undefined;
}

/** A message whose text is a fixed lead plus the line's detail. @internal */
export function leadMessage(nb: string, en: string): Message<LineParams> {
  return { nb: (p) => `${nb}: ${p.detail.nb}`, en: (p) => `${en}: ${p.detail.en}` };
}
