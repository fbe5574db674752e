/**
 * Shared fast-check generators and settings for the property tests. Every property runs a fixed number of
 * cases with a fixed seed, so the suite is fast and a failure reproduces.
 */
import fc from 'fast-check';
import { EARLIEST_YEAR, LATEST_YEAR, Rational, formatIsoDate, isInputError } from '../../src/index.js';

/**
 * Fixed runs and seed: quick and reproducible. Under Stryker (which sets STRYKER_MUTATOR_WORKER) each
 * mutant reruns every property that reaches it, so there a property runs 40 cases instead of 300.
 */
export const RUNS = { numRuns: process.env.STRYKER_MUTATOR_WORKER === undefined ? 300 : 40, seed: 20241123 } as const;

/** A rational with a numerator up to 10¹⁵ and a denominator up to 10⁶ (money-sized and beyond). */
export const rational = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
  .map(([n, d]) => Rational.of(n, d));

/** A non-zero rational. */
export const nonZeroRational = rational.filter((r) => !r.isZero());

/** A valid calendar date in the library's range, as `YYYY-MM-DD`. */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(EARLIEST_YEAR, 0, 1)), max: new Date(Date.UTC(LATEST_YEAR, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

/** Anything a caller might pass by mistake, including near-misses of the accepted forms. */
export const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.double(),
  fc.stringMatching(/^-?\d{1,18}(\.\d{0,4})?$/),
  fc.stringMatching(/^\d{2,5}-\d{1,3}(-\d{1,3})?$/),
);

/**
 * Calls `f` and classifies the outcome: a value, the library's own InputError, or anything else thrown
 * (a TypeError from inside would land there, and fail the property).
 */
export function outcome<T>(f: () => T): { ok: true; value: T } | { ok: false; inputError: boolean; error: unknown } {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, inputError: isInputError(error), error };
  }
}
