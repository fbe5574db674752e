/**
 * The shared case-file format: hand-worked cases as JSON that any system — this library's tests, a
 * vendor's C# or Java test suite — can run. One file holds `{ "cases": [ … ] }`; each case names a rule
 * (a public function of this library), gives its input as that function's schema accepts it, and the
 * expected figures (money as strings) or the expected error.
 * @module
 */
import * as z from 'zod';

/** What a case expects when the rule must refuse its input. */
export const expectedErrorSchema = /* @__PURE__ */ z.strictObject({
  /** `INVALID_INPUT` or `NO_PARAMETER_VALUE`. */
  code: z.enum(['INVALID_INPUT', 'NO_PARAMETER_VALUE']),
  /** For input errors: each path (joined with `.`) that must be named, e.g. `absence.hours`. */
  paths: z.array(z.string()).optional(),
});

/** One case. */
export const caseSchema = /* @__PURE__ */ z.strictObject({
  /** A stable id, unique in its file, e.g. `S1`. */
  id: z.string().min(1),
  /** What the case is about, in plain words. */
  description: z.string().min(1),
  /** The public function to call, e.g. `stipendForMonth`. */
  rule: z.string().min(1),
  /** The input, as the function's schema accepts it (money as strings). */
  input: z.unknown(),
  /**
   * The fields of the result's value to compare, as a pattern: every field given must match; fields left
   * out are not compared. Decimal amounts compare by value (`"19770"` matches `"19770.00"`).
   */
  expected: z.unknown().optional(),
  /** Instead of `expected`: the rule must refuse the input with this error. */
  expectedError: expectedErrorSchema.optional(),
  /** The arithmetic, written out, so a person can redo it on a desk calculator. */
  arithmetic: z.string().optional(),
  /** The legal sources of the rule, e.g. `integreringsloven § 20`. */
  references: z.array(z.string()).default([]),
});

/** A case file. */
export const caseFileSchema = /* @__PURE__ */ z.strictObject({
  /** Optional pointer to the JSON Schema of this format. */
  $schema: z.string().optional(),
  /** What the file covers. */
  description: z.string().optional(),
  cases: z.array(caseSchema).min(1),
});

/** A case as written in a file. */
export type CaseInput = z.input<typeof caseSchema>;
/** A case after validation. */
export type Case = z.output<typeof caseSchema>;
/** A case file after validation. */
export type CaseFile = z.output<typeof caseFileSchema>;
