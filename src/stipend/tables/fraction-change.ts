/**
 * When a change of fraction takes effect: at the 25th birthday, and on moving into or out of a parent's
 * home (Integration Act § 20). A month that begins with the new situation — the birthday or the move on its
 * first day — is in the new situation on every day and has the new fraction whatever this parameter says
 * (someone who is 25 on every day of a month is not "under 25" in it). This parameter decides only a month
 * that holds both situations (the birthday or the move on the 2nd or later): the Acts do not say which one
 * pays that month. The library assumes the situation on the first day of the month does (`monthAfter`:
 * the new fraction from the month after), as the G of the month is also the G in force on its first day;
 * the stipend is paid for whole months in arrears, and this reading never splits a month. A caller can
 * override it with its own parameter value or per call.
 * @module
 */
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';

/**
 * For a month in which the birthday or the move falls on the 2nd or later: `monthAfter`, the situation on
 * the month's first day pays the month (the new fraction from the month after); `sameMonth`, the new
 * situation pays it (the new fraction from the event's own month). An event on the 1st takes effect in its
 * own month under both.
 */
export type FractionChangeTiming = 'monthAfter' | 'sameMonth';

/** When each kind of change takes effect. */
export interface StipendFractionChange {
  /** The switch to the full rate at the 25th birthday. */
  readonly ageSwitch: FractionChangeTiming;
  /** Moving into or out of a parent's home. */
  readonly household: FractionChangeTiming;
}

/**
 * The effective month of a change of fraction on the 2nd or later of a month (assumption: the month
 * after); a change on the 1st takes effect that month.
 *
 * @example
 * ```ts
 * import { stipendFractionChange, valueOn } from 'integreringsregler';
 * valueOn(stipendFractionChange, '2024-05-01').value.ageSwitch; // 'monthAfter'
 * ```
 */
export const stipendFractionChange = /* @__PURE__ */ defineParameter<StipendFractionChange>({
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
        nb: 'Loven sier ikke hvilken brøk som gjelder for en måned der deltakeren fyller 25 år, eller flytter til eller fra foreldre, den 2. eller senere (måneden har da begge situasjoner). Standard: situasjonen den 1. i måneden gjelder hele måneden, så ny brøk gjelder fra måneden etter. Fødselsdag eller flytting den 1. gir ny brøk samme måned, fordi deltakeren da er i ny situasjon alle dager. Kontroller kommunens praksis; overstyr med `fractionChangeTiming` eller egen parameter.',
        en: 'The Act does not say which fraction pays a month in which the participant turns 25, or moves into or out of a parent’s home, on the 2nd or later (the month then holds both situations). Default: the situation on the 1st pays the whole month, so the new fraction applies from the month after. A birthday or a move on the 1st gives the new fraction that same month, as the participant is then in the new situation on every day. Check your municipality’s practice; override with `fractionChangeTiming` or your own parameter.',
      },
    },
  ],
});
