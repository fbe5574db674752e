/**
 * The parameter set: every dated table the rules read, in one immutable value. Rules take it as an
 * option (`{ parameters }`); the shipped {@link defaultParameters} is used when none is given. To compute
 * with next year's rates or a "what if", build a copy with {@link withParameters}.
 * @module
 */
import type { Decimal } from '../core/money.js';
import type { Parameter } from '../core/parameters.js';
import { grunnbelop } from './grunnbelop.js';
// Caseload: adviser norm and follow-up cadence.
import { caseloadNorm } from './caseload-norm.js';
import { followUpCadence, type FollowUpCadence } from './follow-up-cadence.js';

/** Every parameter the library's rules read. */
export interface ParameterSet {
  /** The basic amount G (kroner a year). */
  readonly grunnbelop: Parameter<Decimal>;
  // Caseload.
  /** Participants per full-time programme adviser. */
  readonly caseloadNorm: Parameter<number>;
  /** The follow-up cadence: phases of talks counted from the programme start. */
  readonly followUpCadence: Parameter<FollowUpCadence>;
}

/**
 * The parameters the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultParameters } from 'integreringsregler';
 * defaultParameters.grunnbelop.values.length > 0; // true
 * ```
 */
export const defaultParameters: ParameterSet = Object.freeze({
  grunnbelop,
  // Caseload.
  caseloadNorm,
  followUpCadence,
});

/**
 * A parameter set with some parameters replaced; the rest come from `base` (the shipped defaults if not
 * given). Combine with `withValues` to add a single year to one table.
 *
 * @example
 * ```ts
 * import { Decimal, defaultParameters, references, withParameters, withValues } from 'integreringsregler';
 * const nextYear = withParameters({
 *   grunnbelop: withValues(defaultParameters.grunnbelop, [
 *     { from: '2027-05-01', value: new Decimal(142_000), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
 *   ]),
 * });
 * nextYear.grunnbelop.values.length > defaultParameters.grunnbelop.values.length; // true
 * ```
 */
export function withParameters(overrides: Partial<ParameterSet>, base: ParameterSet = defaultParameters): ParameterSet {
  return Object.freeze({ ...base, ...overrides });
}
