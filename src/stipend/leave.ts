/**
 * Leave without stipend (care leave after a birth or adoption, long-term illness, leave to take work):
 * no stipend for the days of leave — days × the daily rate (month / 30). Integreringsforskriften §§ 11–16
 * and the old regulation; leave with stipend (antenatal check-ups, pregnancy, birth, welfare leave) is not
 * a deduction and belongs under excused absence.
 * @module
 */
import { usedValue } from '../core/explanation.js';
import { references, weakestBasis } from '../core/legal-reference.js';
import type { Rational } from '../core/rational.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import { showDivisors } from '../parameters/stipend-divisors.js';
import { leadMessage, type PendingDeduction } from './deduction-line.js';
import { rateBasis } from './rate-basis.js';
import type { MonthRates } from './rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showCount, showRate } from './show.js';

const LEAVE = leadMessage('Permisjon uten stønad', 'Leave without stipend');

/** The deduction for days of leave without stipend. @internal */
export function leaveDeduction(days: Rational | undefined, r: MonthRates, regime: StipendRegime, parameters: ParameterSet, explain: boolean): PendingDeduction[] {
  if (days === undefined || days.isZero()) return [];
  return [
    {
      kind: 'leaveWithoutStipend',
      exact: days.mul(r.day),
      info: explain
        ? {
            rule: 'stipend.leave-without-stipend',
            message: LEAVE,
            params: { detail: { nb: `${showCount(days, 'nb')} dager × dagsats ${showRate(r.day, 'nb')}`, en: `${showCount(days, 'en')} days × daily rate ${showRate(r.day, 'en')}` } },
            reference: regime === 'integreringsloven' ? references.integrationRegulation('§§ 11–16') : references.introductionAct('§ 10'),
            basis: weakestBasis('official', rateBasis(r)),
            used: [usedValue(regimeParameters(parameters, regime).divisors, r.divisors, showDivisors)],
          }
        : undefined,
    },
  ];
}
