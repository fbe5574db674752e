/**
 * The options of the caseload rules: the slices of the parameter set they read (`caseload`),
 * each the shipped default unless the caller gives one. A rule imports only these defaults, so a bundle with
 * one caseload rule carries no other domain's tables.
 * @module
 */
import type { ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { defaultCaseloadParameters } from './parameters.js';

/** The parameter slices the caseload rules read. */
export type CaseloadSlices = Pick<ParameterSet, 'caseload'>;

/** The options with their defaults filled in. @internal */
export interface ResolvedCaseloadOptions {
  readonly parameters: CaseloadSlices;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions} for a caseload rule. @internal */
export function resolveCaseloadOptions(options: RuleOptions | undefined): ResolvedCaseloadOptions {
  return {
    parameters: {
      caseload: options?.parameters?.caseload ?? defaultCaseloadParameters,
    },
    explain: options?.explain ?? true,
  };
}
