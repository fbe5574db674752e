/**
 * The stipend rules a case file may name, each listed once with its input schema: the case-file
 * registry and the published JSON Schemas are built from this list.
 * @module
 */
import { defineRule } from '../define-rule.js';
import { checkSelfCertification, selfCertificationInputSchema } from './check-self-certification.js';
import { stipendMonthInputSchema } from './month-input.js';
import { stipendDecisionInputSchema, stipendDecisionRequired } from './stipend-decision-required.js';
import { stipendForMonth } from './stipend-for-month.js';
import { stipendProjection, stipendProjectionInputSchema } from './stipend-projection.js';
import { stipendRates, stipendRatesInputSchema } from './stipend-rates.js';
import { transitionalBenefitReduction, transitionalBenefitReductionInputSchema } from './transitional-benefit-reduction.js';

/** The domain's case-callable rules, in the order the registry lists them. */
export const stipendRules = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ defineRule({ name: 'stipendRates', input: stipendRatesInputSchema, run: stipendRates }),
  /* @__PURE__ */ defineRule({ name: 'stipendForMonth', input: stipendMonthInputSchema, run: stipendForMonth }),
  /* @__PURE__ */ defineRule({ name: 'stipendDecisionRequired', input: stipendDecisionInputSchema, run: stipendDecisionRequired }),
  /* @__PURE__ */ defineRule({
    name: 'transitionalBenefitReduction',
    input: transitionalBenefitReductionInputSchema,
    run: transitionalBenefitReduction,
  }),
  /* @__PURE__ */ defineRule({ name: 'stipendProjection', input: stipendProjectionInputSchema, run: stipendProjection }),
  /* @__PURE__ */ defineRule({ name: 'checkSelfCertification', input: selfCertificationInputSchema, run: checkSelfCertification }),
] as const);
