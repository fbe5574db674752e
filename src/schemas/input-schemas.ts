/**
 * The input schema of every rule a case file may name, by the rule's function name — the one list the
 * published JSON Schemas (`schemas/<rule>.input.schema.json`, written by `npm run schemas`) are made
 * from. A domain adds one line here for each rule it adds to `caseRules`; a test checks the two lists
 * match.
 * @module
 */
import type { z } from 'zod';
import { basicAmountInputSchema } from '../basic-amount/basic-amount-on.js';
import { cohortWorkloadInputSchema } from '../caseload/cohort-workload.js';
import { holidayYearInputSchema } from '../caseload/easter-sunday.js';
import { followUpScheduleInputSchema } from '../caseload/follow-up-schedule.js';
import { adviserFteNeededInputSchema } from '../caseload/adviser-fte-needed.js';
import { adviserStaffingInputSchema } from '../caseload/check-adviser-staffing.js';
import { personBudgetYearInputSchema } from '../grants/grant-rule.js';
import { personGrantScheduleInputSchema } from '../grants/person-grant-schedule.js';
import { grantTotalsInputSchema } from '../grants/grant-totals.js';
import { grantYearNumberInputSchema } from '../grants/grant-year-number.js';
import { absenceShareInputSchema } from '../programme/absence-share.js';
import { programmeEndDateInputSchema } from '../programme/programme-end-date.js';
import { programmeMaximumLengthInputSchema } from '../programme/programme-maximum-length.js';
import { programmeRegimeInputSchema } from '../programme/programme-regime.js';
import { programmeStatusInputSchema } from '../programme/programme-status.js';
import { programmeTargetGroupInputSchema } from '../programme/programme-target-group.js';
import { programmeStartDeadlineInputSchema } from '../programme/programme-start-deadline.js';
import { stipendDecisionInputSchema } from '../stipend/stipend-decision-required.js';
import { stipendMonthInputSchema } from '../stipend/month-input.js';
import { stipendProjectionInputSchema } from '../stipend/stipend-projection.js';
import { stipendRatesInputSchema } from '../stipend/stipend-rates.js';
import { selfCertificationInputSchema } from '../stipend/check-self-certification.js';
import { transitionalBenefitReductionInputSchema } from '../stipend/transitional-benefit-reduction.js';

/**
 * Every case-callable rule's exported input schema, by rule name.
 *
 * @example
 * ```ts
 * import { inputSchemas } from 'integreringsregler';
 * inputSchemas.basicAmountOn?.safeParse({ date: '2024-05-01' }).success; // true
 * inputSchemas.basicAmountOn?.safeParse({ date: '2024-05-01', typo: 1 }).success; // false
 * ```
 */
export const inputSchemas: Readonly<Record<string, z.ZodType>> = /* @__PURE__ */ Object.freeze({
  basicAmountOn: basicAmountInputSchema,
  // Caseload.
  adviserFteNeeded: adviserFteNeededInputSchema,
  checkAdviserStaffing: adviserStaffingInputSchema,
  easterSunday: holidayYearInputSchema,
  publicHolidaysInYear: holidayYearInputSchema,
  followUpSchedule: followUpScheduleInputSchema,
  cohortWorkload: cohortWorkloadInputSchema,
  // Stipend.
  stipendRates: stipendRatesInputSchema,
  stipendForMonth: stipendMonthInputSchema,
  stipendDecisionRequired: stipendDecisionInputSchema,
  transitionalBenefitReduction: transitionalBenefitReductionInputSchema,
  stipendProjection: stipendProjectionInputSchema,
  checkSelfCertification: selfCertificationInputSchema,
  // Grants.
  grantYearNumber: grantYearNumberInputSchema,
  integrationGrant: personBudgetYearInputSchema,
  elderlyGrant: personBudgetYearInputSchema,
  kindergartenGrant: personBudgetYearInputSchema,
  unaccompaniedMinorGrant: personBudgetYearInputSchema,
  disabilityGrant: personBudgetYearInputSchema,
  personGrantSchedule: personGrantScheduleInputSchema,
  grantTotals: grantTotalsInputSchema,
  // Programme.
  programmeRegime: programmeRegimeInputSchema,
  programmeTargetGroup: programmeTargetGroupInputSchema,
  programmeStartDeadline: programmeStartDeadlineInputSchema,
  programmeMaximumLength: programmeMaximumLengthInputSchema,
  programmeEndDate: programmeEndDateInputSchema,
  programmeStatus: programmeStatusInputSchema,
  absenceShare: absenceShareInputSchema,
});
