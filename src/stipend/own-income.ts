/**
 * Own income (Integration Act § 23; Introduction Act practice): wages for paid work **inside** the
 * programme (including apprentice wages) reduce the stipend in proportion to the time the work takes —
 * hours × the hourly rate (yearly / 1850). Wages from work outside the programme do not reduce it.
 * @module
 */
import { usedValue } from '../core/explanation.js';
import { weakestBasis } from '../core/legal-reference.js';
import type { Rational } from '../core/rational.js';
import type { StipendSlices } from './options.js';
import { showDivisors } from './tables/divisors.js';
import { leadMessage, type PendingDeduction } from './deduction-line.js';
import { rateBasis } from './rate-basis.js';
import type { MonthRates } from './stipend-rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showCount, showRate } from './show.js';

const WORK = /* @__PURE__ */ leadMessage('Lønnet arbeid i programmet', 'Paid work inside the programme');

/** The deduction for hours of paid work inside the programme. @internal */
export function ownIncomeDeduction(
  hours: Rational | undefined,
  r: MonthRates,
  regime: StipendRegime,
  parameters: StipendSlices,
  explain: boolean,
): PendingDeduction[] {
  if (hours === undefined || hours.isZero()) return [];
  const rp = explain ? regimeParameters(parameters, regime) : undefined;
  return [
    {
      kind: 'paidWorkInProgramme',
      exact: hours.mul(r.hour),
      info: rp && {
        rule: 'stipend.own-income',
        message: WORK,
        params: {
          detail: {
            nb: `${showCount(hours, 'nb')} timer × timesats ${showRate(r.hour, 'nb')}`,
            en: `${showCount(hours, 'en')} hours × hourly rate ${showRate(r.hour, 'en')}`,
          },
        },
        reference: rp.act(rp.sections.ownIncome),
        // The rule: official under the Integration Act (§ 23), practice under the old Act; the hourly rate may be less certain.
        basis: weakestBasis(regime === 'integreringsloven' ? 'official' : 'practice', rateBasis(r)),
        used: [usedValue(rp.divisors, r.divisors, showDivisors)],
      },
    },
  ];
}
