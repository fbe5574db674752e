/**
 * The divisors that turn the yearly stipend into a month, a day and an hour: month = 1/12 of the yearly
 * amount, day = 1/30 of the month, hour = 1/1850 of the yearly amount.
 *
 * Introduction Act § 9 (Prop. 89 L (2019–2020) ch. 9.1; the ministry's letter to KS of 16 December 2004,
 * ref. 02/5060-74, says no other basis, such as counted working days, may be used): official.
 * Integration Act §§ 20–21: the statute text was not read; published figures for 2023 (month 19 770,
 * day 659, hour 128 for G 118 620) are exactly 1/12, 1/30 and 1/1850, so the same divisors are kept as
 * practice. Each regime has its own dated table, so a confirmed change is a data change.
 * @module
 */
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';

/** The month, day and hour divisors. */
export interface StipendDivisors {
  /** Months in the yearly amount (12). */
  readonly month: number;
  /** Days in the month amount (30). */
  readonly day: number;
  /** Hours in the yearly amount (1850). */
  readonly hour: number;
}

const DIVISORS: StipendDivisors = /* @__PURE__ */ Object.freeze({ month: 12, day: 30, hour: 1850 });

/** Shows divisors as text for explanations. @internal */
export function showDivisors(d: StipendDivisors): string {
  return `1/${d.month}, 1/${d.day}, 1/${d.hour}`;
}

/**
 * Divisors under the Introduction Act (§ 9), from 1 September 2004.
 *
 * @example
 * ```ts
 * import { stipendDivisorsIntroductionAct, valueOn } from 'integreringsregler';
 * valueOn(stipendDivisorsIntroductionAct, '2020-01-01').value.hour; // 1850
 * ```
 */
export const stipendDivisorsIntroductionAct = /* @__PURE__ */ defineParameter<StipendDivisors>({
  id: 'stipendDivisorsIntroductionAct',
  name: { nb: 'Delingstall for måned, dag og time (introduksjonsloven)', en: 'Month, day and hour divisors (Introduction Act)' },
  unit: 'rule',
  values: [
    {
      from: '2004-09-01',
      value: DIVISORS,
      reference: {
        ...references.introductionAct('§ 9'),
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-89-l-20192020/id2699012/?ch=9',
      },
      basis: 'official',
    },
  ],
});

/**
 * Divisors under the Integration Act (§§ 20–21), from 1 January 2021: the same as the old Act, as applied
 * in practice (the statute text was not read).
 *
 * @example
 * ```ts
 * import { stipendDivisorsIntegrationAct, valueOn } from 'integreringsregler';
 * valueOn(stipendDivisorsIntegrationAct, '2024-05-01').value.day; // 30
 * ```
 */
export const stipendDivisorsIntegrationAct = /* @__PURE__ */ defineParameter<StipendDivisors>({
  id: 'stipendDivisorsIntegrationAct',
  name: { nb: 'Delingstall for måned, dag og time (integreringsloven)', en: 'Month, day and hour divisors (Integration Act)' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: DIVISORS,
      reference: references.integrationAct('§§ 20–21'),
      basis: 'practice',
      note: {
        nb: 'Samme delingstall som introduksjonsloven § 9; bekreftet av publiserte satser for 2023 (19 770 / 659 / 128 kr), ikke av lovteksten. Kontroller mot integreringsloven §§ 20–21.',
        en: 'The same divisors as the Introduction Act § 9; confirmed by published 2023 rates (NOK 19,770 / 659 / 128), not by the statute text. Check against the Integration Act §§ 20–21.',
      },
    },
  ],
});
