/**
 * The input schema of every rule a case file may name, by the rule's function name — the one list the
 * published JSON Schemas (`schemas/<rule>.input.schema.json`, written by `npm run schemas`) are made
 * from. It is built from the domains' rule lists (`src/<domain>/rules.ts`), as `caseRules` is, so a rule
 * added to its domain's list gets its schema here too.
 * @module
 */
import type { z } from 'zod';
import { caseRuleList } from '../cases/registry.js';

/**
 * Every case-callable rule's exported input schema, by rule name.
 *
 * @example
 * ```ts
 * import { inputSchemas } from 'integreringsregler';
 * inputSchemas.basicAmountOn?.safeParse({ date: '2024-05-01' }).success; // true
 * inputSchemas.basicAmountOn?.safeParse({ date: '2024-05-01', typo: 1 }).success; // false
 * ```
 */
export const inputSchemas: Readonly<Record<string, z.ZodType>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(caseRuleList.map((rule) => [rule.name, rule.input])),
);
