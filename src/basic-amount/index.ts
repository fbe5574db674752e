/**
 * The basic amount G (grunnbeløpet i folketrygden): its table, the parameters and the rule. What the
 * domain exports; helpers marked `@internal` are imported from their modules, not from here.
 * @module
 */

export { grunnbelop } from './tables/grunnbelop.js';
export { defaultBasicAmountParameters, type BasicAmountParameters } from './parameters.js';
export { basicAmountInputSchema, basicAmountOn, type BasicAmountInput } from './basic-amount-on.js';

// The case-callable rules, listed once (the case-file registry and the JSON Schemas are built from it).
export { basicAmountRules } from './rules.js';
