/**
 * The basic-amount rules a case file may name, each listed once with its input schema: the case-file
 * registry and the published JSON Schemas are built from this list.
 * @module
 */
import { defineRule } from '../define-rule.js';
import { basicAmountInputSchema, basicAmountOn } from './basic-amount-on.js';

/** The domain's case-callable rules, in the order the registry lists them. */
export const basicAmountRules = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ defineRule({ name: 'basicAmountOn', input: basicAmountInputSchema, run: basicAmountOn }),
] as const);
