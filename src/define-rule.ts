/**
 * One rule as the surfaces see it: its name, its exported input schema and the function that takes one
 * input object and the rule options. Each domain lists its case-callable rules once, in its `rules.ts`;
 * the case-file registry and the published JSON Schemas are built from those lists.
 * @module
 */
import type { z } from 'zod';
import type { RuleOptions } from './rule-options.js';

/** A case-callable rule: its name (the exported function's name), its input schema and the function. */
export interface RuleDescriptor<N extends string = string, S extends z.ZodType = z.ZodType, R = unknown> {
  /** The rule's name: the name of its exported function, as a case file's `rule` names it. */
  readonly name: N;
  /** The exported input schema the rule parses its input with (the source of its JSON Schema). */
  readonly input: S;
  /** The rule: one input object (as the schema accepts it) and the options every rule takes. */
  readonly run: (input: z.input<S>, options?: RuleOptions) => R;
}

/**
 * Describes one rule, frozen: `run`'s input type is the input side of `input` (`z.input`), so a schema
 * that does not fit the function is a type error.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineRule } from 'integreringsregler';
 * const double = defineRule({ name: 'double', input: z.strictObject({ n: z.number() }), run: (input) => ({ value: input.n * 2 }) });
 * double.name; // 'double'
 * double.run({ n: 21 }).value; // 42
 * double.input.safeParse({ n: 1, typo: 2 }).success; // false
 * Object.isFrozen(double); // true
 * ```
 */
export function defineRule<const N extends string, S extends z.ZodType, R>(rule: {
  readonly name: N;
  readonly input: S;
  readonly run: (input: z.input<S>, options?: RuleOptions) => R;
}): RuleDescriptor<N, S, R> {
  return Object.freeze({ name: rule.name, input: rule.input, run: rule.run });
}
