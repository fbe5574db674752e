/**
 * The caseload rules a case file may name, each listed once with its input schema: the case-file
 * registry and the published JSON Schemas are built from this list.
 * @module
 */
import { defineRule } from '../define-rule.js';
import { adviserFteNeeded, adviserFteNeededInputSchema } from './adviser-fte-needed.js';
import { adviserStaffingInputSchema, checkAdviserStaffing } from './check-adviser-staffing.js';
import { cohortWorkload, cohortWorkloadInputSchema } from './cohort-workload.js';
import { easterSunday, holidayYearInputSchema } from './easter-sunday.js';
import { followUpSchedule, followUpScheduleInputSchema } from './follow-up-schedule.js';
import { publicHolidaysInYear } from './public-holidays-in-year.js';

/** The domain's case-callable rules, in the order the registry lists them. */
export const caseloadRules = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ defineRule({ name: 'adviserFteNeeded', input: adviserFteNeededInputSchema, run: adviserFteNeeded }),
  /* @__PURE__ */ defineRule({ name: 'checkAdviserStaffing', input: adviserStaffingInputSchema, run: checkAdviserStaffing }),
  /* @__PURE__ */ defineRule({ name: 'easterSunday', input: holidayYearInputSchema, run: easterSunday }),
  /* @__PURE__ */ defineRule({ name: 'publicHolidaysInYear', input: holidayYearInputSchema, run: publicHolidaysInYear }),
  /* @__PURE__ */ defineRule({ name: 'followUpSchedule', input: followUpScheduleInputSchema, run: followUpSchedule }),
  /* @__PURE__ */ defineRule({ name: 'cohortWorkload', input: cohortWorkloadInputSchema, run: cohortWorkload }),
] as const);
