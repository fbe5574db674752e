/**
 * A person's grant schedule (personGrantSchedule): the budget years it spans and the default person id.
 * A schedule runs from the settlement year through year 5 (settlement year + 4), for an unaccompanied
 * minor through the year they turn 20, and through any year with a disability claim. Years other than
 * 2017 use the test table of `what-if.ts`.
 */
import { describe, expect, it } from 'vitest';
import { budgetYearValue, Decimal, defaultParameters, personGrantSchedule, withParameters, withValues } from '../index.js';
import { hypotheticalParameters } from '../../test/grants/what-if.js';

describe('the budget years a schedule spans', () => {
  const years = (person: object, budgetYears?: { from?: number; to?: number }, parameters = hypotheticalParameters()) =>
    personGrantSchedule(
      {
        person: { birthDate: '1980-06-01', settlementDate: '2017-03-01', ...person },
        ...(budgetYears === undefined ? {} : { budgetYears }),
      },
      { parameters },
    ).value.budgetYears;
  it('an adult settled in 2017: 2017 to 2021 (2017 + 5 − 1), five years', () => {
    expect(years({})).toEqual([2017, 2018, 2019, 2020, 2021]);
  });
  it('a child who is not an unaccompanied minor: also 2017 to 2021, not to the year they turn 20', () => {
    expect(years({ birthDate: '2010-06-01' })).toEqual([2017, 2018, 2019, 2020, 2021]);
  });
  it('an unaccompanied minor born 2005: to 2025, the year they turn 20 (2005 + 20)', () => {
    expect(years({ birthDate: '2005-06-01', unaccompaniedMinor: true })).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
  it('a disability claim for year 3 does not shorten the schedule; its 300 000 (500 000 − 200 000) is one of the lines', () => {
    const own = { kind: 'municipal' as const, title: { nb: 'Egen', en: 'Own' } };
    const parameters = withParameters(
      {
        grants: {
          disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [
            budgetYearValue(2019, new Decimal(200_000), own, 'assumption'),
          ]),
        },
      },
      hypotheticalParameters(),
    );
    const s = personGrantSchedule(
      {
        person: {
          birthDate: '1980-06-01',
          settlementDate: '2017-03-01',
          disabilityClaims: [{ kind: 'documentedCosts', budgetYear: 2019, documentedCosts: '500000' }],
        },
      },
      { parameters },
    ).value;
    expect(s.budgetYears).toEqual([2017, 2018, 2019, 2020, 2021]);
    // 185 000 + 230 000 + 167 000 + 84 000 + 70 500 = 736 500; + 300 000 (2019, under the 2019 maximum 1 320 000) = 1 036 500
    expect(s.total.toString()).toBe('1036500');
  });
  it('a window open at the end ("from 2019") keeps 2019 to the end of the schedule', () => {
    expect(years({}, { from: 2019 })).toEqual([2019, 2020, 2021]);
  });
  it('a person without an id is "person 1" on the schedule and its lines', () => {
    const s = personGrantSchedule({ person: { birthDate: '1980-06-01', settlementDate: '2017-03-01' }, budgetYears: { to: 2017 } }).value;
    expect([s.personId, ...s.lines.map((l) => l.personId)]).toEqual(['person 1', 'person 1']);
  });
});
