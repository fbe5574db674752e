/**
 * A claim under the disability / behavioural-problems grant: tilskudd 1 (a one-off amount) for a budget
 * year, or tilskudd 2 (documented costs) for a budget year. Which claims are allowed when is checked by
 * the disability-grant rule.
 *
 * Source: the ministry's yearly rules for the grant for settling persons with disabilities and/or
 * behavioural problems (tilskudd 1 and 2; 2017 rules) and IMDi's page on the grant; amounts in the budget
 * propositions.
 * @module
 */
import * as z from 'zod';
import { nonNegativeMoneySchema } from '../core/money.js';
import { budgetYearSchema } from './budget-year.js';

/** One disability-grant claim. */
export const disabilityClaimSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    /** Tilskudd 1: the one-off amount (settlement year 1 or 2). */
    kind: z.literal('oneOff'),
    /** The budget year it is claimed for. */
    budgetYear: budgetYearSchema,
  }),
  z.strictObject({
    /** Tilskudd 2: documented extra costs of the year, above the threshold, up to the yearly maximum. */
    kind: z.literal('documentedCosts'),
    /** The budget year the costs belong to. */
    budgetYear: budgetYearSchema,
    /** The municipality's documented extra costs for the person that year (kroner). */
    documentedCosts: nonNegativeMoneySchema,
  }),
]);

/** A disability-grant claim, as callers write it. */
export type DisabilityClaimInput = z.input<typeof disabilityClaimSchema>;
/** A disability-grant claim after validation. */
export type DisabilityClaim = z.output<typeof disabilityClaimSchema>;

/** Tilskudd 1 is paid for settlement year 1 or 2 (JD rules 2017; IMDi). */
export const DISABILITY_ONE_OFF_LAST_YEAR_NUMBER = 2;

/** What the claim check needs to know about the person. @internal */
export interface ClaimWindow {
  readonly settlementYear: number;
  /** No claim can be for a budget year before this one (a child born after the mother's settlement: the birth year). */
  readonly firstBudgetYear: number;
  readonly birthYear: number;
  readonly lastYearNumber: number;
  readonly unaccompaniedMinor: boolean;
  /** Unaccompanied minors: tilskudd 2 up to and including the year they turn this age. */
  readonly minorLastYearTurning: number;
  /** …and never fewer than this many years. */
  readonly minorAtLeastYears: number;
}

/**
 * Checks a person's claims against the rules of the grant: tilskudd 1 at most once, in year 1 or 2;
 * tilskudd 2 within the integration-grant period (for an unaccompanied minor up to and including the
 * year they turn 20, and never fewer than five years), at most once a year; never both for year 1 or 2
 * (JD rules 2017; IMDi); and never for a budget year before the person is born. Returns the first
 * problem as `{ index, message }`, or `undefined`.
 * @internal
 */
export function claimProblem(
  claims: readonly DisabilityClaim[],
  w: ClaimWindow,
): { index: number; message: { nb: string; en: string } } | undefined {
  const oneOffs = claims.map((c, i) => ({ c, i })).filter((x) => x.c.kind === 'oneOff');
  const seen = new Set<number>();
  for (const [i, c] of claims.entries()) {
    const n = c.budgetYear - w.settlementYear + 1;
    if (c.budgetYear < w.firstBudgetYear && n >= 1) {
      return {
        index: i,
        message: {
          nb: `ingen tilskudd for ${c.budgetYear}: barnet er født i ${w.firstBudgetYear}`,
          en: `no grant for ${c.budgetYear}: the child is born in ${w.firstBudgetYear}`,
        },
      };
    }
    if (c.kind === 'oneOff') {
      if (oneOffs[0]?.i !== i) return { index: i, message: { nb: 'tilskudd 1 gis bare én gang', en: 'tilskudd 1 is paid only once' } };
      if (n < 1 || n > DISABILITY_ONE_OFF_LAST_YEAR_NUMBER) {
        return {
          index: i,
          message: {
            nb: `tilskudd 1 gis for år 1 eller 2; ${c.budgetYear} er år ${n}`,
            en: `tilskudd 1 is paid for year 1 or 2; ${c.budgetYear} is year ${n}`,
          },
        };
      }
      continue;
    }
    const minorYear = w.unaccompaniedMinor && (n <= w.minorAtLeastYears || c.budgetYear - w.birthYear <= w.minorLastYearTurning);
    if (n < 1 || (n > w.lastYearNumber && !minorYear)) {
      return {
        index: i,
        message: {
          nb: `tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–${w.lastYearNumber}); ${c.budgetYear} er år ${n}`,
          en: `tilskudd 2 is paid only within the integration-grant period (years 1–${w.lastYearNumber}); ${c.budgetYear} is year ${n}`,
        },
      };
    }
    if (seen.has(c.budgetYear))
      return { index: i, message: { nb: `to krav om tilskudd 2 for ${c.budgetYear}`, en: `two tilskudd 2 claims for ${c.budgetYear}` } };
    seen.add(c.budgetYear);
    if (oneOffs.length > 0 && n <= DISABILITY_ONE_OFF_LAST_YEAR_NUMBER) {
      return {
        index: i,
        message: {
          nb: 'for år 1 eller 2 gis enten tilskudd 1 eller tilskudd 2, ikke begge',
          en: 'for year 1 or 2 the municipality gets either tilskudd 1 or tilskudd 2, not both',
        },
      };
    }
  }
  return undefined;
}
