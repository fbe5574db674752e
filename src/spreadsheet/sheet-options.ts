/**
 * More argument readers for the domain functions — optional values, yes/no cells, hours and days, a
 * choice among named texts, a list of numbers from a range or a text — and {@link renamePaths}, which
 * makes a rule's own error name the spreadsheet argument the user typed instead of the rule's field.
 * @module
 */
import { InputError, inputError, isInputError } from '../core/errors.js';
import { isEmptyCell } from './sheet-input.js';
import { sheetInteger, sheetText } from './sheet-values.js';

/** A range of cells as a host passes it: rows of cells. */
export type SheetRange = readonly (readonly unknown[])[];

const YES = ['true', 'sann', 'ja', 'yes', '1'];
const NO = ['false', 'usann', 'nei', 'no', '0'];

/**
 * A yes/no argument: a TRUE/FALSE cell, 1/0, or text `ja`/`nei`, `sann`/`usann`, `true`/`false`,
 * `yes`/`no`; an empty cell gives `fallback`.
 *
 * @example
 * ```ts
 * import { sheetOptionalBoolean } from 'integreringsregler/spreadsheet';
 * sheetOptionalBoolean(true, 'livesWithParent', false); // true
 * sheetOptionalBoolean(' Ja ', 'livesWithParent', false); // true
 * sheetOptionalBoolean('', 'livesWithParent', false); // false
 * ```
 */
export function sheetOptionalBoolean(value: unknown, argument: string, fallback: boolean): boolean {
  if (isEmptyCell(value)) return fallback;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (YES.includes(text)) return true;
  if (NO.includes(text)) return false;
  throw inputError('invalid_type', [argument], {
    nb: `${String(value)} er ikke ja eller nei (SANN/USANN)`,
    en: `${String(value)} is not yes or no (TRUE/FALSE)`,
  });
}

/**
 * An optional count of hours or days: a number, or text with a decimal point or comma (`7,5`); the
 * rule's own schema checks it has at most two decimals. `undefined` for an empty cell.
 *
 * @example
 * ```ts
 * import { sheetOptionalQuantity } from 'integreringsregler/spreadsheet';
 * sheetOptionalQuantity(7.5, 'unexcusedHours'); // 7.5
 * sheetOptionalQuantity('7,5', 'unexcusedHours'); // 7.5
 * sheetOptionalQuantity(null, 'unexcusedHours'); // undefined
 * ```
 */
export function sheetOptionalQuantity(value: unknown, argument: string): number | undefined {
  if (isEmptyCell(value)) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d{1,6}([.,]\d+)?\s*$/.test(value)) return Number(value.trim().replace(',', '.'));
  throw inputError('invalid_type', [argument], { nb: `${String(value)} er ikke et antall`, en: `${String(value)} is not a count` });
}

/**
 * An optional whole number: `undefined` for an empty cell, otherwise as `sheetInteger`.
 *
 * @example
 * ```ts
 * import { sheetOptionalInteger } from 'integreringsregler/spreadsheet';
 * sheetOptionalInteger('', 'extensionMonths'); // undefined
 * sheetOptionalInteger(12, 'extensionMonths'); // 12
 * ```
 */
export function sheetOptionalInteger(value: unknown, argument: string): number | undefined {
  return isEmptyCell(value) ? undefined : sheetInteger(value, argument);
}

/**
 * A choice among named values: the text is matched without regard to case or surrounding spaces against
 * the names in `choices` (several names may give the same value, e.g. bokmål and English).
 * @throws InputError naming `argument` and listing the accepted names.
 *
 * @example
 * ```ts
 * import { sheetChoice } from 'integreringsregler/spreadsheet';
 * sheetChoice('Enslig voksen', 'category', { 'enslig voksen': 'singleAdult', singleAdult: 'singleAdult' }); // 'singleAdult'
 * ```
 */
export function sheetChoice<T>(value: unknown, argument: string, choices: Readonly<Record<string, T>>): T {
  const text = sheetText(value, argument).toLowerCase().replace(/\s+/g, ' ');
  for (const [name, v] of Object.entries(choices)) if (name.toLowerCase() === text) return v;
  const names = Object.keys(choices)
    .map((n) => `«${n}»`)
    .join(', ');
  throw inputError('invalid_choice', [argument], {
    nb: `«${String(value)}» er ikke en av ${names}`,
    en: `"${String(value)}" is not one of ${names}`,
  });
}

/**
 * A list of numbers from a range (every non-empty cell, row by row), a single number, or a text with
 * the numbers separated by commas or semicolons (`"60, 50"`; decimals with a point: `"62.5; 50"`).
 * The numbers are returned as they were written; the rule's schema checks each.
 * @throws InputError naming `argument` when the list is empty.
 *
 * @example
 * ```ts
 * import { sheetNumberList } from 'integreringsregler/spreadsheet';
 * sheetNumberList([[60], [50], ['']], 'positions'); // [60, 50]
 * sheetNumberList('60, 50', 'positions'); // ['60', '50']
 * sheetNumberList(100, 'positions'); // [100]
 * ```
 */
export function sheetNumberList(value: unknown, argument: string): (number | string)[] {
  const cells: unknown[] = Array.isArray(value) ? (value as SheetRange).flatMap((row) => (Array.isArray(row) ? row : [row])) : [value];
  const out: (number | string)[] = [];
  for (const cell of cells) {
    if (isEmptyCell(cell)) continue;
    if (typeof cell === 'number') out.push(cell);
    else if (typeof cell === 'string')
      out.push(
        ...cell
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
    else throw inputError('invalid_type', [argument], { nb: `${String(cell)} er ikke et tall`, en: `${String(cell)} is not a number` });
  }
  if (out.length === 0)
    throw inputError('required', [argument], { nb: 'mangler (skal være minst ett tall)', en: 'is required (at least one number)' });
  return out;
}

/**
 * Runs `body` and rewrites the paths of any input error it throws: a path that starts with one of the
 * keys of `renames` (written with dots, e.g. `programme.start`) gets that start replaced by the argument
 * named (the longest match wins; the rest of the path is kept). So a rule's error about
 * `unexcusedAbsence.hours` names the spreadsheet argument `unexcusedHours`.
 *
 * @example
 * ```ts
 * import { inputError } from 'integreringsregler';
 * import { renamePaths } from 'integreringsregler/spreadsheet';
 * let path: unknown;
 * try { renamePaths({ 'programme.start': 'programmeStart' }, () => { throw inputError('x', ['programme', 'start'], { nb: 'x', en: 'x' }); }); } catch (e) { path = (e as { issues: { path: unknown }[] }).issues[0]?.path; }
 * path; // ['programmeStart']
 * ```
 */
export function renamePaths<T>(renames: Readonly<Record<string, string>>, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (!isInputError(e)) throw e;
    const keys = Object.keys(renames).sort((a, b) => b.length - a.length);
    const issues = e.issues.map((i) => {
      const parts = i.path.map(String);
      const key = keys.find((k) => {
        const kp = k.split('.');
        return kp.length <= parts.length && kp.every((p, n) => parts[n] === p);
      });
      if (key === undefined) return i;
      return { ...i, path: [renames[key] as string, ...i.path.slice(key.split('.').length)] };
    });
    throw new InputError(issues);
  }
}
