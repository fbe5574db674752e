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

// Rules.
export * from './basic-amount/basic-amount-on.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';

// Embedding: published JSON Schemas (the input schema of every case-callable rule) and the rate tables
// as CSV.
export * from './schemas/input-schemas.js';
export * from './export/parameters-to-csv.js';
