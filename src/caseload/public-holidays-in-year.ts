/**
 * Norwegian public holidays ("røde dager"), computed in the library: the holidays of lov om helligdager
 * og helligdagsfred § 2 (b)–(k) — New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and
 * Monday, Ascension Day (the sixth Thursday after Easter Sunday), Whit Sunday (the seventh Sunday after)
 * and Whit Monday, Christmas Day and Boxing Day — and the two days of lov om 1. og 17. mai som
 * høgtidsdager § 1 (1 May and 17 May). Ordinary Sundays (§ 2 (a)) are weekend days and not listed.
 * Christmas Eve and New Year's Eve are not public holidays.
 * @module
 */
import { addDaysToDate, formatIsoDate, type IsoDate } from '../core/date.js';
import type { LegalReference } from '../core/legal-reference.js';
import type { LocalizedText } from '../core/localized-text.js';
import { parseInput } from '../core/validate.js';
import { HOLIDAYS_ACT, MAY_DAYS_ACT } from '../sources/caseload-sources.js';
import { easterSundayOf, holidayYearInputSchema, type HolidayYearInput } from './easter-sunday.js';

/** One public holiday. */
export interface PublicHoliday {
  /** The date. */
  readonly date: IsoDate;
  /** A stable id, e.g. `easter-monday`. */
  readonly id: string;
  /** Its name in both languages. */
  readonly name: LocalizedText;
  /** The Act and letter that make it a holiday. */
  readonly reference: LegalReference;
}

type Def = readonly [id: string, nb: string, en: string, letter: string, at: (year: number, easter: IsoDate) => IsoDate];

const fixed = (month: number, day: number) => (year: number) => formatIsoDate({ year, month, day });
const fromEaster = (days: number) => (_: number, easter: IsoDate) => addDaysToDate(easter, days);

/** Days counted from Easter Sunday follow § 2 (c)–(i): −3, −2, 0, +1, +39 (sixth Thursday), +49, +50. */
const DEFS: readonly Def[] = [
  ['new-years-day', 'Nyttårsdag', "New Year's Day", '(b)', fixed(1, 1)],
  ['maundy-thursday', 'Skjærtorsdag', 'Maundy Thursday', '(c)', fromEaster(-3)],
  ['good-friday', 'Langfredag', 'Good Friday', '(d)', fromEaster(-2)],
  ['easter-sunday', 'Første påskedag', 'Easter Sunday', '(e)', fromEaster(0)],
  ['easter-monday', 'Andre påskedag', 'Easter Monday', '(f)', fromEaster(1)],
  ['labour-day', '1. mai', '1 May (Labour Day)', '', fixed(5, 1)],
  ['constitution-day', '17. mai', '17 May (Constitution Day)', '', fixed(5, 17)],
  ['ascension-day', 'Kristi himmelfartsdag', 'Ascension Day', '(g)', fromEaster(39)],
  ['whit-sunday', 'Første pinsedag', 'Whit Sunday', '(h)', fromEaster(49)],
  ['whit-monday', 'Andre pinsedag', 'Whit Monday', '(i)', fromEaster(50)],
  ['christmas-day', 'Første juledag', 'Christmas Day', '(j)', fixed(12, 25)],
  ['boxing-day', 'Andre juledag', 'Boxing Day', '(k)', fixed(12, 26)],
];

/** The holidays of a year already checked, sorted by date. @internal */
export function holidaysOf(year: number): PublicHoliday[] {
  const easter = easterSundayOf(year);
  return DEFS.map(([id, nb, en, letter, at]) => ({
    date: at(year, easter),
    id,
    name: { nb, en },
    reference: letter === '' ? MAY_DAYS_ACT : { ...HOLIDAYS_ACT, section: `§ 2 ${letter}` },
  })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Every Norwegian public holiday of a year (Sundays aside), in date order, each with its legal source.
 * @throws InputError when the year is not a whole number from 1995 to 2199.
 *
 * @example
 * ```ts
 * import { publicHolidaysInYear } from 'integreringsregler';
 * const h = publicHolidaysInYear({ year: 2024 });
 * h.length; // 12
 * h.filter((d) => d.date.startsWith('2024-03')).map((d) => d.date); // ['2024-03-28', '2024-03-29', '2024-03-31']
 * h.find((d) => d.id === 'whit-monday')?.date; // '2024-05-20'
 * ```
 */
export function publicHolidaysInYear(input: HolidayYearInput): PublicHoliday[] {
  const { year } = parseInput(holidayYearInputSchema, input);
  return holidaysOf(year);
}
