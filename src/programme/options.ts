/**
 * The options of the programme rules: the slices of the parameter set they read (`programme`),
 * each the shipped default unless the caller gives one. A rule imports only these defaults, so a bundle with
 * one programme rule carries no other domain's tables.
 * @module
 */
import type { ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { defaultProgrammeParameters } from './parameters.js';

/** The parameter slices the programme rules read. */
export type ProgrammeSlices = Pick<ParameterSet, 'programme'>;

/** The options with their defaults filled in. @internal */
export interface ResolvedProgrammeOptions {
  readonly parameters: ProgrammeSlices;
  readonly explain: boolean;
}

/** Fills in the defaults of {@link RuleOptions} for a programme rule. @internal */
export function resolveProgrammeOptions(options: RuleOptions | undefined): ResolvedProgrammeOptions {
  return {
    parameters: {
      programme: options?.parameters?.programme ?? defaultProgrammeParameters,
    },
    explain: options?.explain ?? true,
  };
}
