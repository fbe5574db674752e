/**
 * Which disability-grant claims are allowed when (mutation gaps of src/grants/disability-claim.ts), and
 * the refusals of a person's facts (src/grants/grant-person.ts), each with its code, path and both texts.
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
import { NoParameterValueError, integrationGrant, isInputError, kindergartenGrant, personGrantSchedule, type DisabilityClaimInput, type GrantPersonInput, type InputError } from '../../src/index.js';
import { hypotheticalParameters } from './what-if.js';

function refusal(person: GrantPersonInput): InputError['issues'][number] | 'accepted' {
  try {
    personGrantSchedule({ person, budgetYears: { to: 2000 } });
  } catch (e) {
    if (isInputError(e)) return e.issues[0] as InputError['issues'][number];
    throw e;
  }
  return 'accepted';
}

// An adult settled 1 March 2017: 2017 is year 1, 2021 year 5, 2022 year 6.
const adult = (disabilityClaims: DisabilityClaimInput[], extra: Partial<GrantPersonInput> = {}): GrantPersonInput => ({ birthDate: '1980-06-01', settlementDate: '2017-03-01', disabilityClaims, ...extra });
const costs = (budgetYear: number): DisabilityClaimInput => ({ kind: 'documentedCosts', budgetYear, documentedCosts: '500000' });
const oneOff = (budgetYear: number): DisabilityClaimInput => ({ kind: 'oneOff', budgetYear });
const claimRefused = (index: number, nb: string, en: string) => ({ code: 'disability_claim_not_allowed', path: ['person', 'disabilityClaims', index, 'budgetYear'], message: { nb, en } });

describe('tilskudd 2 (documented costs): within the integration-grant period', () => {
  it('year 1 (2017 − 2017 + 1) and year 5 (2021 − 2017 + 1) are allowed, alone', () => {
    expect(refusal(adult([costs(2017)]))).toBe('accepted');
    expect(refusal(adult([costs(2021)]))).toBe('accepted');
  });
  it('year 0 (2016 − 2017 + 1), before settlement, is refused', () => {
    expect(refusal(adult([costs(2016)]))).toEqual(
      claimRefused(0, 'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2016 er år 0', 'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2016 is year 0'),
    );
  });
  it('year 6 (2022 − 2017 + 1) is refused', () => {
    expect(refusal(adult([costs(2022)]))).toEqual(
      claimRefused(0, 'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2022 er år 6', 'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2022 is year 6'),
    );
  });
  it('under the three-year rule, year 4 (2020 − 2017 + 1) is refused', () => {
    expect(refusal(adult([costs(2020)], { familyReunificationWith: 'humanitarianPermitHolder' }))).toEqual(
      claimRefused(0, 'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–3); 2020 er år 4', 'tilskudd 2 is paid only within the integration-grant period (years 1–3); 2020 is year 4'),
    );
  });
  it('a child who is not an unaccompanied minor gets no extension: born 2010, year 7 (2023 − 2017 + 1), turning 13, is refused', () => {
    expect(refusal({ birthDate: '2010-06-01', settlementDate: '2017-03-01', disabilityClaims: [costs(2023)] })).toMatchObject({ path: ['person', 'disabilityClaims', 0, 'budgetYear'] });
  });
  it('two claims for the same year: the second is refused', () => {
    expect(refusal(adult([costs(2019), costs(2019)]))).toEqual(claimRefused(1, 'to krav om tilskudd 2 for 2019', 'two tilskudd 2 claims for 2019'));
  });
});

describe('tilskudd 2 for an unaccompanied minor: to the year they turn 20, and at least five years', () => {
  // Born 1 June 2005, settled 1 March 2017 (turning 12).
  const minor = (claims: DisabilityClaimInput[]): GrantPersonInput => ({ birthDate: '2005-06-01', settlementDate: '2017-03-01', unaccompaniedMinor: true, disabilityClaims: claims });
  it('2025 is year 9 (2025 − 2017 + 1) but the year they turn 20 (2025 − 2005): allowed', () => {
    expect(refusal(minor([costs(2025)]))).toBe('accepted');
  });
  it('2026, the year they turn 21 (year 10), is refused', () => {
    expect(refusal(minor([costs(2026)]))).toEqual(
      claimRefused(0, 'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–5); 2026 er år 10', 'tilskudd 2 is paid only within the integration-grant period (years 1–5); 2026 is year 10'),
    );
  });
  // Born 1 June 1998, settled 1 March 2017 (turning 19), under the three-year rule: the integration grant
  // runs for years 1–3, but tilskudd 2 for a minor runs at least five years.
  const olderMinor = (claims: DisabilityClaimInput[]): GrantPersonInput => ({ ...minor(claims), birthDate: '1998-06-01', familyReunificationWith: 'humanitarianPermitHolder' });
  it('three-year rule: year 5 (2021 − 2017 + 1), turning 23, is still allowed; year 6 (2022), turning 24, is refused', () => {
    expect(refusal(olderMinor([costs(2021)]))).toBe('accepted');
    expect(refusal(olderMinor([costs(2022)]))).toEqual(
      claimRefused(0, 'tilskudd 2 gis bare i perioden med integreringstilskudd (år 1–3); 2022 er år 6', 'tilskudd 2 is paid only within the integration-grant period (years 1–3); 2022 is year 6'),
    );
  });
});

describe('tilskudd 1 (one-off): once, for year 1 or 2', () => {
  it('year 2 (2018 − 2017 + 1) is allowed', () => {
    expect(refusal(adult([oneOff(2018)]))).toBe('accepted');
  });
  it('year 3 (2019 − 2017 + 1) and year 0 (2016 − 2017 + 1) are refused, naming the year number', () => {
    expect(refusal(adult([oneOff(2019)]))).toEqual(claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2019 er år 3', 'tilskudd 1 is paid for year 1 or 2; 2019 is year 3'));
    expect(refusal(adult([oneOff(2016)]))).toEqual(claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2016 er år 0', 'tilskudd 1 is paid for year 1 or 2; 2016 is year 0'));
  });
  it('a second tilskudd 1, even for the other allowed year, is refused', () => {
    expect(refusal(adult([oneOff(2017), oneOff(2018)]))).toEqual(claimRefused(1, 'tilskudd 1 gis bare én gang', 'tilskudd 1 is paid only once'));
  });
});

describe('tilskudd 1 and tilskudd 2 together', () => {
  it('tilskudd 1 for year 1 and tilskudd 2 for year 3 or 4 are allowed, in any order', () => {
    expect(refusal(adult([costs(2020), oneOff(2017)]))).toBe('accepted');
    expect(refusal(adult([oneOff(2017), costs(2019)]))).toBe('accepted');
  });
  it('tilskudd 1 for year 1 and tilskudd 2 for year 2 (2018) are refused at the tilskudd 2 claim', () => {
    expect(refusal(adult([oneOff(2017), costs(2018)]))).toEqual(
      claimRefused(1, 'for år 1 eller 2 gis enten tilskudd 1 eller tilskudd 2, ikke begge', 'for year 1 or 2 the municipality gets either tilskudd 1 or tilskudd 2, not both'),
    );
  });
});

describe('a person’s facts: what is refused, with code, field and both texts', () => {
  const eitherOr = {
    code: 'settlement_date_or_newborn',
    path: ['person', 'settlementDate'],
    message: {
      nb: 'oppgi enten bosettingsdato (settlementDate) eller, for et barn født etter mors bosetting, bornAfterMotherSettlement — ikke begge og ikke ingen',
      en: 'give either settlementDate or, for a child born after the mother’s settlement, bornAfterMotherSettlement — not both and not neither',
    },
  };
  it('neither a settlement date nor a mother’s settlement, or both', () => {
    expect(refusal({ birthDate: '2017-05-01' })).toEqual(eitherOr);
    expect(refusal({ birthDate: '2017-05-01', settlementDate: '2017-05-01', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } })).toEqual(eitherOr);
  });
  it('settled on the day of birth is allowed (a child, 185 000 in 2017); a day before birth is refused', () => {
    expect(integrationGrant({ person: { birthDate: '2017-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString()).toBe('185000');
    expect(refusal({ birthDate: '2017-03-02', settlementDate: '2017-03-01' })).toEqual({
      code: 'settled_before_birth',
      path: ['person', 'settlementDate'],
      message: { nb: 'bosettingsdatoen er før fødselsdatoen', en: 'the settlement date is before the birth date' },
    });
  });
  it('a single adult cannot also be an unaccompanied minor', () => {
    expect(refusal({ birthDate: '1999-06-01', settlementDate: '2017-03-01', singleAdult: true, unaccompaniedMinor: true })).toEqual({
      code: 'single_adult_and_minor',
      path: ['person', 'singleAdult'],
      message: { nb: 'en person kan ikke være både enslig voksen og enslig mindreårig', en: 'a person cannot be both a single adult and an unaccompanied minor' },
    });
  });
  it('a single adult must turn 18 in the settlement year: born 2000, settled 2017 (turning 17) is refused', () => {
    expect(refusal({ birthDate: '2000-01-01', settlementDate: '2017-12-31', singleAdult: true })).toEqual({
      code: 'single_adult_is_child',
      path: ['person', 'singleAdult'],
      message: {
        nb: 'personen fyller ikke 18 i bosettingsåret 2017 og regnes som barn, ikke enslig voksen',
        en: 'the person does not turn 18 in the settlement year 2017 and counts as a child, not a single adult',
      },
    });
  });
});

describe('a child born after the mother’s settlement: the six-month window and year 1', () => {
  // Mother settled 1 March 2017; six months later is 1 September 2017, the last day included.
  const child = (birthDate: string, extra: object = {}): GrantPersonInput => ({ birthDate, bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01', ...extra } });
  const outside = {
    code: 'not_born_within_six_months',
    path: ['person', 'birthDate'],
    message: {
      nb: 'barnet må være født innen 6 måneder etter mors bosetting (2017-03-01 til og med 2017-09-01) for å utløse tilskudd (IMDi, målgruppe)',
      en: "the child must be born within 6 months after the mother's settlement (2017-03-01 to 2017-09-01) to trigger the grant (IMDi, target group)",
    },
  };
  it('born on the mother’s settlement day is not born after it: refused', () => {
    expect(refusal(child('2017-03-01'))).toEqual(outside);
  });
  it('born on 1 September 2017, the last day: covered, the kindergarten grant 25 100 in 2017 (aged 0)', () => {
    expect(kindergartenGrant({ person: child('2017-09-01'), budgetYear: 2017 }).value.amount.toString()).toBe('25100');
  });
  it('born on 2 September 2017: refused, with the window in both languages', () => {
    expect(refusal(child('2017-09-02'))).toEqual(outside);
  });
  it('cannot be an unaccompanied minor', () => {
    expect(refusal({ ...child('2017-05-01'), unaccompaniedMinor: true })).toEqual({
      code: 'newborn_unaccompanied',
      path: ['person', 'unaccompaniedMinor'],
      message: { nb: 'et barn født etter mors bosetting er ikke enslig mindreårig', en: 'a child born after the mother’s settlement is not an unaccompanied minor' },
    });
  });
  it('year 1 is the birth year by default (newbornGrantYearOne), the mother’s settlement year when asked: mother September 2017, child January 2018', () => {
    // Changed in issue 13: the default used to be the mother's settlement year, which booked the 2017
    // kindergarten grant for a child born in 2018 — a budget year before the child existed.
    const born = (yearOne?: 'birthYear' | 'mothersSettlementYear') => ({
      birthDate: '2018-01-15',
      bornAfterMotherSettlement: { motherSettlementDate: '2017-09-01', ...(yearOne === undefined ? {} : { yearOne }) },
    });
    // Default: year 1 = 2018, so 2017 is year 0 (2017 − 2018 + 1) and nothing is due in 2017.
    const byBirth = kindergartenGrant({ person: born(), budgetYear: 2017 }).value;
    expect([byBirth.yearNumber, byBirth.amount.toString()]).toEqual([0, '0']);
    // The mother's year: 2017 is year 1 (2017 − 2017 + 1), but the child is not born in 2017, so nothing is
    // booked there either; year 1 moves to the birth year 2018.
    const byMother = kindergartenGrant({ person: born('mothersSettlementYear'), budgetYear: 2017 }).value;
    expect([byMother.yearNumber, byMother.amount.toString()]).toEqual([1, '0']);
    expect(personGrantSchedule({ person: born(), budgetYears: { to: 2000 } }).value.settlementYear).toBe(2018);
    const mothers = personGrantSchedule({ person: born('mothersSettlementYear'), budgetYears: { to: 2000 } }).value;
    expect(mothers.settlementYear).toBe(2017);
    // The schedule starts in the birth year 2018 and ends with year 5 = 2017 + 4 = 2021.
    expect(personGrantSchedule({ person: born('mothersSettlementYear') }, { parameters: hypotheticalParameters() }).value.budgetYears).toEqual([2018, 2019, 2020, 2021]);
    expect(personGrantSchedule({ person: born() }, { parameters: hypotheticalParameters() }).value.budgetYears).toEqual([2018, 2019, 2020, 2021, 2022]);
  });
  it('a child born before 2011 has no reading of year 1: the rule dates from the 2011 budget (NoParameterValueError)', () => {
    const born2010 = { birthDate: '2010-05-01', bornAfterMotherSettlement: { motherSettlementDate: '2010-03-01' } };
    expect(() => refusal(born2010)).toThrow(NoParameterValueError);
    // 1 January 2011 is the first birth date with a value.
    expect(refusal({ birthDate: '2011-01-01', bornAfterMotherSettlement: { motherSettlementDate: '2010-10-01' } })).toBe('accepted');
  });
  it('a disability claim for a budget year before the birth is refused, under the mother’s-year reading too', () => {
    const born = (yearOne: 'birthYear' | 'mothersSettlementYear') => ({
      birthDate: '2018-01-15',
      bornAfterMotherSettlement: { motherSettlementDate: '2017-09-01', yearOne },
      disabilityClaims: [oneOff(2017)],
    });
    // Mother's year: 2017 would be year 1 (2017 − 2017 + 1), but the child is born in 2018.
    expect(refusal(born('mothersSettlementYear'))).toEqual(claimRefused(0, 'ingen tilskudd for 2017: barnet er født i 2018', 'no grant for 2017: the child is born in 2018'));
    // Birth year: 2017 is year 0 (2017 − 2018 + 1), refused as before settlement.
    expect(refusal(born('birthYear'))).toEqual(claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2017 er år 0', 'tilskudd 1 is paid for year 1 or 2; 2017 is year 0'));
    // The birth year itself is allowed under the mother's reading (2018 − 2017 + 1 = year 2).
    expect(refusal({ ...born('mothersSettlementYear'), disabilityClaims: [oneOff(2018)] })).toBe('accepted');
  });
});
