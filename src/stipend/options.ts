/**
 * The options of the stipend rules: the slices of the parameter set they read (`basicAmount`, `stipend`),
 * each the shipped default unless the caller gives one. A rule imports only these defaults, so a bundle with
 * one stipend rule carries no other domain's tables.
 * @module
 */
import type { ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { defaultBasicAmountParameters } from '../basic-amount/parameters.js';
import { defaultStipendParameters } from './parameters.js';

/** The parameter slices the stipend rules read. */
export type StipendSlices = Pick<ParameterSet, 'basicAmount' | 'stipend'>;

/** The options with their defaults filled in. @internal */
export interface ResolvedStipendOptions {
  readonly parameters: StipendSlices;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions} for a stipend rule. @internal */
export function resolveStipendOptions(options: RuleOptions | undefined): ResolvedStipendOptions {
  return {
    parameters: {
      basicAmount: options?.parameters?.basicAmount ?? defaultBasicAmountParameters,
      stipend: options?.parameters?.stipend ?? defaultStipendParameters,
    },
    explain: options?.explain ?? true,
  };
}
