/**
 * The integration grant (integrationGrant): the year a person turns 18, the explanation of a paid year and
 * of a year not paid, a budget year with no table, a caller's own table, and input errors. Figures are
 * IMDi's 2017 rates (year 1 single adult 235 000, year 3 167 000) or a caller's table, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetYearValue,
  defaultParameters,
  explanationToJSON,
  integrationGrant,
  integrationGrantTable,
  NoParameterValueError,
  personGrantSchedule,
  renderExplanation,
  withParameters,
  withValues,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('adult from the calendar year they turn 18', () => {
  it('17 on the settlement date but turning 18 in 2017: adult, so single-adult rate 235 000 allowed', () => {
    const person = { birthDate: '1999-11-30', settlementDate: '2017-03-01', singleAdult: true };
    const v = integrationGrant({ person, budgetYear: 2017 }).value;
    expect(v.amount.toString()).toBe('235000');
    expect(v.lines[0]?.detail).toBe('year 1, singleAdult');
  });
  it('turning 17 in 2017 counts as a child (185 000), and cannot be a single adult', () => {
    const v = integrationGrant({ person: { birthDate: '2000-01-01', settlementDate: '2017-12-31' }, budgetYear: 2017 }).value;
    expect(v.lines[0]?.detail).toBe('year 1, child');
    const e = inputErrorOf(() =>
      integrationGrant({ person: { birthDate: '2000-01-01', settlementDate: '2017-12-31', singleAdult: true }, budgetYear: 2017 }),
    );
    expect(e.issues[0]?.path).toEqual(['person', 'singleAdult']);
  });
});

describe('integration grant: the explanation of a paid year', () => {
  it('year 1 names the category: single adult settled June 2017, 2017 = year 1 (2017 − 2017 + 1), 235 000', () => {
    const r = integrationGrant({
      person: { id: 'A', birthDate: '1990-01-01', settlementDate: '2017-06-15', singleAdult: true },
      budgetYear: 2017,
    });
    expect(r.value.amount.toString()).toBe('235000');
    expect(r.value.lines[0]).toMatchObject({ detail: 'year 1, singleAdult', rule: 'grants.integration', basis: 'official' });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.integration',
        'A: integreringstilskudd for år 1 (2017 − 2017 + 1), sats for enslig voksen, etter satsene for 2017',
        'A: integration grant for year 1 (2017 − 2017 + 1), single adult rate, at the 2017 rates',
      ],
    ]);
  });
  it('later years have one rate for all and name no category: settled 2015, 2017 = year 3 (2017 − 2015 + 1), 167 000', () => {
    const r = integrationGrant({ person: { id: 'B', birthDate: '1980-05-05', settlementDate: '2015-02-01' }, budgetYear: 2017 });
    expect(r.value.amount.toString()).toBe('167000');
    expect(r.value.lines[0]?.detail).toBe('year 3');
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.integration',
        'B: integreringstilskudd for år 3 (2017 − 2015 + 1), etter satsene for 2017',
        'B: integration grant for year 3 (2017 − 2015 + 1), at the 2017 rates',
      ],
    ]);
  });
  it('no steps when no explanation is asked for', () => {
    expect(
      integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2015-02-01' }, budgetYear: 2017 }, { explain: false })
        .explanation.steps,
    ).toEqual([]);
    expect(
      integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2010-02-01' }, budgetYear: 2017 }, { explain: false })
        .explanation.steps,
    ).toEqual([]);
  });
  it('a line is never stronger than the rule (official), even from a table marked statute', () => {
    const ref = { kind: 'other' as const, title: { nb: 'Test', en: 'Test' } };
    const parameters = withParameters({
      grants: {
        integrationGrantRates: withValues(defaultParameters.grants.integrationGrantRates, [
          budgetYearValue(2018, integrationGrantTable(1, 1, 1, 1, 2, 3, 4, 5), ref, 'statute'),
        ]),
      },
    });
    const line = integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2017-02-01' }, budgetYear: 2018 }, { parameters })
      .value.lines[0];
    expect(line?.amount.toString()).toBe('2'); // year 2 of the caller's table
    expect(line?.basis).toBe('official');
  });
});

describe('integration grant: the explanation of a year not paid', () => {
  const notPaid = (person: object, budgetYear: number) => {
    const r = integrationGrant({
      person: { id: 'C', birthDate: '1980-05-05', ...person } as Parameters<typeof integrationGrant>[0]['person'],
      budgetYear,
    });
    expect(r.value.lines).toEqual([]);
    expect(r.value.amount.toString()).toBe('0');
    expect(explanationToJSON(r.explanation).steps.map((x) => x.basis)).toEqual(['official']);
    return textOf(r.explanation);
  };
  it('before the settlement year (2017 − 2018 + 1 = 0)', () => {
    expect(notPaid({ settlementDate: '2018-01-10' }, 2017)).toEqual([
      [
        'grants.integration',
        'C: intet integreringstilskudd i 2017, før bosettingsåret 2018',
        'C: no integration grant in 2017, before the settlement year 2018',
      ],
    ]);
  });
  it('after year 5 (2017 − 2012 + 1 = 6)', () => {
    expect(notPaid({ settlementDate: '2012-03-01' }, 2017)).toEqual([
      [
        'grants.integration',
        'C: intet integreringstilskudd i 2017: år 6 er etter siste år (5)',
        'C: no integration grant in 2017: year 6 is after the last year (5)',
      ],
    ]);
  });
  it('after year 3 under the three-year rule (2017 − 2014 + 1 = 4), which is named', () => {
    expect(notPaid({ settlementDate: '2014-03-01', familyReunificationWith: 'humanitarianPermitHolder' }, 2017)).toEqual([
      [
        'grants.integration',
        'C: intet integreringstilskudd i 2017: år 4 er etter siste år (3, treårsregelen ved familieinnvandring med person med opphold på humanitært grunnlag)',
        'C: no integration grant in 2017: year 4 is after the last year (3, the three-year rule for family reunification with a humanitarian-permit holder)',
      ],
    ]);
  });
});

describe('a budget year with no table', () => {
  it('stops with NoParameterValueError naming the year and the table, in both languages', () => {
    let caught: unknown;
    try {
      integrationGrant({ person: { birthDate: '1980-01-01', settlementDate: '2024-02-01' }, budgetYear: 2024 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NoParameterValueError);
    const err = caught as NoParameterValueError;
    expect(err.parameter).toBe('integrationGrantRates');
    expect(err.localized.en).toContain('No rate for budget year 2024');
    expect(err.localized.nb).toContain('Ingen sats for budsjettåret 2024');
  });
  it('a narrower window of budget years avoids the missing years', () => {
    const s = personGrantSchedule({
      person: { birthDate: '1980-01-01', settlementDate: '2016-02-01' },
      budgetYears: { from: 2017, to: 2017 },
    });
    expect(s.value.total.toString()).toBe('230000'); // year 2 at the 2017 rate
  });
});

describe('a caller’s own table ("what if")', () => {
  it('a 2018 table entered by the caller gives year 2 in 2018', () => {
    const myTable = integrationGrantTable(250_000, 200_000, 190_000, 200_000, 240_000, 170_000, 90_000, 75_000);
    const ref = { kind: 'municipal' as const, title: { nb: 'Egen prognose', en: 'Own forecast' } };
    const parameters = withParameters({
      grants: {
        integrationGrantRates: withValues(defaultParameters.grants.integrationGrantRates, [
          budgetYearValue(2018, myTable, ref, 'assumption', { nb: 'prognose', en: 'forecast' }),
        ]),
      },
    });
    const person = { birthDate: '1990-01-01', settlementDate: '2017-06-15', singleAdult: true };
    const s = personGrantSchedule({ person, budgetYears: { to: 2018 } }, { parameters }).value;
    // 2017: 235 000 (year 1, single adult); 2018: 240 000 (year 2 of the caller's table) = 475 000
    expect(s.lines.map((l) => l.amount.toString())).toEqual(['235000', '240000']);
    expect(s.total.toString()).toBe('475000');
    expect(s.lines[1]?.basis).toBe('assumption');
    // The shipped defaults are untouched.
    expect(() => integrationGrant({ person, budgetYear: 2018 })).toThrow(NoParameterValueError);
  });
});

describe('input errors name the field', () => {
  it('unknown keys, a missing settlement date, a settlement before birth', () => {
    expect(
      inputErrorOf(() =>
        integrationGrant({ person: { birthDate: '1980-01-01', settlementDate: '2017-01-01', single: true } as never, budgetYear: 2017 }),
      ).issues[0]?.code,
    ).toBe('unrecognized_keys');
    expect(inputErrorOf(() => integrationGrant({ person: { birthDate: '1980-01-01' }, budgetYear: 2017 })).issues[0]?.path).toEqual([
      'person',
      'settlementDate',
    ]);
    expect(
      inputErrorOf(() => integrationGrant({ person: { birthDate: '2018-01-01', settlementDate: '2017-01-01' }, budgetYear: 2017 }))
        .issues[0]?.path,
    ).toEqual(['person', 'settlementDate']);
  });
  it('explanations render in both languages with the values used', () => {
    const r = integrationGrant({ person: { birthDate: '1980-01-01', settlementDate: '2017-01-01', singleAdult: true }, budgetYear: 2017 });
    expect(renderExplanation(r.explanation, 'nb')).toContain('integreringstilskudd for år 1 (2017 − 2017 + 1), sats for enslig voksen');
    expect(renderExplanation(r.explanation, 'en')).toContain('Values used:');
  });
});
