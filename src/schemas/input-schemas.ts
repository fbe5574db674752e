/**
 * The input schema of every rule a case file may name, by the rule's function name — the one list the
 * published JSON Schemas (`schemas/<rule>.input.schema.json`, written by `npm run schemas`) are made
 * from. A domain adds one line here for each rule it adds to `caseRules`; a test checks the two lists
 * match.
 * @module
 */
import type { z } from 'zod';
import { basicAmountInputSchema } from '../basic-amount/basic-amount-on.js';

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
export const inputSchemas: Readonly<Record<string, z.ZodType>> = Object.freeze({
  basicAmountOn: basicAmountInputSchema,
});
