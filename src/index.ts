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
export * from './define-rule.js';

// Core, hot path: exact integer øre ratios for bulk computations.
export { moneyFromOre, roundRatioHalfUpToOre } from './core/integer-ore.js';

// The sources the tables and rules cite.
export * from './sources/index.js';

// The parameter set (by domain) and the options every rule takes.
export * from './parameter-set.js';
export * from './rule-options.js';

// The domains, each with its parameters, tables and rules.
export * from './basic-amount/index.js';
export * from './stipend/index.js';
export * from './programme/index.js';
export * from './grants/index.js';
export * from './caseload/index.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';

// Planning: settlement plan, projection of unpublished rates, settlement forecast and its table.
export * from './planning/index.js';
// Embedding: published JSON Schemas (the input schema of every case-callable rule) and the rate tables
// as CSV.
export * from './schemas/input-schemas.js';
export * from './export/parameters-to-csv.js';
