/**
 * A hypothetical parameter set for tests that need budget years the library does not ship: every year
 * 2010–2045 gets the 2017 integration, elderly and kindergarten figures and the 2023 proposal's
 * unaccompanied-minor figures, labelled `assumption`. Never a shipped value.
 */
import {
  Decimal,
  budgetYearValue,
  defaultParameters,
  integrationGrantTable,
  withParameters,
  withValues,
  type LegalReference,
  type ParameterSet,
} from '../../src/index.js';

const WHAT_IF: LegalReference = { kind: 'other', title: { nb: 'Test: tenkt tabell', en: 'Test: hypothetical table' } };
const NOTE = { nb: 'Tenkt sats for test', en: 'Hypothetical rate for a test' };

export const YEARS = Array.from({ length: 36 }, (_, i) => 2010 + i);

export function hypotheticalParameters(years: readonly number[] = YEARS): ParameterSet {
  const shipped = (p: { values: readonly { from: string }[] }) => new Set(p.values.map((v) => Number(v.from.slice(0, 4))));
  const add = <T>(p: Parameters<typeof withValues<T>>[0], value: T) =>
    withValues(
      p,
      years.filter((y) => !shipped(p).has(y)).map((y) => budgetYearValue(y, value, WHAT_IF, 'assumption', NOTE)),
    );
  return withParameters({
    grants: {
      integrationGrantRates: add(
        defaultParameters.grants.integrationGrantRates,
        integrationGrantTable(235_000, 185_000, 185_000, 185_000, 230_000, 167_000, 84_000, 70_500),
      ),
      elderlyGrantRate: add(defaultParameters.grants.elderlyGrantRate, new Decimal(164_200)),
      kindergartenGrantRate: add(defaultParameters.grants.kindergartenGrantRate, new Decimal(25_100)),
      unaccompaniedMinorGrantRates: add(defaultParameters.grants.unaccompaniedMinorGrantRates, {
        toYearTurning16: new Decimal(1_118_000),
        fromYearTurning17: new Decimal(705_000),
      }),
    },
  });
}
