/**
 * integreringsregler/spreadsheet: the library as flat spreadsheet functions — scalars in, a number or an
 * error text out — for Google Sheets (through the IIFE bundle, `Integreringsregler.spreadsheet`), Excel
 * custom functions and any other host. See docs/spreadsheets.md.
 * @packageDocumentation
 */
export * from './serial-date.js';
export * from './sheet-input.js';
export * from './sheet-values.js';
export * from './sheet-result.js';
export * from './registry.js';

// Functions, one file each (a domain adds its file and one line in registry.ts).
export * from './basic-amount.js';
// Domain functions.
export * from './sheet-options.js';
export * from './intro-stipend-month.js';
export * from './intro-stipend-rate.js';
export * from './integration-grant.js';
export * from './grant-schedule-total.js';
export * from './adviser-staffing.js';
export * from './programme-end.js';
