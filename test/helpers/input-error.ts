/**
 * The one helper for tests that expect a refusal: the InputError a call throws, and its first problem
 * flattened for comparison. Anything else the call does (returns, throws another error) fails the test.
 */
import { InputError } from '../../src/core/errors.js';

/** The InputError a call throws; fails if the call returns or throws something else. */
export function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the call returned');
}

/** The first problem of the InputError a call throws, as `{ code, path, nb, en }` (path joined with dots). */
export function firstIssue(call: () => unknown): { code: string; path: string; nb: string; en: string } {
  const i = inputErrorOf(call).issues[0];
  if (i === undefined) throw new Error('the InputError has no issues');
  return { code: i.code, path: i.path.join('.'), nb: i.message.nb, en: i.message.en };
}

/** Every problem of the InputError a call throws, as `code@path`; `[]` when the call returns. */
export function issueCodesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.issues.map((x) => `${x.code}@${x.path.join('.')}`);
  }
  return [];
}

/** The first problem of the InputError a call throws, as `{ at: 'code@path', nb, en }`. */
export function refusalAt(call: () => unknown): { readonly at: string; readonly nb: string; readonly en: string } {
  const i = firstIssue(call);
  return { at: `${i.code}@${i.path}`, nb: i.nb, en: i.en };
}
