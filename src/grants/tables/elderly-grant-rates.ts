/**
 * The elderly grant (eldretilskudd): a one-off amount, paid with year 1, for a person aged 60 or more at
 * settlement. The amount is set in each year's budget; only 2017 ships with an official figure (IMDi).
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter } from '../../core/parameters.js';
import { budgetYearValue } from './budget-year-value.js';
import { IMDI_CIRCULAR_01_13, IMDI_RATES_2017 } from '../../sources/grant-sources.js';

/**
 * The elderly grant by budget year (kroner, once per person).
 *
 * @example
 * ```ts
 * import { elderlyGrantRate, valueOn } from 'integreringsregler';
 * valueOn(elderlyGrantRate, '2017-06-01').value.toString(); // '164200'
 * ```
 */
export const elderlyGrantRate = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'elderlyGrantRate',
  name: { nb: 'Eldretilskudd', en: 'Elderly grant' },
  unit: 'NOK',
  values: [budgetYearValue(2017, new Decimal(164_200), IMDI_RATES_2017, 'official')],
});

/**
 * The age at settlement from which the elderly grant is paid. The sources say "over 60 at settlement"
 * (IMDi circular 01/13) and "has turned 60" (a 2024 secondary source); the library reads it as age 60 or
 * more on the settlement date — an assumption.
 *
 * @example
 * ```ts
 * import { elderlyGrantMinimumAge, valueOn } from 'integreringsregler';
 * valueOn(elderlyGrantMinimumAge, '2017-06-01').value; // 60
 * ```
 */
export const elderlyGrantMinimumAge = /* @__PURE__ */ defineParameter<number>({
  id: 'elderlyGrantMinimumAge',
  name: { nb: 'Eldretilskudd, alder ved bosetting', en: 'Elderly grant, age at settlement' },
  unit: 'age',
  values: [
    {
      from: '2009-01-01',
      value: 60,
      reference: IMDI_CIRCULAR_01_13,
      basis: 'assumption',
      note: {
        nb: 'Kildene sier «over 60 år ved bosetting» (2009, 2013) og «fylt 60 år» (2024, sekundærkilde). Biblioteket regner alder 60 eller mer på bosettingsdatoen. Sjekk med IMDi om en person som fyller 60 senere i bosettingsåret utløser tilskuddet.',
        en: 'The sources say "over 60 at settlement" (2009, 2013) and "has turned 60" (2024, secondary). The library counts age 60 or more on the settlement date. Check with IMDi whether a person turning 60 later in the settlement year triggers the grant.',
      },
    },
  ],
});
