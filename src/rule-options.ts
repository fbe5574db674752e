/**
 * The options every rule function takes besides its input.
 * @module
 */
import type { ParameterSet } from './parameter-set.js';

/** Options shared by every rule. */
export interface RuleOptions {
  /**
   * The tables to compute with, by domain (a whole set from `withParameters`, or only the slices you
   * replace); each slice not given is the shipped default.
   */
  readonly parameters?: Partial<ParameterSet> | undefined;
  /**
   * Build the explanation (default `true`). Pass `false` in bulk runs where only the figures are wanted;
   * the result then carries an empty explanation.
   */
  readonly explain?: boolean | undefined;
}
