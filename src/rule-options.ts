/**
 * The options every rule function takes besides its input.
 * @module
 */
import { defaultParameters, type ParameterSet } from './parameter-set.js';

/** Options shared by every rule. */
export interface RuleOptions {
  /** The tables to compute with; the shipped {@link defaultParameters} when not given. */
  readonly parameters?: ParameterSet | undefined;
  /**
   * Build the explanation (default `true`). Pass `false` in bulk runs where only the figures are wanted;
   * the result then carries an empty explanation.
   */
  readonly explain?: boolean | undefined;
}

/** The options with their defaults filled in. */
export interface ResolvedRuleOptions {
  readonly parameters: ParameterSet;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions}. @internal */
export function resolveRuleOptions(options: RuleOptions | undefined): ResolvedRuleOptions {
  return { parameters: options?.parameters ?? defaultParameters, explain: options?.explain ?? true };
}
