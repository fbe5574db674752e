/**
 * When a change of fraction takes effect: at the 25th birthday, and on moving into or out of a parent's
 * home (Integration Act § 20). The Acts do not say which month the new fraction applies from; the library
 * assumes the new fraction from the month after the month of the birthday or the move (the stipend is
 * paid for whole months in arrears, and this reading never splits a month). A caller can override it with
 * its own parameter value or per call.
 * @module
 */
import { references } from '../core/legal-reference.js';
import { defineParameter } from '../core/parameters.js';

/** `monthAfter`: the new fraction from the month after the event's month; `sameMonth`: from the event's month. */
export type FractionChangeTiming = 'monthAfter' | 'sameMonth';

/** When each kind of change takes effect. */
export interface StipendFractionChange {
  /** The switch to the full rate at the 25th birthday. */
  readonly ageSwitch: FractionChangeTiming;
  /** Moving into or out of a parent's home. */
  readonly household: FractionChangeTiming;
}

/**
 * The effective month of a change of fraction (assumption: the month after).
 *
 * @example
 * ```ts
 * import { stipendFractionChange, valueOn } from 'integreringsregler';
 * valueOn(stipendFractionChange, '2024-05-01').value.ageSwitch; // 'monthAfter'
 * ```
 */
export const stipendFractionChange = defineParameter<StipendFractionChange>({
  id: 'stipendFractionChange',
  name: { nb: 'Virkningsmåned for endret brøk (alder 25, bosted)', en: 'Effective month of a changed fraction (age 25, household)' },
  unit: 'rule',
  values: [
    {
      from: '2004-09-01',
      value: { ageSwitch: 'monthAfter', household: 'monthAfter' },
      reference: references.integrationAct('§ 20'),
      basis: 'assumption',
      note: {
        nb: 'Loven sier ikke fra hvilken måned ny brøk gjelder. Standard: fra måneden etter fødselsdagen/flyttingen. Kontroller kommunens praksis; overstyr med `fractionChangeTiming` eller egen parameter.',
        en: 'The Act does not say from which month a new fraction applies. Default: from the month after the birthday or the move. Check your municipality’s practice; override with `fractionChangeTiming` or your own parameter.',
      },
    },
  ],
});
