/**
 * The options of the grants rules: the slices of the parameter set they read (`grants`),
 * each the shipped default unless the caller gives one. A rule imports only these defaults, so a bundle with
 * one grants rule carries no other domain's tables.
 * @module
 */
import type { ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { defaultGrantsParameters } from './parameters.js';

/** The parameter slices the grants rules read. */
export type GrantsSlices = Pick<ParameterSet, 'grants'>;

/** The options with their defaults filled in. @internal */
export interface ResolvedGrantsOptions {
  readonly parameters: GrantsSlices;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions} for a grants rule. @internal */
export function resolveGrantsOptions(options: RuleOptions | undefined): ResolvedGrantsOptions {
  return {
    parameters: {
      grants: options?.parameters?.grants ?? defaultGrantsParameters,
    },
    explain: options?.explain ?? true,
  };
}
