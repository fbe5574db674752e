/**
 * Every legal and official source the library cites, in one place: the Acts and regulations (builders
 * by section), the IMDi pages, budget propositions and municipal plans the tables rest on. The registry of
 * checked sources and sections (`known-sources.ts`) is the library's own check and is not exported here.
 * @module
 */
export { references } from './references.js';
export { GRONG_PLAN, HOLIDAYS_ACT, LIBRARY_SCHEDULING_RULE, MAY_DAYS_ACT } from './caseload-sources.js';
