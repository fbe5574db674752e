/**
 * The grant rules a case file may name, each listed once with its input schema: the case-file registry
 * and the published JSON Schemas are built from this list.
 * @module
 */
import { defineRule } from '../define-rule.js';
import { disabilityGrant } from './disability-grant.js';
import { elderlyGrant } from './elderly-grant.js';
import { personBudgetYearInputSchema } from './grant-rule.js';
import { grantTotals, grantTotalsInputSchema } from './grant-totals.js';
import { grantYearNumber, grantYearNumberInputSchema } from './grant-year-number.js';
import { integrationGrant } from './integration-grant.js';
import { kindergartenGrant } from './kindergarten-grant.js';
import { personGrantSchedule, personGrantScheduleInputSchema } from './person-grant-schedule.js';
import { unaccompaniedMinorGrant } from './unaccompanied-minor-grant.js';

/** The domain's case-callable rules, in the order the registry lists them. */
export const grantsRules = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ defineRule({ name: 'grantYearNumber', input: grantYearNumberInputSchema, run: grantYearNumber }),
  /* @__PURE__ */ defineRule({ name: 'integrationGrant', input: personBudgetYearInputSchema, run: integrationGrant }),
  /* @__PURE__ */ defineRule({ name: 'elderlyGrant', input: personBudgetYearInputSchema, run: elderlyGrant }),
  /* @__PURE__ */ defineRule({ name: 'kindergartenGrant', input: personBudgetYearInputSchema, run: kindergartenGrant }),
  /* @__PURE__ */ defineRule({ name: 'unaccompaniedMinorGrant', input: personBudgetYearInputSchema, run: unaccompaniedMinorGrant }),
  /* @__PURE__ */ defineRule({ name: 'disabilityGrant', input: personBudgetYearInputSchema, run: disabilityGrant }),
  /* @__PURE__ */ defineRule({ name: 'personGrantSchedule', input: personGrantScheduleInputSchema, run: personGrantSchedule }),
  /* @__PURE__ */ defineRule({ name: 'grantTotals', input: grantTotalsInputSchema, run: grantTotals }),
] as const);
