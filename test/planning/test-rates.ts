/**
 * The planning tests' own grant rates (test figures, not IMDi's), for budget years the library does not ship:
 * integration grant year 1 single adult 250 000, other adult 200 000, child 200 000, unaccompanied minor
 * 200 000; year 2 240 000; year 3 180 000; year 4 90 000; year 5 75 000; kindergarten grant 30 000; special
 * grant for unaccompanied minors 1 150 000 (to the year they turn 16) and 720 000 (17–20). Labelled
 * `assumption`, with the test file named as the source.
 */
import {
  Decimal,
  budgetYearValue,
  defaultParameters,
  integrationGrantTable,
  withParameters,
  withValues,
  type ParameterSet,
} from '../../src/index.js';

export function testRateParameters(years: readonly number[], testFile: string): ParameterSet {
  const source = { kind: 'other' as const, title: { nb: 'testsatser', en: 'test rates' }, section: testFile };
  const note = { nb: 'Testsatser, ikke IMDis.', en: 'Test rates, not IMDi’s.' };
  const each = <T>(value: T) => years.map((y) => budgetYearValue(y, value, source, 'assumption', note));
  return withParameters({
    grants: {
      integrationGrantRates: withValues(
        defaultParameters.grants.integrationGrantRates,
        each(integrationGrantTable(250_000, 200_000, 200_000, 200_000, 240_000, 180_000, 90_000, 75_000)),
      ),
      kindergartenGrantRate: withValues(defaultParameters.grants.kindergartenGrantRate, each(new Decimal(30_000))),
      unaccompaniedMinorGrantRates: withValues(
        defaultParameters.grants.unaccompaniedMinorGrantRates,
        each({ toYearTurning16: new Decimal(1_150_000), fromYearTurning17: new Decimal(720_000) }),
      ),
    },
  });
}
