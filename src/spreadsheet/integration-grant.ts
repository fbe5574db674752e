/**
 * `INTEGRATION_GRANT(category; settlement_year; year_no)`: IMDi's integration-grant rate for a category
 * and a year number, read from the shipped rate table of the budget year settlement_year + year_no − 1
 * (IMDi, integration grant; rates in Prop. 1 S).
 * @module
 */
import { inputError } from '../core/errors.js';
import type { Money } from '../core/money.js';
import type { GrantCategory } from '../grants/index.js';
import { budgetYearSchema, rateForBudgetYear } from '../grants/index.js';
import { INTEGRATION_GRANT_YEARS } from '../grants/index.js';
import { defaultParameters } from '../parameter-set.js';
import type { IntegrationGrantRates } from '../grants/index.js';
import { fromZodError } from '../core/validate.js';
import type { SheetInput } from './sheet-input.js';
import { sheetChoice } from './sheet-options.js';
import { moneyToSheetNumber, sheetCall, type SheetResult } from './sheet-result.js';
import { sheetInteger } from './sheet-values.js';

const LABELS = { category: 'kategori', settlementYear: 'bosettingsår', yearNo: 'år_nr' } as const;

/** The year-1 categories by the names a sheet may use, in bokmål and English. @internal */
export const SHEET_GRANT_CATEGORIES: Readonly<Record<string, GrantCategory>> = {
  'enslig voksen': 'singleAdult',
  voksen: 'adult',
  barn: 'child',
  'enslig mindreårig': 'unaccompaniedMinor',
  singleAdult: 'singleAdult',
  adult: 'adult',
  child: 'child',
  unaccompaniedMinor: 'unaccompaniedMinor',
};

function rateIn(rates: IntegrationGrantRates, yearNo: number, category: GrantCategory): Money {
  if (yearNo === 1) return rates.year1[category];
  return [rates.year2, rates.year3, rates.year4, rates.year5][yearNo - 2] as Money;
}

/**
 * The integration-grant rate in kroner for a person of a category settled in `settlement_year`, for
 * their year number `year_no` (1–5): the rate of budget year settlement_year + year_no − 1. The category
 * matters only in year 1 (`"enslig voksen"`/`"singleAdult"`, `"voksen"`/`"adult"`, `"barn"`/`"child"`,
 * `"enslig mindreårig"`/`"unaccompaniedMinor"`). A budget year the library has no official table for
 * gives `#I/T …`. For a person's grants with the age rules and the other grants, use `GRANT_SCHEDULE_TOTAL`.
 *
 * @example
 * ```ts
 * import { INTEGRATION_GRANT } from 'integreringsregler/spreadsheet';
 * INTEGRATION_GRANT('enslig voksen', 2017, 1); // 235000
 * INTEGRATION_GRANT('adult', 2015, 3); // 167000 (budget year 2015 + 3 − 1 = 2017)
 * INTEGRATION_GRANT('barn', 2017, 6); // '#VERDI! år_nr: 6 er ikke et år i tilskuddsperioden (1–5: bosettingsåret og de fire neste årene, IMDi)'
 * ```
 */
export function INTEGRATION_GRANT(category: SheetInput, settlementYear: SheetInput, yearNo: SheetInput): SheetResult {
  return sheetCall(LABELS, () => {
    const c = sheetChoice(category, 'category', SHEET_GRANT_CATEGORIES);
    const settled = budgetYearSchema.safeParse(sheetInteger(settlementYear, 'settlementYear'));
    if (!settled.success) throw fromZodError(settled.error, ['settlementYear']);
    const n = sheetInteger(yearNo, 'yearNo');
    if (n < 1 || n > INTEGRATION_GRANT_YEARS) {
      throw inputError('not_a_grant_year', ['yearNo'], {
        nb: `${n} er ikke et år i tilskuddsperioden (1–${INTEGRATION_GRANT_YEARS}: bosettingsåret og de fire neste årene, IMDi)`,
        en: `${n} is not a year of the grant period (1–${INTEGRATION_GRANT_YEARS}: the settlement year and the four following years, IMDi)`,
      });
    }
    const rates = rateForBudgetYear(defaultParameters.grants.integrationGrantRates, settled.data + n - 1);
    return moneyToSheetNumber(rateIn(rates.value, n, c));
  });
}
