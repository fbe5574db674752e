/**
 * Dated parameters: every rate, fraction, limit and norm the rules use, as a list of values each valid
 * from a date, with its legal reference and basis. Looking a value up is this one function,
 * {@link valueOn}, everywhere in the library.
 *
 * "As known on": some values are decided after the date they apply from (the basic amount G is set in
 * late May and applies back to 1 May). A value may therefore carry `knownFrom`, the date it was decided
 * or first published; a lookup "as known on" an earlier date does not see it, which is how a payment
 * made before the decision is reproduced, and back-pay computed as the difference.
 * @module
 */
import { compareDates, type IsoDate } from './date.js';
import { NoParameterValueError } from './errors.js';
import type { Basis, LegalReference } from './legal-reference.js';
import type { LocalizedText } from './localized-text.js';

/** The unit a parameter is measured in, for explanations and tables. */
export type Unit =
  | 'NOK'
  | 'NOK/year'
  | 'NOK/month'
  | 'fraction'
  | 'share'
  | 'years'
  | 'months'
  | 'days'
  | 'working days'
  | 'hours'
  | 'hours/week'
  | 'participants/FTE'
  | 'age'
  | 'date'
  | 'count'
  | 'rule';

/** One value of a parameter, valid from a date (and, if given, to a date, both included). */
export interface DatedValue<T> {
  /** First day the value applies. */
  readonly from: IsoDate;
  /** Last day the value applies, if the source ends it; otherwise it runs until the next value. */
  readonly to?: IsoDate;
  /** The value itself. */
  readonly value: T;
  /** Where the value comes from. */
  readonly reference: LegalReference;
  /** How certain the value is. */
  readonly basis: Basis;
  /** The date the value was decided or published, when later than `from` (see "as known on"). */
  readonly knownFrom?: IsoDate;
  /** A remark for the reader (why this basis, what to check). */
  readonly note?: LocalizedText;
  /** True for a value filled in by a projection rule (`projectParameters`), never published. */
  readonly projected?: boolean;
}

/** A named, dated parameter: the one place its values live. */
export interface Parameter<T> {
  /** A stable id, e.g. `grunnbelop`. */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** What it is measured in. */
  readonly unit: Unit;
  /** Its values, sorted by `from`, earliest first. */
  readonly values: readonly DatedValue<T>[];
}

/** Options for a lookup. */
export interface LookupOptions {
  /** Only values known on this date count (see the module notes). */
  readonly asKnownOn?: IsoDate | undefined;
}

/**
 * Builds a parameter, sorting its values by date and checking that no two start on the same day.
 *
 * @example
 * ```ts
 * import { defineParameter, references } from 'integreringsregler';
 * const norm = defineParameter({
 *   id: 'myNorm', name: { nb: 'Norm', en: 'Norm' }, unit: 'participants/FTE',
 *   values: [{ from: '2017-01-01', value: 20, reference: references.integrationAct(), basis: 'official' }],
 * });
 * norm.values.length; // 1
 * ```
 */
export function defineParameter<T>(p: Parameter<T>): Parameter<T> {
  const values = [...p.values].sort((a, b) => compareDates(a.from, b.from));
  for (let i = 1; i < values.length; i++) {
    if (values[i]?.from === values[i - 1]?.from) {
      throw new RangeError(`Parameter ${p.id}: two values start on ${values[i]?.from ?? ''}`);
    }
  }
  return Object.freeze({ ...p, values: Object.freeze(values) });
}

/**
 * The value of a parameter on a date: the latest value starting on or before the date that has not ended
 * before it (and, with `asKnownOn`, was known on that date).
 * @throws NoParameterValueError when no value covers the date.
 *
 * @example
 * ```ts
 * import { defaultParameters, valueOn } from 'integreringsregler';
 * const g = defaultParameters.basicAmount.grunnbelop;
 * valueOn(g, '2024-04-30').value.toString(); // '118620'
 * valueOn(g, '2024-05-01').value.toString(); // '124028'
 * valueOn(g, '2024-05-01', { asKnownOn: '2024-05-15' }).value.toString(); // '118620'
 * ```
 */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate, options: LookupOptions = {}): DatedValue<T> {
  const { asKnownOn } = options;
  const { values } = parameter;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as DatedValue<T>;
    if (v.from > date) continue;
    if (asKnownOn !== undefined && v.knownFrom !== undefined && v.knownFrom > asKnownOn) continue;
    if (v.to !== undefined && v.to < date) break;
    return v;
  }
  const ask = asKnownOn === undefined ? '' : ` (as known on ${asKnownOn})`;
  const askNb = asKnownOn === undefined ? '' : ` (slik den var kjent ${asKnownOn})`;
  throw new NoParameterValueError(parameter.id, date, asKnownOn, {
    nb: `Parameteren «${parameter.name.nb}» (${parameter.id}) har ingen verdi for ${date}${askNb}. Oppgi verdien selv med egne parametere.`,
    en: `The parameter "${parameter.name.en}" (${parameter.id}) has no value for ${date}${ask}. Supply the value in your own parameters.`,
  });
}

/**
 * A copy of a parameter with some values added or replaced (a value replaces the one with the same
 * `from`). The shipped defaults stay untouched.
 *
 * @example
 * ```ts
 * import { Decimal, defaultParameters, references, valueOn, withValues } from 'integreringsregler';
 * const whatIf = withValues(defaultParameters.basicAmount.grunnbelop, [
 *   { from: '2027-05-01', value: new Decimal(142_000), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
 * ]);
 * valueOn(whatIf, '2027-06-01').value.toString(); // '142000'
 * ```
 */
export function withValues<T>(parameter: Parameter<T>, values: readonly DatedValue<T>[]): Parameter<T> {
  const replaced = new Set(values.map((v) => v.from));
  return defineParameter({ ...parameter, values: [...parameter.values.filter((v) => !replaced.has(v.from)), ...values] });
}
