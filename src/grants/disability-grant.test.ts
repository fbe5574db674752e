/**
 * The disability grant (disabilityGrant): tilskudd 1 and tilskudd 2, their lines and words, and which
 * claims are allowed when (src/grants/disability-claim.ts).
 *
 * Rules (JD's rules for the disability grant 2017; IMDi): tilskudd 1 at most once, for year 1 or 2;
 * tilskudd 2 within the integration-grant period (years 1–5, 1–3 under the three-year rule), for an
 * unaccompanied minor also up to and including the year they turn 20 and never fewer than five years, at
 * most one claim a year; never both tilskudd 1 and tilskudd 2 for year 1 or 2. Year number = budget year −
 * settlement year + 1.
 *
 * The claims are checked with the person's facts, before any rate is read: a window of budget years with
 * nothing in it (`to: 2000`) checks them without needing rates for the later years.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetYearValue,
  Decimal,
  defaultParameters,
  type DisabilityClaimInput,
  disabilityGrant,
  explanationToJSON,
  type GrantPersonInput,
  withParameters,
  withValues,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { refusal, oneOff, claimRefused } from '../../test/grants/refusal.js';

describe('the disability grant', () => {
  it('tilskudd 1 in year 2 at the 2023 proposal rate 196 400', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2022-10-01',
      disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2023 }],
    };
    expect(disabilityGrant({ person, budgetYear: 2023 }).value.amount.toString()).toBe('196400');
  });
  it('tilskudd 1 in year 3 is refused, naming the claim', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2021-10-01',
      disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2023 }],
    };
    const e = inputErrorOf(() => disabilityGrant({ person, budgetYear: 2023 }));
    expect(e.issues[0]?.path).toEqual(['person', 'disabilityClaims', 0, 'budgetYear']);
  });
  it('tilskudd 2 needs a threshold for the year: none ships for 2023', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2021-10-01',
      disabilityClaims: [{ kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '900000' }],
    };
    expect(() => disabilityGrant({ person, budgetYear: 2023 })).toThrow(/No rate for budget year 2023/);
  });
  it('tilskudd 2 with a caller’s 2023 threshold of 200 000: 900 000 − 200 000 = 700 000; 2 000 000 − 200 000 capped at 1 520 000', () => {
    const ref = { kind: 'municipal' as const, title: { nb: 'Egen', en: 'Own' } };
    const parameters = withParameters({
      grants: {
        disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [
          budgetYearValue(2023, new Decimal(200_000), ref, 'assumption', { nb: 'x', en: 'x' }),
        ]),
      },
    });
    const claim = (documentedCosts: string) => ({
      birthDate: '1985-01-01',
      settlementDate: '2021-10-01',
      disabilityClaims: [{ kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts }],
    });
    expect(disabilityGrant({ person: claim('900000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('700000');
    expect(disabilityGrant({ person: claim('2000000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('1520000');
    expect(disabilityGrant({ person: claim('150000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('0');
  });
  it('either tilskudd 1 or tilskudd 2 for year 1–2, never both', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2022-10-01',
      disabilityClaims: [
        { kind: 'oneOff' as const, budgetYear: 2022 },
        { kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '500000' },
      ],
    };
    expect(inputErrorOf(() => disabilityGrant({ person, budgetYear: 2023 })).issues[0]?.path).toEqual([
      'person',
      'disabilityClaims',
      1,
      'budgetYear',
    ]);
  });
});

describe('disability grant: lines and words of tilskudd 1 and 2', () => {
  const own = { kind: 'municipal' as const, title: { nb: 'Egen', en: 'Own' } };
  // No shipped year has both a threshold and a maximum: a caller's 2023 threshold of 200 000 with the 2023 maximum 1 520 000.
  const parameters = withParameters({
    grants: {
      disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [
        budgetYearValue(2023, new Decimal(200_000), own, 'assumption', { nb: 'x', en: 'x' }),
      ]),
    },
  });
  const costs = (documentedCosts: string, explain = true) =>
    disabilityGrant(
      {
        person: {
          id: 'D',
          birthDate: '1985-01-01',
          settlementDate: '2021-10-01',
          disabilityClaims: [{ kind: 'documentedCosts', budgetYear: 2023, documentedCosts }],
        },
        budgetYear: 2023,
      },
      { parameters, explain },
    );
  it('tilskudd 1 in year 2 (2023 − 2022 + 1): the 2023 rate 196 400, its line and its step', () => {
    const r = disabilityGrant({
      person: { id: 'D', birthDate: '1985-01-01', settlementDate: '2022-10-01', disabilityClaims: [{ kind: 'oneOff', budgetYear: 2023 }] },
      budgetYear: 2023,
    });
    expect(r.value.lines[0]).toMatchObject({
      detail: 'tilskudd 1',
      rule: 'grants.disability.one-off',
      grant: 'disabilityOneOff',
      basis: 'official',
      yearNumber: 2,
      rate: { parameter: 'disabilityGrantOneOff', from: '2023-01-01' },
    });
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
    expect(r.value.lines[0]).toMatchObject({
      detail: 'tilskudd 2, costs 900000',
      rule: 'grants.disability.documented-costs',
      grant: 'disabilityDocumentedCosts',
      basis: 'assumption',
      rate: { parameter: 'disabilityGrantYearlyMaximum', from: '2023-01-01' },
    });
    expect(r.value.amount.toString()).toBe('700000');
    const [s] = explanationToJSON(r.explanation).steps;
    expect([s?.rule, s?.text.nb, s?.text.en, s?.basis]).toEqual([
      'grants.disability.documented-costs',
      'D: tilskudd 2 for 2023: dokumenterte utgifter 900000 over innslagssummen 200000, høyst 1520000 (beregningsmåten er en antagelse)',
      'D: tilskudd 2 for 2023: documented costs 900000 above the threshold 200000, at most 1520000 (the arithmetic is an assumption)',
      'assumption',
    ]);
    expect(s?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['disabilityGrantCostThreshold', '200000'],
      ['disabilityGrantYearlyMaximum', '1520000'],
    ]);
    expect(costs('900000', false).explanation.steps).toEqual([]);
  });
  it('at the edges: costs equal to the threshold give 0; 1 720 000 − 200 000 = 1 520 000 is exactly the maximum', () => {
    expect(costs('200000').value.amount.toString()).toBe('0');
    expect(costs('1720000').value.amount.toString()).toBe('1520000');
    expect(costs('1720000.01').value.amount.toString()).toBe('1520000');
  });
  it('only the claims for the budget year asked count: tilskudd 1 in 2021 and tilskudd 2 in 2023, asked for 2023 → the tilskudd 2 line only', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2020-03-01',
      disabilityClaims: [
        { kind: 'oneOff' as const, budgetYear: 2021 },
        { kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '900000' },
      ],
    };
    const v = disabilityGrant({ person, budgetYear: 2023 }, { parameters }).value;
    expect(v.lines.map((l) => l.grant)).toEqual(['disabilityDocumentedCosts']);
    expect(v.amount.toString()).toBe('700000'); // 900 000 − 200 000
  });
});

// An adult settled 1 March 2017: 2017 is year 1, 2021 year 5, 2022 year 6.
const adult = (disabilityClaims: DisabilityClaimInput[], extra: Partial<GrantPersonInput> = {}): GrantPersonInput => ({
  birthDate: '1980-06-01',
  settlementDate: '2017-03-01',
  disabilityClaims,
  ...extra,
});
const costs = (budgetYear: number): DisabilityClaimInput => ({ kind: 'documentedCosts', budgetYear, documentedCosts: '500000' });

describe('tilskudd 2 (documented costs): within the integration-grant period', () => {
  it('year 1 (2017 − 2017 + 1) and year 5 (2021 − 2017 + 1) are allowed, alone', () => {
    expect(refusal(adult([costs(2017)]))).toBe('accepted');
    expect(refusal(adult([costs(2021)]))).toBe('accepted');
  });
  it('year 0 (2016 − 2017 + 1), before settlement, is refused', () => {
    expect(refusal(adult([costs(2016)]))).toEqual(
      claimRefused(
        0,
        'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2016 er år 0',
        'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2016 is year 0',
      ),
    );
  });
  it('year 6 (2022 − 2017 + 1) is refused', () => {
    expect(refusal(adult([costs(2022)]))).toEqual(
      claimRefused(
        0,
        'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2022 er år 6',
        'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2022 is year 6',
      ),
    );
  });
  it('under the three-year rule, year 4 (2020 − 2017 + 1) is refused', () => {
    expect(refusal(adult([costs(2020)], { familyReunificationWith: 'humanitarianPermitHolder' }))).toEqual(
      claimRefused(
        0,
        'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–3); 2020 er år 4',
        'tilskudd 2 is paid only within the integration-grant period (years 1–3); 2020 is year 4',
      ),
    );
  });
  it('a child who is not an unaccompanied minor gets no extension: born 2010, year 7 (2023 − 2017 + 1), turning 13, is refused', () => {
    expect(refusal({ birthDate: '2010-06-01', settlementDate: '2017-03-01', disabilityClaims: [costs(2023)] })).toMatchObject({
      path: ['person', 'disabilityClaims', 0, 'budgetYear'],
    });
  });
  it('two claims for the same year: the second is refused', () => {
    expect(refusal(adult([costs(2019), costs(2019)]))).toEqual(
      claimRefused(1, 'to krav om tilskudd 2 for 2019', 'two tilskudd 2 claims for 2019'),
    );
  });
});

describe('tilskudd 2 for an unaccompanied minor: to the year they turn 20, and at least five years', () => {
  // Born 1 June 2005, settled 1 March 2017 (turning 12).
  const minor = (claims: DisabilityClaimInput[]): GrantPersonInput => ({
    birthDate: '2005-06-01',
    settlementDate: '2017-03-01',
    unaccompaniedMinor: true,
    disabilityClaims: claims,
  });
  it('2025 is year 9 (2025 − 2017 + 1) but the year they turn 20 (2025 − 2005): allowed', () => {
    expect(refusal(minor([costs(2025)]))).toBe('accepted');
  });
  it('2026, the year they turn 21 (year 10), is refused', () => {
    expect(refusal(minor([costs(2026)]))).toEqual(
      claimRefused(
        0,
        'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2026 er år 10',
        'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2026 is year 10',
      ),
    );
  });
  // Born 1 June 1998, settled 1 March 2017 (turning 19), under the three-year rule: the integration grant
  // runs for years 1–3, but tilskudd 2 for a minor runs at least five years.
  const olderMinor = (claims: DisabilityClaimInput[]): GrantPersonInput => ({
    ...minor(claims),
    birthDate: '1998-06-01',
    familyReunificationWith: 'humanitarianPermitHolder',
  });
  it('three-year rule: year 5 (2021 − 2017 + 1), turning 23, is still allowed; year 6 (2022), turning 24, is refused', () => {
    expect(refusal(olderMinor([costs(2021)]))).toBe('accepted');
    expect(refusal(olderMinor([costs(2022)]))).toEqual(
      claimRefused(
        0,
        'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–3); 2022 er år 6',
        'tilskudd 2 is paid only within the integration-grant period (years 1–3); 2022 is year 6',
      ),
    );
  });
});

describe('tilskudd 1 (one-off): once, for year 1 or 2', () => {
  it('year 2 (2018 − 2017 + 1) is allowed', () => {
    expect(refusal(adult([oneOff(2018)]))).toBe('accepted');
  });
  it('year 3 (2019 − 2017 + 1) and year 0 (2016 − 2017 + 1) are refused, naming the year number', () => {
    expect(refusal(adult([oneOff(2019)]))).toEqual(
      claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2019 er år 3', 'tilskudd 1 is paid for year 1 or 2; 2019 is year 3'),
    );
    expect(refusal(adult([oneOff(2016)]))).toEqual(
      claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2016 er år 0', 'tilskudd 1 is paid for year 1 or 2; 2016 is year 0'),
    );
  });
  it('a second tilskudd 1, even for the other allowed year, is refused', () => {
    expect(refusal(adult([oneOff(2017), oneOff(2018)]))).toEqual(
      claimRefused(1, 'tilskudd 1 gis bare én gang', 'tilskudd 1 is paid only once'),
    );
  });
});

describe('tilskudd 1 and tilskudd 2 together', () => {
  it('tilskudd 1 for year 1 and tilskudd 2 for year 3 or 4 are allowed, in any order', () => {
    expect(refusal(adult([costs(2020), oneOff(2017)]))).toBe('accepted');
    expect(refusal(adult([oneOff(2017), costs(2019)]))).toBe('accepted');
  });
  it('tilskudd 1 for year 1 and tilskudd 2 for year 2 (2018) are refused at the tilskudd 2 claim', () => {
    expect(refusal(adult([oneOff(2017), costs(2018)]))).toEqual(
      claimRefused(
        1,
        'for år 1 eller 2 gis enten tilskudd 1 eller tilskudd 2, ikke begge',
        'for year 1 or 2 the municipality gets either tilskudd 1 or tilskudd 2, not both',
      ),
    );
  });
});
