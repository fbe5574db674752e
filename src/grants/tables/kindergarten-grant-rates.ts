/**
 * The kindergarten grant (barnehagetilskudd): a one-off amount, paid with year 1, for a child aged 0–5 at
 * settlement. The amount is set in each year's budget; only 2017 ships with an official figure (IMDi).
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter } from '../../core/parameters.js';
import { budgetYearValue } from './budget-year-value.js';
import { IMDI_CIRCULAR_01_13, IMDI_RATES_2017 } from '../../sources/grant-sources.js';

/**
 * The kindergarten grant by budget year (kroner, once per child).
 *
 * @example
 * ```ts
 * import { kindergartenGrantRate, valueOn } from 'integreringsregler';
 * valueOn(kindergartenGrantRate, '2017-06-01').value.toString(); // '25100'
 * ```
 */
export const kindergartenGrantRate = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'kindergartenGrantRate',
  name: { nb: 'Barnehagetilskudd', en: 'Kindergarten grant' },
  unit: 'NOK',
  values: [budgetYearValue(2017, new Decimal(25_100), IMDI_RATES_2017, 'official')],
});

/**
 * The oldest age (in whole years) at which a child triggers the kindergarten grant: the band is "children
 * aged 0–5" (IMDi circular 01/13). That the age is taken on the settlement date is the library's reading.
 *
 * @example
 * ```ts
 * import { kindergartenGrantMaximumAge, valueOn } from 'integreringsregler';
 * valueOn(kindergartenGrantMaximumAge, '2017-06-01').value; // 5
 * ```
 */
export const kindergartenGrantMaximumAge = /* @__PURE__ */ defineParameter<number>({
  id: 'kindergartenGrantMaximumAge',
  name: { nb: 'Barnehagetilskudd, høyeste alder ved bosetting', en: 'Kindergarten grant, highest age at settlement' },
  unit: 'age',
  values: [{ from: '2013-01-01', value: 5, reference: IMDI_CIRCULAR_01_13, basis: 'official' }],
});
