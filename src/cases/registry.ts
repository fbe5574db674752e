/**
 * The rules a case file may name: the library's public functions that take one input object. A case's
 * `rule` is looked up here.
 * @module
 */
import { basicAmountOn } from '../basic-amount/basic-amount-on.js';
// Caseload.
import { cohortWorkload } from '../caseload/cohort-workload.js';
import { easterSunday } from '../caseload/easter-sunday.js';
import { followUpSchedule } from '../caseload/follow-up-schedule.js';
import { adviserFteNeeded } from '../caseload/adviser-fte-needed.js';
import { publicHolidaysInYear } from '../caseload/public-holidays-in-year.js';
import { checkAdviserStaffing } from '../caseload/check-adviser-staffing.js';
// Stipend (introduksjonsstønad).
import { stipendDecisionRequired } from '../stipend/stipend-decision-required.js';
import { stipendForMonth } from '../stipend/stipend-for-month.js';
import { stipendProjection } from '../stipend/stipend-projection.js';
import { stipendRates } from '../stipend/stipend-rates.js';
import { checkSelfCertification } from '../stipend/check-self-certification.js';
import { transitionalBenefitReduction } from '../stipend/transitional-benefit-reduction.js';
// Grants (IMDi).
import { disabilityGrant } from '../grants/disability-grant.js';
import { elderlyGrant } from '../grants/elderly-grant.js';
import { integrationGrant } from '../grants/integration-grant.js';
import { kindergartenGrant } from '../grants/kindergarten-grant.js';
import { personGrantSchedule } from '../grants/person-grant-schedule.js';
import { grantTotals } from '../grants/grant-totals.js';
import { unaccompaniedMinorGrant } from '../grants/unaccompanied-minor-grant.js';
import { grantYearNumber } from '../grants/grant-year-number.js';
// Programme.
import { absenceShare } from '../programme/absence-share.js';
import { programmeEndDate } from '../programme/programme-end-date.js';
import { programmeMaximumLength } from '../programme/programme-maximum-length.js';
import { programmeRegime } from '../programme/programme-regime.js';
import { programmeStatus } from '../programme/programme-status.js';
import { programmeTargetGroup } from '../programme/programme-target-group.js';
import { programmeStartDeadline } from '../programme/programme-start-deadline.js';

/** A rule callable from a case: one input, a result with a `value` (and usually an `explanation`). */
export type CaseRule = (input: never) => unknown;

/**
 * Every rule a case may name, by its exported function name.
 *
 * @example
 * ```ts
 * import { caseRules } from 'integreringsregler';
 * typeof caseRules.basicAmountOn; // 'function'
 * ```
 */
export const caseRules: Readonly<Record<string, CaseRule>> = /* @__PURE__ */ Object.freeze({
  basicAmountOn,
  // Caseload.
  adviserFteNeeded,
  checkAdviserStaffing,
  easterSunday,
  publicHolidaysInYear,
  followUpSchedule,
  cohortWorkload,
  // Stipend (introduksjonsstønad).
  stipendRates,
  stipendForMonth,
  stipendDecisionRequired,
  transitionalBenefitReduction,
  stipendProjection,
  checkSelfCertification,
  // Grants (IMDi).
  grantYearNumber,
  integrationGrant,
  elderlyGrant,
  kindergartenGrant,
  unaccompaniedMinorGrant,
  disabilityGrant,
  personGrantSchedule,
  grantTotals,
  // Programme.
  programmeRegime,
  programmeTargetGroup,
  programmeStartDeadline,
  programmeMaximumLength,
  programmeEndDate,
  programmeStatus,
  absenceShare,
});
