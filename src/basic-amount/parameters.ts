/**
 * The dated tables read by the rules on the basic amount G (folketrygdloven § 1-4), as one slice of the library's parameter set
 * (`ParameterSet.basicAmount`), and the slice the library ships.
 * @module
 */
import type { Parameter } from '../core/parameters.js';
import type { Decimal } from '../core/money.js';
import { grunnbelop } from './tables/grunnbelop.js';

/** The tables the basicAmount rules read. */
export interface BasicAmountParameters {
  /** The basic amount G (kroner a year). */
  readonly grunnbelop: Parameter<Decimal>;
}

/**
 * The basicAmount tables the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultBasicAmountParameters } from 'integreringsregler';
 * defaultBasicAmountParameters.grunnbelop.values.length > 0; // true
 * ```
 */
export const defaultBasicAmountParameters: BasicAmountParameters = /* @__PURE__ */ Object.freeze({
  grunnbelop,
});
