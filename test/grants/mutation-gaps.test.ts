/**
 * Tests written for mutants that survived `npx stryker run --mutate 'src/grants/…'`: the explanation of
 * each grant rule in both languages (what a municipality shows IMDi or an auditor), the lines' details and
 * bases, and the edges of the rules. Figures are IMDi's 2017 rates (year 1 single adult 235 000, year 3
 * 167 000) or a caller's table, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, budgetYearValue, defaultParameters, disabilityGrant, explanationToJSON, integrationGrant, integrationGrantTable, unaccompaniedMinorGrant, withParameters, withValues } from '../../src/index.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('integration grant: the explanation of a paid year', () => {
  it('year 1 names the category: single adult settled June 2017, 2017 = year 1 (2017 − 2017 + 1), 235 000', () => {
    const r = integrationGrant({ person: { id: 'A', birthDate: '1990-01-01', settlementDate: '2017-06-15', singleAdult: true }, budgetYear: 2017 });
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
      ['grants.integration', 'B: integreringstilskudd for år 3 (2017 − 2015 + 1), etter satsene for 2017', 'B: integration grant for year 3 (2017 − 2015 + 1), at the 2017 rates'],
    ]);
  });
  it('no steps when no explanation is asked for', () => {
    expect(integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2015-02-01' }, budgetYear: 2017 }, { explain: false }).explanation.steps).toEqual([]);
    expect(integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2010-02-01' }, budgetYear: 2017 }, { explain: false }).explanation.steps).toEqual([]);
  });
  it('a line is never stronger than the rule (official), even from a table marked statute', () => {
    const ref = { kind: 'other' as const, title: { nb: 'Test', en: 'Test' } };
    const parameters = withParameters({
      grants: { integrationGrantRates: withValues(defaultParameters.grants.integrationGrantRates, [budgetYearValue(2018, integrationGrantTable(1, 1, 1, 1, 2, 3, 4, 5), ref, 'statute')]) },
    });
    const line = integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2017-02-01' }, budgetYear: 2018 }, { parameters }).value.lines[0];
    expect(line?.amount.toString()).toBe('2'); // year 2 of the caller's table
    expect(line?.basis).toBe('official');
  });
});

describe('integration grant: the explanation of a year not paid', () => {
  const notPaid = (person: object, budgetYear: number) => {
    const r = integrationGrant({ person: { id: 'C', birthDate: '1980-05-05', ...person } as Parameters<typeof integrationGrant>[0]['person'], budgetYear });
    expect(r.value.lines).toEqual([]);
    expect(r.value.amount.toString()).toBe('0');
    expect(explanationToJSON(r.explanation).steps.map((x) => x.basis)).toEqual(['official']);
    return textOf(r.explanation);
  };
  it('before the settlement year (2017 − 2018 + 1 = 0)', () => {
    expect(notPaid({ settlementDate: '2018-01-10' }, 2017)).toEqual([
      ['grants.integration', 'C: intet integreringstilskudd i 2017, før bosettingsåret 2018', 'C: no integration grant in 2017, before the settlement year 2018'],
    ]);
  });
  it('after year 5 (2017 − 2012 + 1 = 6)', () => {
    expect(notPaid({ settlementDate: '2012-03-01' }, 2017)).toEqual([
      ['grants.integration', 'C: intet integreringstilskudd i 2017: år 6 er etter siste år (5)', 'C: no integration grant in 2017: year 6 is after the last year (5)'],
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

describe('special grant for unaccompanied minors: bands, the last year, the settlement year, and the words', () => {
  const um = (birthDate: string, settlementDate: string, budgetYear: number, extra: object = {}) =>
    unaccompaniedMinorGrant({ person: { id: 'M', birthDate, settlementDate, unaccompaniedMinor: true, ...extra }, budgetYear });
  it('turning 16 is still the lower band (1 118 000 in 2023); turning 17 the upper (705 000); turning 20 still paid (705 000)', () => {
    expect(um('2007-01-01', '2020-05-01', 2023).value.amount.toString()).toBe('1118000'); // 2023 − 2007 = 16
    expect(um('2006-12-31', '2020-05-01', 2023).value.amount.toString()).toBe('705000'); // 2023 − 2006 = 17
    expect(um('2003-12-31', '2020-05-01', 2023).value.amount.toString()).toBe('705000'); // 2023 − 2003 = 20
  });
  it('a full year names the band, in both languages', () => {
    expect(textOf(um('2007-01-01', '2020-05-01', 2023).explanation)).toEqual([
      ['grants.unaccompanied-minor', 'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 16 i 2023, sats til og med året personen fyller 16', 'M: special grant for unaccompanied minors in 2023: turns 16 in 2023, the rate to the year the person turns 16'],
    ]);
    expect(textOf(um('2005-01-01', '2020-05-01', 2023).explanation)).toEqual([
      ['grants.unaccompanied-minor', 'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 18 i 2023, sats fra året personen fyller 17', 'M: special grant for unaccompanied minors in 2023: turns 18 in 2023, the rate from the year the person turns 17'],
    ]);
  });
  it('settled 10 September 2023, turning 17: October–December = 12 − 9 = 3 months, 705 000 × 3/12 = 176 250, an assumption, and said so', () => {
    const r = um('2006-02-01', '2023-09-10', 2023);
    expect(r.value.lines).toHaveLength(1);
    expect(r.value.lines[0]).toMatchObject({ detail: 'turns 17, 3/12', rule: 'grants.unaccompanied-minor', basis: 'assumption', yearNumber: 1 });
    expect(r.value.lines[0]?.amount.toString()).toBe('176250');
    expect(r.value.lines[0]?.rate).toEqual({ parameter: 'unaccompaniedMinorGrantRates', from: '2023-01-01' });
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.from])).toEqual([['unaccompaniedMinorGrantRates', '2023-01-01']]);
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.unaccompanied-minor',
        'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 17 i 2023, sats fra året personen fyller 17; i bosettingsåret fra måneden etter bosettingsmåneden (9): 3/12 av satsen (antagelse)',
        'M: special grant for unaccompanied minors in 2023: turns 17 in 2023, the rate from the year the person turns 17; in the settlement year from the month after the settlement month (9): 3/12 of the rate (assumption)',
      ],
    ]);
  });
  it('the full-year option in the settlement year: the whole 705 000, official, no fraction in the detail', () => {
    const line = um('2006-02-01', '2023-09-10', 2023, { unaccompaniedMinorSettlementYear: 'fullYear' }).value.lines[0];
    expect(line).toMatchObject({ detail: 'turns 17', basis: 'official' });
    expect(line?.amount.toString()).toBe('705000');
  });
  it('settled in December: nothing is left of the settlement year (12 − 12 = 0 months → 0)', () => {
    expect(um('2006-02-01', '2023-12-01', 2023).value.amount.toString()).toBe('0');
  });
  it('after the year turning 20: no line, and the reason in both languages; no steps without explanation', () => {
    const r = um('2002-05-01', '2020-05-01', 2023);
    expect(r.value.lines).toEqual([]);
    expect(textOf(r.explanation)).toEqual([
      ['grants.unaccompanied-minor', 'M: intet særskilt tilskudd i 2023: fyller 21, etter året personen fyller 20', 'M: no special grant in 2023: turns 21, after the year the person turns 20'],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.basis).toBe('official');
    expect(unaccompaniedMinorGrant({ person: { birthDate: '2002-05-01', settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 }, { explain: false }).explanation.steps).toEqual([]);
    expect(unaccompaniedMinorGrant({ person: { birthDate: '2007-05-01', settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 }, { explain: false }).explanation.steps).toEqual([]);
  });
  it('before the settlement year, or not an unaccompanied minor: nothing at all', () => {
    expect(um('2001-06-01', '2017-03-15', 2016).value.lines).toEqual([]);
    expect(um('2001-06-01', '2017-03-15', 2016).explanation.steps).toEqual([]);
    expect(unaccompaniedMinorGrant({ person: { birthDate: '2007-01-01', settlementDate: '2020-05-01' }, budgetYear: 2023 }).value.lines).toEqual([]);
  });
  it('2016: the 100 000 settlement-year amount is its own line and step; the next year has no such line (2017, turning 16: 1 198 000)', () => {
    const r = um('2001-06-01', '2016-03-15', 2016);
    expect(r.value.lines[1]).toMatchObject({ detail: 'settled this budget year', rule: 'grants.unaccompanied-minor.settlement-year-extra', basis: 'official' });
    expect(r.value.lines[1]?.amount.toString()).toBe('100000');
    expect(textOf(r.explanation)[1]).toEqual([
      'grants.unaccompanied-minor.settlement-year-extra',
      'M: engangsbeløp for enslig mindreårig bosatt i 2016',
      'M: one-off amount for an unaccompanied minor settled in 2016',
    ]);
    expect(explanationToJSON(r.explanation).steps[1]?.used.map((u) => [u.parameter, u.from])).toEqual([['unaccompaniedMinorGrantRates', '2016-01-01']]);
    const next = um('2001-06-01', '2016-03-15', 2017).value;
    expect(next.lines.map((l) => l.amount.toString())).toEqual(['1198000']);
  });
});

describe('disability grant: lines and words of tilskudd 1 and 2', () => {
  const own = { kind: 'municipal' as const, title: { nb: 'Egen', en: 'Own' } };
  // No shipped year has both a threshold and a maximum: a caller's 2023 threshold of 200 000 with the 2023 maximum 1 520 000.
  const parameters = withParameters({
    grants: { disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [budgetYearValue(2023, new Decimal(200_000), own, 'assumption', { nb: 'x', en: 'x' })]) },
  });
  const costs = (documentedCosts: string, explain = true) =>
    disabilityGrant({ person: { id: 'D', birthDate: '1985-01-01', settlementDate: '2021-10-01', disabilityClaims: [{ kind: 'documentedCosts', budgetYear: 2023, documentedCosts }] }, budgetYear: 2023 }, { parameters, explain });
  it('tilskudd 1 in year 2 (2023 − 2022 + 1): the 2023 rate 196 400, its line and its step', () => {
    const r = disabilityGrant({ person: { id: 'D', birthDate: '1985-01-01', settlementDate: '2022-10-01', disabilityClaims: [{ kind: 'oneOff', budgetYear: 2023 }] }, budgetYear: 2023 });
    expect(r.value.lines[0]).toMatchObject({ detail: 'tilskudd 1', rule: 'grants.disability.one-off', grant: 'disabilityOneOff', basis: 'official', yearNumber: 2, rate: { parameter: 'disabilityGrantOneOff', from: '2023-01-01' } });
    expect(r.value.lines[0]?.amount.toString()).toBe('196400');
    const [s] = explanationToJSON(r.explanation).steps;
    expect([s?.rule, s?.text.nb, s?.text.en]).toEqual([
      'grants.disability.one-off',
      'D: tilskudd 1 (engangstilskudd) ved nedsatt funksjonsevne/atferdsvansker, år 2, sats for 2023',
      'D: tilskudd 1 (one-off) for disability/behavioural problems, year 2, 2023 rate',
    ]);
    expect(s?.used.map((u) => [u.parameter, u.value])).toEqual([['disabilityGrantOneOff', '196400']]);
    expect(s?.basis).toBe('official');
  });
  it('tilskudd 2: 900 000 − 200 000 = 700 000, an assumption, with the threshold and maximum named', () => {
    const r = costs('900000');
    expect(r.value.lines[0]).toMatchObject({ detail: 'tilskudd 2, costs 900000', rule: 'grants.disability.documented-costs', grant: 'disabilityDocumentedCosts', basis: 'assumption', rate: { parameter: 'disabilityGrantYearlyMaximum', from: '2023-01-01' } });
    expect(r.value.amount.toString()).toBe('700000');
    const [s] = explanationToJSON(r.explanation).steps;
    expect([s?.rule, s?.text.nb, s?.text.en, s?.basis]).toEqual([
      'grants.disability.documented-costs',
      'D: tilskudd 2 for 2023: dokumenterte utgifter 900000 over innslagssummen 200000, høyst 1520000 (beregningsmåten er en antagelse)',
      'D: tilskudd 2 for 2023: documented costs 900000 above the threshold 200000, at most 1520000 (the arithmetic is an assumption)',
      'assumption',
    ]);
    expect(s?.used.map((u) => [u.parameter, u.value])).toEqual([['disabilityGrantCostThreshold', '200000'], ['disabilityGrantYearlyMaximum', '1520000']]);
    expect(costs('900000', false).explanation.steps).toEqual([]);
  });
  it('at the edges: costs equal to the threshold give 0; 1 720 000 − 200 000 = 1 520 000 is exactly the maximum', () => {
    expect(costs('200000').value.amount.toString()).toBe('0');
    expect(costs('1720000').value.amount.toString()).toBe('1520000');
    expect(costs('1720000.01').value.amount.toString()).toBe('1520000');
  });
  it('only the claims for the budget year asked count: tilskudd 1 in 2021 and tilskudd 2 in 2023, asked for 2023 → the tilskudd 2 line only', () => {
    const person = { birthDate: '1985-01-01', settlementDate: '2020-03-01', disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2021 }, { kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '900000' }] };
    const v = disabilityGrant({ person, budgetYear: 2023 }, { parameters }).value;
    expect(v.lines.map((l) => l.grant)).toEqual(['disabilityDocumentedCosts']);
    expect(v.amount.toString()).toBe('700000'); // 900 000 − 200 000
  });
});
