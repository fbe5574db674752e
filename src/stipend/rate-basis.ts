/**
 * How certain the month's rates are: each rate is only as certain as the weakest value it was built from
 * (the house rule for explanation steps). The fraction rests on the level table, the couples factor when
 * it was read, and — in a month holding both situations (a 25th birthday or a move on the 2nd or later) —
 * the timing of a changed fraction; the yearly amount adds G; the month, day and hour rates add the
 * divisors (under the Integration Act known from practice, so every line priced by them is `practice` at
 * best).
 * @module
 */
import { weakestBasis, type Basis } from '../core/legal-reference.js';
import type { MonthRates } from './stipend-rates.js';

/** The fraction's basis; the caller's own timing counts as `assumption` (no source confirms it either). @internal */
export function fractionBasis(r: MonthRates): Basis {
  const bases: Basis[] = [r.fractions.basis];
  if (r.couple !== undefined) bases.push(r.couple.basis);
  if (r.status.timingDecided) bases.push(r.timingOverride === undefined ? r.timing.basis : 'assumption');
  return weakestBasis(...bases);
}

/** The yearly amount's basis: the fraction's and G's. @internal */
export function yearlyBasis(r: MonthRates): Basis {
  return weakestBasis(fractionBasis(r), r.g.basis);
}

/** The basis of the month, day and hour rates: the yearly amount's and the divisors'. @internal */
export function rateBasis(r: MonthRates): Basis {
  return weakestBasis(yearlyBasis(r), r.divisors.basis);
}
