/**
 * The follow-up cadence: how often a programme adviser holds a follow-up talk with a participant, as
 * phases counted from the programme start. The default is the Grong organisation plan's target for
 * "optimal follow-up": weekly in the first month, every 14 days for the next 2–3 months, then monthly.
 * The plan says "2–3 months"; the library takes **3** (the upper bound), so a staffing estimate built on
 * the cadence does not under-plan advisers. A municipality aiming at 2 overrides the parameter.
 * @module
 */
import { GRONG_PLAN } from '../../sources/caseload-sources.js';
import { defineParameter } from '../../core/parameters.js';

/** One phase of a cadence: its length and the time from one talk to the next. */
export interface FollowUpPhase {
  /** Length in months; left out in the last phase only, which runs to the programme end. */
  readonly months?: number | undefined;
  /** Days from one talk to the next (give this or `intervalMonths`). */
  readonly intervalDays?: number | undefined;
  /** Calendar months from one talk to the next (give this or `intervalDays`). */
  readonly intervalMonths?: number | undefined;
}

/** A cadence: its phases in order; every phase but the last has a length in months. */
export type FollowUpCadence = readonly FollowUpPhase[];

/** The Grong target with a 3-month biweekly phase. */
export const GRONG_CADENCE: FollowUpCadence = /* @__PURE__ */ Object.freeze([
  Object.freeze({ months: 1, intervalDays: 7 }),
  Object.freeze({ months: 3, intervalDays: 14 }),
  Object.freeze({ intervalMonths: 1 }),
]);

/**
 * The default follow-up cadence, from 2017 (the year of the plan that states it).
 *
 * @example
 * ```ts
 * import { followUpCadence, valueOn } from 'integreringsregler';
 * valueOn(followUpCadence, '2024-01-08').value[1]; // { months: 3, intervalDays: 14 }
 * ```
 */
export const followUpCadence = /* @__PURE__ */ defineParameter<FollowUpCadence>({
  id: 'followUpCadence',
  name: { nb: 'Oppfølgingshyppighet for programrådgiver', en: 'Programme adviser follow-up cadence' },
  unit: 'rule',
  values: [
    {
      from: '2017-01-01',
      value: GRONG_CADENCE,
      reference: GRONG_PLAN,
      basis: 'practice',
      note: {
        nb: 'Én kommunes mål for «optimal oppfølging»: ukentlig første måned, hver 14. dag de neste 2–3 månedene (biblioteket bruker 3), deretter månedlig. Kommunen bør legge inn sin egen oppfølgingsplan.',
        en: 'One municipality\'s target for "optimal follow-up": weekly in the first month, every 14 days for the next 2–3 months (the library uses 3), then monthly. A municipality should enter its own follow-up plan.',
      },
    },
  ],
});
