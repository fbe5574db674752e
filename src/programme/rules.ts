/**
 * The programme rules a case file may name, each listed once with its input schema: the case-file
 * registry and the published JSON Schemas are built from this list.
 * @module
 */
import { defineRule } from '../define-rule.js';
import { absenceShare, absenceShareInputSchema } from './absence-share.js';
import { programmeEndDate, programmeEndDateInputSchema } from './programme-end-date.js';
import { programmeMaximumLength, programmeMaximumLengthInputSchema } from './programme-maximum-length.js';
import { programmeRegime, programmeRegimeInputSchema } from './programme-regime.js';
import { programmeStartDeadline, programmeStartDeadlineInputSchema } from './programme-start-deadline.js';
import { programmeStatus, programmeStatusInputSchema } from './programme-status.js';
import { programmeTargetGroup, programmeTargetGroupInputSchema } from './programme-target-group.js';

/** The domain's case-callable rules, in the order the registry lists them. */
export const programmeRules = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ defineRule({ name: 'programmeRegime', input: programmeRegimeInputSchema, run: programmeRegime }),
  /* @__PURE__ */ defineRule({ name: 'programmeTargetGroup', input: programmeTargetGroupInputSchema, run: programmeTargetGroup }),
  /* @__PURE__ */ defineRule({ name: 'programmeStartDeadline', input: programmeStartDeadlineInputSchema, run: programmeStartDeadline }),
  /* @__PURE__ */ defineRule({ name: 'programmeMaximumLength', input: programmeMaximumLengthInputSchema, run: programmeMaximumLength }),
  /* @__PURE__ */ defineRule({ name: 'programmeEndDate', input: programmeEndDateInputSchema, run: programmeEndDate }),
  /* @__PURE__ */ defineRule({ name: 'programmeStatus', input: programmeStatusInputSchema, run: programmeStatus }),
  /* @__PURE__ */ defineRule({ name: 'absenceShare', input: absenceShareInputSchema, run: absenceShare }),
] as const);
