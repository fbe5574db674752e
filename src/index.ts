/**
 * integreringsregler: the rules Norwegian municipalities apply when they settle refugees — the
 * introduction programme, the introduction stipend, IMDi's grants and adviser caseload — exact, cited and
 * explained, with no I/O.
 * @packageDocumentation
 */

// Core: dates, money, rounding, parameters, explanations, errors.
export * from './core/date.js';
export * from './core/month.js';
export * from './core/localized-text.js';
export * from './core/rational.js';
export * from './core/money.js';
export * from './core/rounding.js';
export * from './core/format.js';
export * from './core/legal-reference.js';
export * from './core/parameters.js';
export * from './core/explanation.js';
export * from './core/errors.js';
export * from './core/validate.js';

// Parameter tables.
export * from './parameters/grunnbelop.js';
export * from './parameters/parameter-set.js';
export * from './parameters/rule-options.js';
// Grants (IMDi) parameter tables.
export * from './parameters/budget-year-value.js';
export * from './parameters/integration-grant-rates.js';
export * from './parameters/elderly-grant-rates.js';
export * from './parameters/kindergarten-grant-rates.js';
export * from './parameters/unaccompanied-minor-grant-rates.js';
export * from './parameters/disability-grant-rates.js';

// Rules.
export * from './basic-amount/basic-amount-on.js';
// Grants (IMDi): integration, elderly, kindergarten, unaccompanied-minor and disability grants.
export * from './grants/budget-year.js';
export * from './grants/year-number.js';
export * from './grants/grant-line.js';
export * from './grants/grant-person.js';
export * from './grants/disability-claim.js';
export * from './grants/grant-rule.js';
export * from './grants/integration-grant.js';
export * from './grants/elderly-grant.js';
export * from './grants/kindergarten-grant.js';
export * from './grants/unaccompanied-minor-constants.js';
export * from './grants/unaccompanied-minor-grant.js';
export * from './grants/disability-grant.js';
export * from './grants/schedule.js';
export * from './grants/totals.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';
