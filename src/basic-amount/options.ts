/**
 * The options of the basic amount rules: the slices of the parameter set they read (`basicAmount`),
 * each the shipped default unless the caller gives one. A rule imports only these defaults, so a bundle with
 * one basic amount rule carries no other domain's tables.
 * @module
 */
import type { ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { defaultBasicAmountParameters } from './parameters.js';

/** The parameter slices the basic amount rules read. */
export type BasicAmountSlices = Pick<ParameterSet, 'basicAmount'>;

/** The options with their defaults filled in. @internal */
export interface ResolvedBasicAmountOptions {
  readonly parameters: BasicAmountSlices;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions} for a basic amount rule. @internal */
export function resolveBasicAmountOptions(options: RuleOptions | undefined): ResolvedBasicAmountOptions {
  return {
    parameters: {
      basicAmount: options?.parameters?.basicAmount ?? defaultBasicAmountParameters,
    },
    explain: options?.explain ?? true,
  };
}
