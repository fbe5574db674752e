/**
 * The shipped rate tables as CSV, for people who only want the numbers: one row per dated value, with its
 * parameter, validity, value, unit, basis and source. RFC 4180 quoting; values written exactly (money
 * as plain decimals, fractions as `2/3`).
 * @module
 */
import DecimalJs from 'decimal.js';
import { cite } from '../core/legal-reference.js';
import type { Parameter } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { parameterEntries, type ParameterSet } from '../parameter-set.js';

/** The columns, in order. */
export const PARAMETER_CSV_COLUMNS = [
  'parameter',
  'name_nb',
  'name_en',
  'from',
  'to',
  'known_from',
  'value',
  'unit',
  'basis',
  'citation_nb',
  'citation_en',
  'url',
  'note_nb',
  'note_en',
] as const;

/** Options for {@link parametersToCsv}. */
export interface CsvOptions {
  /** The field separator: `,` (default) or `;` (what Excel expects in Norwegian locales). */
  readonly separator?: ',' | ';';
}

function valueText(value: unknown): string {
  if (DecimalJs.isDecimal(value)) return (value as DecimalJs).toFixed();
  if (value instanceof Rational) return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function field(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every dated value of every parameter in a set as CSV text (a header line, then one line per value, in
 * the set's order and each parameter's date order; lines end with `\n`).
 *
 * @example
 * ```ts
 * import { defaultParameters, parametersToCsv } from 'integreringsregler';
 * const csv = parametersToCsv(defaultParameters);
 * csv.split('\n')[0]; // 'parameter,name_nb,name_en,from,to,known_from,value,unit,basis,citation_nb,citation_en,url,note_nb,note_en'
 * csv.includes('grunnbelop,Grunnbeløpet (G),The basic amount (G),2024-05-01,,2024-06-01,124028,NOK/year,official,'); // true
 * ```
 */
export function parametersToCsv(parameters: ParameterSet, options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const rows: string[][] = [[...PARAMETER_CSV_COLUMNS]];
  for (const { parameter: p } of parameterEntries(parameters)) {
    for (const v of p.values) {
      rows.push([
        p.id,
        p.name.nb,
        p.name.en,
        v.from,
        v.to ?? '',
        v.knownFrom ?? '',
        valueText(v.value),
        p.unit,
        v.basis,
        cite(v.reference, 'nb'),
        cite(v.reference, 'en'),
        v.reference.url ?? '',
        v.note?.nb ?? '',
        v.note?.en ?? '',
      ]);
    }
  }
  return rows.map((r) => `${r.map((f) => field(f, sep)).join(sep)}\n`).join('');
}
