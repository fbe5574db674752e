/**
 * `GRANT_SCHEDULE_TOTAL(birth_date; settlement_date; category; budget_year)`: every IMDi grant the
 * municipality can expect for one person in one budget year, added up, as a spreadsheet function over
 * {@link personGrantSchedule} (integration, elderly, kindergarten and unaccompanied-minor grants).
 * @module
 */
import { dateParts } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { ADULT_FROM_YEAR_TURNING } from '../grants/index.js';
import { personGrantSchedule } from '../grants/index.js';
import { SHEET_GRANT_CATEGORIES } from './integration-grant.js';
import { sheetDate, type SheetInput } from './sheet-input.js';
import { renamePaths, sheetChoice } from './sheet-options.js';
import { moneyToSheetNumber, sheetCall, type SheetResult } from './sheet-result.js';
import { sheetInteger } from './sheet-values.js';

const LABELS = { birthDate: 'fødselsdato', settlementDate: 'bosettingsdato', category: 'kategori', budgetYear: 'budsjettår' } as const;

const RENAMES = {
  'person.birthDate': 'birthDate',
  'person.settlementDate': 'settlementDate',
  'person.singleAdult': 'category',
  'person.unaccompaniedMinor': 'category',
  person: 'category',
  'budgetYears.from': 'budgetYear',
  'budgetYears.to': 'budgetYear',
  budgetYears: 'budgetYear',
} as const;

/**
 * The total of a person's grants in a budget year, in kroner (0 in a year outside the person's grant
 * years). The category is the one the person was settled as: `"enslig voksen"`/`"singleAdult"`,
 * `"voksen"`/`"adult"`, `"barn"`/`"child"`, `"enslig mindreårig"`/`"unaccompaniedMinor"`; "barn" and
 * "voksen" must agree with the age (a person counts as an adult from the calendar year they turn 18).
 * A budget year without shipped rates gives `#I/T …`.
 *
 * @example
 * ```ts
 * import { GRANT_SCHEDULE_TOTAL } from 'integreringsregler/spreadsheet';
 * // A child aged 3 settled March 2017: year-1 child rate 185 000 + kindergarten grant 25 100.
 * GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'barn', 2017); // 210100
 * GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'barn', 2016); // 0
 * GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'voksen', 2017); // '#VERDI! kategori: personen fyller ikke 18 i bosettingsåret 2017 og regnes som barn'
 * ```
 */
export function GRANT_SCHEDULE_TOTAL(
  birthDate: SheetInput,
  settlementDate: SheetInput,
  category: SheetInput,
  budgetYear: SheetInput,
): SheetResult {
  return sheetCall(LABELS, () => {
    const born = sheetDate(birthDate, 'birthDate');
    const settled = sheetDate(settlementDate, 'settlementDate');
    const c = sheetChoice(category, 'category', SHEET_GRANT_CATEGORIES);
    const year = sheetInteger(budgetYear, 'budgetYear');
    const settlementYear = dateParts(settled).year;
    const adult = settlementYear - dateParts(born).year >= ADULT_FROM_YEAR_TURNING;
    if (c === 'adult' && !adult) {
      throw inputError('category_is_child', ['category'], {
        nb: `personen fyller ikke ${ADULT_FROM_YEAR_TURNING} i bosettingsåret ${settlementYear} og regnes som barn`,
        en: `the person does not turn ${ADULT_FROM_YEAR_TURNING} in the settlement year ${settlementYear} and counts as a child`,
      });
    }
    if (c === 'child' && adult) {
      throw inputError('category_is_adult', ['category'], {
        nb: `personen fyller ${ADULT_FROM_YEAR_TURNING} senest i bosettingsåret ${settlementYear} og regnes som voksen`,
        en: `the person turns ${ADULT_FROM_YEAR_TURNING} in or before the settlement year ${settlementYear} and counts as an adult`,
      });
    }
    const person = {
      birthDate: born,
      settlementDate: settled,
      singleAdult: c === 'singleAdult',
      unaccompaniedMinor: c === 'unaccompaniedMinor',
    };
    const s = renamePaths(RENAMES, () => personGrantSchedule({ person, budgetYears: { from: year, to: year } }, { explain: false }));
    return moneyToSheetNumber(s.value.total);
  });
}
