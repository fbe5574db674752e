/**
 * The boundary: every public function parses its input with an exported zod schema through
 * {@link parseInput}, which turns a zod failure into the library's {@link InputError} with messages in
 * bokmål and English.
 * @module
 */
import type { z } from 'zod';
import { InputError, type InputIssue } from './errors.js';
import type { LocalizedText } from './localized-text.js';

/**
 * A zod custom issue that carries the library's own code and message in both languages. Use it inside
 * `superRefine` so the check's message survives translation.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { localizedIssue, parseInput } from 'integreringsregler';
 * const even = z.number().superRefine((n, ctx) => {
 *   if (n % 2 !== 0) ctx.addIssue(localizedIssue('not_even', { nb: 'må være et partall', en: 'must be even' }));
 * });
 * parseInput(even, 4); // 4
 * ```
 */
export function localizedIssue(
  code: string,
  message: LocalizedText,
  path?: (string | number)[],
): { code: 'custom'; message: string; params: { code: string; nb: string; en: string }; path?: (string | number)[] } {
  return {
    code: 'custom',
    message: message.en,
    params: { code, nb: message.nb, en: message.en },
    ...(path === undefined ? {} : { path }),
  };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { nb: 'en tekst', en: 'a string' },
  number: { nb: 'et tall', en: 'a number' },
  int: { nb: 'et heltall', en: 'an integer' },
  boolean: { nb: 'sann eller usann (boolean)', en: 'true or false (a boolean)' },
  object: { nb: 'et objekt', en: 'an object' },
  array: { nb: 'en liste', en: 'a list' },
  bigint: { nb: 'et heltall (bigint)', en: 'a bigint' },
  date: { nb: 'en dato', en: 'a date' },
};

function typeName(t: string): LocalizedText {
  return TYPE_NAMES[t] ?? { nb: t, en: t };
}

type ZodIssue = z.core.$ZodIssue;

function sizeText(issue: ZodIssue & { code: 'too_small' | 'too_big' }): LocalizedText {
  const small = issue.code === 'too_small';
  const limit = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const inclusive = issue.inclusive !== false;
  const { origin } = issue;
  if (origin === 'string') {
    return small
      ? { nb: `må ha minst ${limit} tegn`, en: `must have at least ${limit} characters` }
      : { nb: `kan ha høyst ${limit} tegn`, en: `must have at most ${limit} characters` };
  }
  if (origin === 'array' || origin === 'set') {
    return small
      ? { nb: `må ha minst ${limit} elementer`, en: `must have at least ${limit} items` }
      : { nb: `kan ha høyst ${limit} elementer`, en: `must have at most ${limit} items` };
  }
  if (small) {
    return inclusive
      ? { nb: `må være minst ${limit}`, en: `must be at least ${limit}` }
      : { nb: `må være større enn ${limit}`, en: `must be greater than ${limit}` };
  }
  return inclusive
    ? { nb: `kan være høyst ${limit}`, en: `must be at most ${limit}` }
    : { nb: `må være mindre enn ${limit}`, en: `must be less than ${limit}` };
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function translate(issue: ZodIssue): { code: string; message: LocalizedText } {
  switch (issue.code) {
    case 'custom': {
      const p = issue.params as { code?: unknown; nb?: unknown; en?: unknown } | undefined;
      if (p !== undefined && typeof p.nb === 'string' && typeof p.en === 'string') {
        return { code: typeof p.code === 'string' ? p.code : 'custom', message: { nb: p.nb, en: p.en } };
      }
      return { code: 'custom', message: { nb: issue.message, en: issue.message } };
    }
    case 'invalid_type': {
      const t = typeName(issue.expected);
      const got = describe(issue.input);
      if (issue.input === undefined)
        return { code: 'required', message: { nb: `mangler (skal være ${t.nb})`, en: `is required (${t.en})` } };
      return { code: 'invalid_type', message: { nb: `må være ${t.nb}, ikke ${got}`, en: `must be ${t.en}, not ${got}` } };
    }
    case 'too_small':
    case 'too_big':
      return { code: issue.code, message: sizeText(issue) };
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { code: 'invalid_value', message: { nb: `må være én av: ${list}`, en: `must be one of: ${list}` } };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `«${k}»`).join(', ');
      return { code: 'unrecognized_keys', message: { nb: `ukjente felt: ${keys}`, en: `unknown fields: ${keys}` } };
    }
    case 'not_multiple_of':
      return {
        code: 'not_multiple_of',
        message: { nb: `må være et multiplum av ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` },
      };
    case 'invalid_format':
      return { code: 'invalid_format', message: { nb: `har feil format (${issue.format})`, en: `has the wrong format (${issue.format})` } };
    case 'invalid_union':
      return {
        code: 'invalid_union',
        message: { nb: 'passer ikke med noen av de tillatte formene', en: 'matches none of the allowed forms' },
      };
    default:
      return { code: issue.code, message: { nb: issue.message, en: issue.message } };
  }
}

/**
 * Turns a zod error into the library's {@link InputError}, with every issue's code, path and messages.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { fromZodError } from 'integreringsregler';
 * const r = z.strictObject({ hours: z.number().min(0) }).safeParse({ hours: -1 });
 * const error = r.success ? undefined : fromZodError(r.error);
 * error?.issues[0]?.path; // ['hours']
 * error?.issues[0]?.message.nb; // 'må være minst 0'
 * ```
 */
export function fromZodError(error: z.ZodError, pathPrefix: readonly (string | number)[] = []): InputError {
  const issues: InputIssue[] = error.issues.map((issue) => {
    const { code, message } = translate(issue);
    return { code, path: [...pathPrefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message };
  });
  return new InputError(issues);
}

/**
 * Parses input with a schema; on failure throws {@link InputError}. The one door every public function
 * goes through.
 *
 * @example
 * ```ts
 * import { isoMonthSchema, parseInput } from 'integreringsregler';
 * parseInput(isoMonthSchema, '2024-05'); // '2024-05'
 * ```
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // reportInput: zod v4 leaves the offending value out of an issue unless asked, and without it a value
  // of the wrong type would be reported as a missing one.
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
