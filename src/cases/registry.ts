/**
 * The rules a case file may name: the library's public functions that take one input object. A case's
 * `rule` is looked up here. Each domain lists its case-callable rules once, in its `rules.ts`; this
 * registry (and the published JSON Schemas, `inputSchemas`) are built from those lists.
 * @module
 */
import { basicAmountRules } from '../basic-amount/rules.js';
import { caseloadRules } from '../caseload/rules.js';
import type { RuleDescriptor } from '../define-rule.js';
import { grantsRules } from '../grants/rules.js';
import { programmeRules } from '../programme/rules.js';
import { stipendRules } from '../stipend/rules.js';

/** A rule callable from a case: one input, a result with a `value` (and usually an `explanation`). */
export type CaseRule = (input: never) => unknown;

function concat(lists: readonly (readonly RuleDescriptor[])[]): readonly RuleDescriptor[] {
  return Object.freeze(lists.flat());
}

/**
 * Every case-callable rule, domain by domain (basic amount, caseload, stipend, grants, programme): the
 * one list `caseRules` and `inputSchemas` are made from.
 */
export const caseRuleList: readonly RuleDescriptor[] = /* @__PURE__ */ concat([basicAmountRules, caseloadRules, stipendRules, grantsRules, programmeRules]);

/**
 * Every rule a case may name, by its exported function name.
 *
 * @example
 * ```ts
 * import { caseRules } from 'integreringsregler';
 * typeof caseRules.basicAmountOn; // 'function'
 * ```
 */
export const caseRules: Readonly<Record<string, CaseRule>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(caseRuleList.map((rule) => [rule.name, rule.run])),
);

