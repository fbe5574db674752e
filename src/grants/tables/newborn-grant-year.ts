/**
 * Which calendar year is year 1 of the grants for a child born within six months after the mother's
 * settlement. IMDi counts such a child in the grant scheme (children born up to 6 months after the mother
 * was settled in a municipality are in the target group of the integration grant from 2011: the 2011
 * budget, and IMDi's page on the integration grant), but no source read says which year is the child's
 * year 1 when the child is born in the calendar year after the mother's settlement. Two readings:
 * - `birthYear` (the default): year 1 is the budget year of the birth, years 2–5 the four following. The
 *   child is registered in the municipality from the birth, as a family member who arrives later counts
 *   from the year they arrive, and no grant is booked for a budget year in which the child did not exist.
 * - `mothersSettlementYear`: the child's year count follows the mother's (year 1 is her settlement year),
 *   but year 1 cannot be booked before the birth: the year-1 amounts (at the rates of the mother's
 *   settlement year) are booked in the birth year, together with year 2.
 * Either way no grant line falls in a budget year before the child is born. Looked up on the birth date.
 * @module
 */
import { defineParameter } from '../../core/parameters.js';
import { IMDI_INTEGRATION_GRANT } from '../../sources/grant-sources.js';

/** The readings of year 1 for a child born after the mother's settlement. */
export const NEWBORN_YEAR_ONE_READINGS = ['birthYear', 'mothersSettlementYear'] as const;

/** One reading of year 1 for a child born after the mother's settlement. */
export type NewbornYearOne = (typeof NEWBORN_YEAR_ONE_READINGS)[number];

/**
 * Year 1 of the grants for a child born within six months after the mother's settlement, by birth date.
 *
 * @example
 * ```ts
 * import { newbornGrantYearOne, valueOn } from 'integreringsregler';
 * valueOn(newbornGrantYearOne, '2026-02-14').value; // 'birthYear'
 * valueOn(newbornGrantYearOne, '2026-02-14').basis; // 'assumption'
 * ```
 */
export const newbornGrantYearOne = /* @__PURE__ */ defineParameter<NewbornYearOne>({
  id: 'newbornGrantYearOne',
  name: {
    nb: 'Barn født etter mors bosetting: år 1 for tilskuddene',
    en: "Child born after the mother's settlement: year 1 of the grants",
  },
  unit: 'rule',
  values: [
    {
      from: '2011-01-01',
      value: 'birthYear',
      reference: IMDI_INTEGRATION_GRANT,
      basis: 'assumption',
      note: {
        nb: 'Barn født inntil seks måneder etter at mor er bosatt, utløser tilskudd (fra 2011), men ingen kilde sier hvilket år som er barnets år 1 når barnet er født året etter mors bosetting. Biblioteket regner fødselsåret som år 1 og fører ikke tilskudd i et budsjettår før barnet er født. Kontroller i IMDis rundskriv eller med IMDi hvilket år barnet registreres med i tilskuddsløsningen.',
        en: "Children born up to six months after the mother's settlement trigger the grants (from 2011), but no source says which year is the child's year 1 when the child is born the year after the mother's settlement. The library takes the birth year as year 1 and books no grant in a budget year before the child is born. Check in IMDi's circular, or with IMDi, which year the child is registered with in the grant system.",
      },
    },
  ],
});
