/**
 * The rules a case file may name: the library's public functions that take one input object. A case's
 * `rule` is looked up here.
 * @module
 */
import { basicAmountOn } from '../basic-amount/basic-amount-on.js';
// Programme.
import { absenceShare } from '../programme/absence-share.js';
import { programmeEndDate } from '../programme/programme-end-date.js';
import { programmeMaximumLength } from '../programme/programme-maximum-length.js';
import { programmeRegime } from '../programme/programme-regime.js';
import { programmeStatus } from '../programme/programme-status.js';
import { programmeTargetGroup } from '../programme/programme-target-group.js';

/** A rule callable from a case: one input, a result with a `value` (and usually an `explanation`). */
export type CaseRule = (input: never) => unknown;

/**
 * Every rule a case may name, by its exported function name.
 *
 * @example
 * ```ts
 * import { caseRules } from 'integreringsregler';
 * typeof caseRules.basicAmountOn; // 'function'
 * ```
 */
export const caseRules: Readonly<Record<string, CaseRule>> = Object.freeze({
  basicAmountOn,
  // Programme.
  programmeRegime,
  programmeTargetGroup,
  programmeMaximumLength,
  programmeEndDate,
  programmeStatus,
  absenceShare,
});
