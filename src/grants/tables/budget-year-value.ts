/**
 * A value that applies to one budget year only (1 January to 31 December), the shape of every IMDi grant
 * rate: a year without its own value is a clear "no value" error, never last year's rate carried over.
 * @module
 */
import type { Basis, LegalReference } from '../../core/legal-reference.js';
import type { LocalizedText } from '../../core/localized-text.js';
import type { DatedValue } from '../../core/parameters.js';

/**
 * A dated value valid from 1 January to 31 December of one budget year.
 *
 * @example
 * ```ts
 * import { Decimal, budgetYearValue, references } from 'integreringsregler';
 * const v = budgetYearValue(2027, new Decimal(250_000), references.integrationAct(), 'assumption');
 * v.from; // '2027-01-01'
 * v.to; // '2027-12-31'
 * ```
 */
export function budgetYearValue<T>(year: number, value: T, reference: LegalReference, basis: Basis, note?: LocalizedText): DatedValue<T> {
  return { from: `${year}-01-01`, to: `${year}-12-31`, value, reference, basis, ...(note === undefined ? {} : { note }) };
}
