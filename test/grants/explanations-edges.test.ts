/**
 * The words a case worker sees for the year number and the one-off grants, the default person id, and the
 * budget years a schedule spans (mutation gaps of year-number.ts, elderly-grant.ts, kindergarten-grant.ts,
 * one-off-grant.ts, grant-rule.ts, schedule.ts and budget-year.ts).
 *
 * 2017 rates (IMDi): elderly grant 164 200 (age 60 or more on the settlement date, the library's reading),
 * kindergarten grant 25 100 (age 0–5 on the settlement date). A schedule runs from the settlement year
 * through year 5 (settlement year + 4), for an unaccompanied minor through the year they turn 20, and
 * through any year with a disability claim. Years other than 2017 use the test table of `what-if.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  budgetYearValue,
  defaultParameters,
  elderlyGrant,
  explanationToJSON,
  grantYearNumber,
  kindergartenGrant,
  personGrantSchedule,
  renderExplanation,
  withParameters,
  withValues,
} from '../../src/index.js';
import { hypotheticalParameters } from './what-if.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('the year number, explained', () => {
  it('settled 30 November 2015, budget year 2017: year 3 (2017 − 2015 + 1) of 1–5', () => {
    const r = grantYearNumber({ settlementDate: '2015-11-30', budgetYear: 2017 });
    expect(r.value).toEqual({ yearNumber: 3, lastYearNumber: 5, payable: true });
    expect(textOf(r.explanation)).toEqual([
      ['grants.year-number', 'Budsjettåret 2017 er år 3 (2017 − 2015 + 1); tilskuddet gis for år 1–5', 'Budget year 2017 is year 3 (2017 − 2015 + 1); the grant is paid for years 1–5'],
    ]);
    const [s] = explanationToJSON(r.explanation).steps;
    expect(s?.basis).toBe('official');
    expect(s?.params).toEqual({ budgetYear: 2017, settlementYear: 2015, yearNumber: 3, lastYearNumber: 5 });
    expect(renderExplanation(r.explanation, 'nb')).toContain('1. Budsjettåret 2017 er år 3 (2017 − 2015 + 1); tilskuddet gis for år 1–5');
    expect(renderExplanation(r.explanation, 'en')).toContain('1. Budget year 2017 is year 3 (2017 − 2015 + 1); the grant is paid for years 1–5');
  });
  it('three-year rule, settled March 2014: 2017 is year 4 (2017 − 2014 + 1), after the last year 3', () => {
    const r = grantYearNumber({ settlementDate: '2014-03-01', budgetYear: 2017, threeYearRule: true });
    expect(textOf(r.explanation)).toEqual([
      ['grants.year-number', 'Budsjettåret 2017 er år 4 (2017 − 2014 + 1); tilskuddet gis for år 1–3', 'Budget year 2017 is year 4 (2017 − 2014 + 1); the grant is paid for years 1–3'],
    ]);
  });
  it('without explanation: the same figures and no steps', () => {
    const r = grantYearNumber({ settlementDate: '2015-11-30', budgetYear: 2017 }, { explain: false });
    expect(r.value).toEqual({ yearNumber: 3, lastYearNumber: 5, payable: true });
    expect(r.explanation.steps).toEqual([]);
  });
});

describe('the elderly grant, explained', () => {
  it('exactly 60 on 1 March 2017: 164 200, with the age limit and the rate used', () => {
    const r = elderlyGrant({ person: { id: 'E', birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines[0]).toMatchObject({ grant: 'elderly', detail: 'age 60 at settlement', yearNumber: 1, rate: { parameter: 'elderlyGrantRate', from: '2017-01-01' } });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.elderly',
        'E: eldretilskudd (engangs, med år 1 i 2017): 60 år ved bosetting 2017-03-01, minst 60',
        'E: elderly grant (one-off, with year 1 in 2017): aged 60 at settlement on 2017-03-01, at least 60',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['elderlyGrantMinimumAge', '60'],
      ['elderlyGrantRate', '164200'],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('1. E: eldretilskudd (engangs, med år 1 i 2017): 60 år ved bosetting 2017-03-01, minst 60');
  });
  it('a day short of 60 (59 on the settlement date): nothing, and why, in both languages', () => {
    const r = elderlyGrant({ person: { id: 'E', birthDate: '1957-03-02', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines).toEqual([]);
    expect(textOf(r.explanation)).toEqual([['grants.elderly', 'E: intet eldretilskudd: 59 år ved bosetting 2017-03-01, under 60', 'E: no elderly grant: aged 59 at settlement on 2017-03-01, under 60']]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([['elderlyGrantMinimumAge', '60']]);
    expect(renderExplanation(r.explanation, 'en')).toContain('1. E: no elderly grant: aged 59 at settlement on 2017-03-01, under 60');
  });
  it('a person without an id is "person 1" in the explanation', () => {
    const r = elderlyGrant({ person: { birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines[0]?.personId).toBe('person 1');
    expect(renderExplanation(r.explanation, 'en')).toContain('1. person 1: elderly grant (one-off, with year 1 in 2017)');
  });
});

describe('the kindergarten grant, explained', () => {
  it('aged 5 on 31 August 2017: 25 100, in the 0–5 band', () => {
    const r = kindergartenGrant({ person: { id: 'K', birthDate: '2011-09-01', settlementDate: '2017-08-31' }, budgetYear: 2017 });
    expect(r.value.amount.toString()).toBe('25100');
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.kindergarten',
        'K: barnehagetilskudd (engangs, med år 1 i 2017): 5 år ved bosetting 2017-08-31, i aldersgruppen 0–5',
        'K: kindergarten grant (one-off, with year 1 in 2017): aged 5 at settlement on 2017-08-31, in the 0–5 band',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['kindergartenGrantMaximumAge', '5'],
      ['kindergartenGrantRate', '25100'],
    ]);
  });
  it('turned 6 on 1 September 2017: nothing, and why, in both languages', () => {
    const r = kindergartenGrant({ person: { id: 'K', birthDate: '2011-09-01', settlementDate: '2017-09-01' }, budgetYear: 2017 });
    expect(textOf(r.explanation)).toEqual([['grants.kindergarten', 'K: intet barnehagetilskudd: 6 år ved bosetting 2017-09-01, over 5', 'K: no kindergarten grant: aged 6 at settlement on 2017-09-01, above 5']]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('1. K: intet barnehagetilskudd: 6 år ved bosetting 2017-09-01, over 5');
  });
});

describe('the budget years a schedule spans', () => {
  const years = (person: object, budgetYears?: { from?: number; to?: number }, parameters = hypotheticalParameters()) =>
    personGrantSchedule({ person: { birthDate: '1980-06-01', settlementDate: '2017-03-01', ...person }, ...(budgetYears === undefined ? {} : { budgetYears }) }, { parameters }).value.budgetYears;
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
      { grants: { disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [budgetYearValue(2019, new Decimal(200_000), own, 'assumption')]) } },
      hypotheticalParameters(),
    );
    const s = personGrantSchedule({ person: { birthDate: '1980-06-01', settlementDate: '2017-03-01', disabilityClaims: [{ kind: 'documentedCosts', budgetYear: 2019, documentedCosts: '500000' }] } }, { parameters }).value;
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
