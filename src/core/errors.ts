/**
 * The library's errors, as data: each has a stable `code`, and bad input lists every problem with the
 * path to the field and a message in bokmål and English, the way zod reports issues.
 * @module
 */
import type { IsoDate } from './date.js';
import type { LocalizedText } from './localized-text.js';

/** One problem with one input field. */
export interface InputIssue {
  /** A stable, machine-readable code, e.g. `invalid_date`, `too_small`, `exceeds_maximum`. */
  readonly code: string;
  /** Where the problem is: object keys and array indices from the input's root, e.g. `['absence', 'hours']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in bokmål and English. */
  readonly message: LocalizedText;
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(input)' : path.map(String).join('.');
}

/**
 * Thrown when an input does not satisfy the rule's schema or the law's limits. Never thrown for a
 * problem inside the library; the caller can always fix it by changing the input.
 *
 * @example
 * ```ts
 * import { InputError, isoDateSchema, parseInput } from 'integreringsregler';
 * let error: unknown;
 * try { parseInput(isoDateSchema, '2023-02-29'); } catch (e) { error = e; }
 * error instanceof InputError; // true
 * (error as InputError).issues[0]?.code; // 'invalid_date'
 * ```
 */
export class InputError extends Error {
  /** Always `INVALID_INPUT`. */
  readonly code = 'INVALID_INPUT' as const;
  /** Every problem found, each with its path. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((i) => `${pathText(i.path)}: ${i.message.en}`).join('; '));
    this.name = 'InputError';
    this.issues = issues;
  }

  /** The problems as text in one language, one line each, e.g. for a user interface or a log. */
  format(locale: 'nb' | 'en' = 'nb'): string {
    return this.issues.map((i) => `${pathText(i.path)}: ${i.message[locale]}`).join('\n');
  }

  /** A plain, serialisable form. */
  toJSON(): { code: 'INVALID_INPUT'; issues: readonly InputIssue[] } {
    return { code: this.code, issues: this.issues };
  }
}

/**
 * Thrown when a parameter table has no value covering the date asked for (for example a grant rate for a
 * budget year that has not been published). Pass your own table to fill the gap.
 */
export class NoParameterValueError extends Error {
  /** Always `NO_PARAMETER_VALUE`. */
  readonly code = 'NO_PARAMETER_VALUE' as const;
  /** The id of the parameter, e.g. `grunnbelop`. */
  readonly parameter: string;
  /** The date a value was needed for. */
  readonly date: IsoDate;
  /** The as-known-on date of the lookup, if one was given. */
  readonly asKnownOn: IsoDate | undefined;
  /** The message in bokmål and English. */
  readonly localized: LocalizedText;

  constructor(parameter: string, date: IsoDate, asKnownOn: IsoDate | undefined, localized: LocalizedText) {
    super(localized.en);
    this.name = 'NoParameterValueError';
    this.parameter = parameter;
    this.date = date;
    this.asKnownOn = asKnownOn;
    this.localized = localized;
  }

  /** A plain, serialisable form. */
  toJSON(): { code: 'NO_PARAMETER_VALUE'; parameter: string; date: IsoDate; asKnownOn?: IsoDate; message: LocalizedText } {
    return {
      code: this.code,
      parameter: this.parameter,
      date: this.date,
      ...(this.asKnownOn === undefined ? {} : { asKnownOn: this.asKnownOn }),
      message: this.localized,
    };
  }
}

/**
 * Builds an {@link InputError} for a single problem found by a rule after its schema passed (for example a
 * granted length above the legal maximum).
 *
 * @example
 * ```ts
 * import { inputError } from 'integreringsregler';
 * const e = inputError('exceeds_maximum', ['grantedMonths'], { nb: 'For lang', en: 'Too long' });
 * e.issues[0]?.path; // ['grantedMonths']
 * ```
 */
export function inputError(code: string, path: readonly (string | number)[], message: LocalizedText): InputError {
  return new InputError([{ code, path, message }]);
}

/**
 * True for the library's input error, also across bundle copies (checks the code, not the class).
 *
 * @example
 * ```ts
 * import { inputError, isInputError } from 'integreringsregler';
 * isInputError(inputError('x', [], { nb: 'x', en: 'x' })); // true
 * isInputError(new Error('other')); // false
 * ```
 */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'INVALID_INPUT');
}

/**
 * True for the library's missing-parameter error, also across bundle copies.
 *
 * @example
 * ```ts
 * import { basicAmountOn, isNoParameterValueError } from 'integreringsregler';
 * let caught: unknown;
 * try { basicAmountOn({ date: '2010-01-01' }); } catch (e) { caught = e; }
 * isNoParameterValueError(caught); // true
 * ```
 */
export function isNoParameterValueError(e: unknown): e is NoParameterValueError {
  return (
    e instanceof NoParameterValueError || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'NO_PARAMETER_VALUE')
  );
}
