/**
 * A grant line: one amount of one grant, for one person and one budget year, with the rule that gave it,
 * its source and how certain it is — the unit schedules and totals are built from.
 * @module
 */
import type { IsoDate } from '../core/date.js';
import type { Basis, LegalReference } from '../core/legal-reference.js';
import type { Money } from '../core/money.js';

/** The grants the library computes. */
export type GrantType =
  'integration' | 'elderly' | 'kindergarten' | 'unaccompaniedMinor' | 'disabilityOneOff' | 'disabilityDocumentedCosts';

/** Every grant type, in the order totals list them. */
export const GRANT_TYPES: readonly GrantType[] = [
  'integration',
  'elderly',
  'kindergarten',
  'unaccompaniedMinor',
  'disabilityOneOff',
  'disabilityDocumentedCosts',
];

/** One amount of one grant for one person in one budget year. */
export interface GrantLine {
  /** The person's id (as given, or `person 1`, `person 2`, … by position). */
  readonly personId: string;
  /** The budget year the amount belongs to. */
  readonly budgetYear: number;
  /** Which grant. */
  readonly grant: GrantType;
  /** The person's integration-grant year number in that budget year. */
  readonly yearNumber: number;
  /** What the rate was chosen by: the year-1 category, the age band, `year 3`, … */
  readonly detail: string;
  /** The amount in kroner. */
  readonly amount: Money;
  /** The rule id, e.g. `grants.integration`. */
  readonly rule: string;
  /** The source of the rate used. */
  readonly reference: LegalReference;
  /** The weaker of the rule's and the rate's basis. */
  readonly basis: Basis;
  /** The table and the date its value applies from. */
  readonly rate: { readonly parameter: string; readonly from: IsoDate };
}
