/**
 * The dated tables read by the rules on adviser caseload: the norm per adviser and the follow-up cadence, as one slice of the library's parameter set
 * (`ParameterSet.caseload`), and the slice the library ships.
 * @module
 */
import type { Parameter } from '../core/parameters.js';
import { caseloadNorm } from './tables/caseload-norm.js';
import { followUpCadence, type FollowUpCadence } from './tables/follow-up-cadence.js';

/** The tables the caseload rules read. */
export interface CaseloadParameters {
  /** Participants per full-time programme adviser. */
  readonly caseloadNorm: Parameter<number>;
  /** The follow-up cadence: phases of talks counted from the programme start. */
  readonly followUpCadence: Parameter<FollowUpCadence>;
}

/**
 * The caseload tables the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultCaseloadParameters } from 'integreringsregler';
 * defaultCaseloadParameters.caseloadNorm.values.length > 0; // true
 * ```
 */
export const defaultCaseloadParameters: CaseloadParameters = /* @__PURE__ */ Object.freeze({
  caseloadNorm,
  followUpCadence,
});
