/**
 * A person's facts (grantPersonSchema, src/grants/grant-person.ts): the refusals, each with its code, path
 * and both texts, and a child born after the mother's settlement — the six-month window and the reading of
 * year 1 (hypothetical tables where a year is not shipped).
 */
import { describe, expect, it } from 'vitest';
import {
  budgetYearValue,
  Decimal,
  defaultParameters,
  explanationToJSON,
  type GrantPersonInput,
  grantTotals,
  integrationGrant,
  integrationGrantTable,
  kindergartenGrant,
  kindergartenGrantRate,
  NoParameterValueError,
  personGrantSchedule,
  renderExplanation,
  withParameters,
  withValues,
} from '../index.js';
import { hypotheticalParameters } from '../../test/grants/what-if.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { refusal, oneOff, claimRefused } from '../../test/grants/refusal.js';

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
    expect(
      refusal({ birthDate: '2017-05-01', settlementDate: '2017-05-01', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } }),
    ).toEqual(eitherOr);
  });
  it('settled on the day of birth is allowed (a child, 185 000 in 2017); a day before birth is refused', () => {
    expect(
      integrationGrant({ person: { birthDate: '2017-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString(),
    ).toBe('185000');
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
      message: {
        nb: 'en person kan ikke være både enslig voksen og enslig mindreårig',
        en: 'a person cannot be both a single adult and an unaccompanied minor',
      },
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

describe('a child born within six months after the mother’s settlement (the age tests of the one-off grants)', () => {
  it('a child born within six months after the mother’s settlement, the same calendar year: year 1 is 2017 under either reading, with the kindergarten grant', () => {
    const child = { birthDate: '2017-08-15', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } };
    const s = personGrantSchedule({ person: child, budgetYears: { to: 2017 } }).value;
    expect(s.settlementYear).toBe(2017);
    expect(s.total.toString()).toBe('210100'); // 185 000 + 25 100
  });
  it('a child born more than six months after is refused, naming birthDate', () => {
    const e = inputErrorOf(() =>
      personGrantSchedule({ person: { birthDate: '2017-09-02', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } } }),
    );
    expect(e.issues[0]?.path).toEqual(['person', 'birthDate']);
  });
});

describe('a child born after the mother’s settlement: the six-month window and year 1', () => {
  // Mother settled 1 March 2017; six months later is 1 September 2017, the last day included.
  const child = (birthDate: string, extra: object = {}): GrantPersonInput => ({
    birthDate,
    bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01', ...extra },
  });
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
      message: {
        nb: 'et barn født etter mors bosetting er ikke enslig mindreårig',
        en: 'a child born after the mother’s settlement is not an unaccompanied minor',
      },
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
    expect(
      personGrantSchedule({ person: born('mothersSettlementYear') }, { parameters: hypotheticalParameters() }).value.budgetYears,
    ).toEqual([2018, 2019, 2020, 2021]);
    expect(personGrantSchedule({ person: born() }, { parameters: hypotheticalParameters() }).value.budgetYears).toEqual([
      2018, 2019, 2020, 2021, 2022,
    ]);
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
    expect(refusal(born('mothersSettlementYear'))).toEqual(
      claimRefused(0, 'ingen tilskudd for 2017: barnet er født i 2018', 'no grant for 2017: the child is born in 2018'),
    );
    // Birth year: 2017 is year 0 (2017 − 2018 + 1), refused as before settlement.
    expect(refusal(born('birthYear'))).toEqual(
      claimRefused(0, 'tilskudd 1 gis for år 1 eller 2; 2017 er år 0', 'tilskudd 1 is paid for year 1 or 2; 2017 is year 0'),
    );
    // The birth year itself is allowed under the mother's reading (2018 − 2017 + 1 = year 2).
    expect(refusal({ ...born('mothersSettlementYear'), disabilityClaims: [oneOff(2018)] })).toBe('accepted');
  });
});

describe('a child born in the calendar year after the mother’s settlement: no grant before the birth', () => {
  // Mother settled 10 November 2025; child born 14 February 2026 (within six months: the window runs to
  // 10 May 2026). Hypothetical tables for 2025–2030 that differ every year, so the year each amount is
  // taken from shows: table(Y) = the base below + (Y − 2025) × 1 000, kindergarten 27 000 + (Y − 2025) × 1 000.
  // Base (2025): single adult 236 000 | adult 186 000 | child 186 000 | unaccompanied 186 000; year 2 231 000;
  // year 3 168 000; year 4 85 000; year 5 71 000.
  const years = [2025, 2026, 2027, 2028, 2029, 2030];
  const up = (y: number) => (y - 2025) * 1000;
  const NOTE = { nb: 'Tenkt sats for test', en: 'Hypothetical rate for a test' };
  const what = { kind: 'other' as const, title: { nb: 'Test: tenkt tabell', en: 'Test: hypothetical table' } };
  const parameters = withParameters({
    grants: {
      integrationGrantRates: withValues(
        defaultParameters.grants.integrationGrantRates,
        years.map((y) =>
          budgetYearValue(
            y,
            integrationGrantTable(
              236_000 + up(y),
              186_000 + up(y),
              186_000 + up(y),
              186_000 + up(y),
              231_000 + up(y),
              168_000 + up(y),
              85_000 + up(y),
              71_000 + up(y),
            ),
            what,
            'assumption',
            NOTE,
          ),
        ),
      ),
      kindergartenGrantRate: withValues(
        kindergartenGrantRate,
        years.map((y) => budgetYearValue(y, new Decimal(27_000 + up(y)), what, 'assumption', NOTE)),
      ),
    },
  });
  const child = (yearOne?: 'birthYear' | 'mothersSettlementYear') => ({
    id: 'child',
    birthDate: '2026-02-14',
    bornAfterMotherSettlement: { motherSettlementDate: '2025-11-10', ...(yearOne === undefined ? {} : { yearOne }) },
  });
  const byYear = (lines: readonly { budgetYear: number; grant: string; yearNumber: number; amount: Decimal }[]) =>
    lines.map((l) => [l.budgetYear, l.grant, l.yearNumber, l.amount.toString()]);

  it('default (the birth year is year 1): 2026 year 1, 2027 year 2 … 2030 year 5; nothing in 2025', () => {
    const s = personGrantSchedule({ person: child() }, { parameters }).value;
    expect(s.settlementYear).toBe(2026);
    expect(s.budgetYears).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(byYear(s.lines)).toEqual([
      [2026, 'integration', 1, '187000'], // year 1 = 2026 − 2026 + 1; child rate 186 000 + 1 000
      [2026, 'kindergarten', 1, '28000'], // aged 0 at the birth; 27 000 + 1 000
      [2027, 'integration', 2, '233000'], // 2027 − 2026 + 1 = 2; 231 000 + 2 000
      [2028, 'integration', 3, '171000'], // 168 000 + 3 000
      [2029, 'integration', 4, '89000'], // 85 000 + 4 000
      [2030, 'integration', 5, '76000'], // 71 000 + 5 000
    ]);
    // 187 000 + 28 000 + 233 000 + 171 000 + 89 000 + 76 000 = 784 000
    expect(s.total.toString()).toBe('784000');
    expect(s.lines.every((l) => l.basis === 'assumption')).toBe(true);
  });

  it('the mother’s settlement year as year 1: year 1 (2025 rates) booked in 2026 with year 2, then years 3–5 in 2027–2029; nothing in 2025', () => {
    const s = personGrantSchedule({ person: child('mothersSettlementYear') }, { parameters }).value;
    expect(s.settlementYear).toBe(2025);
    expect(s.budgetYears).toEqual([2026, 2027, 2028, 2029]);
    expect(byYear(s.lines)).toEqual([
      [2026, 'integration', 1, '186000'], // year 1 belongs to 2025: the 2025 child rate 186 000, booked in 2026
      [2026, 'integration', 2, '232000'], // 2026 − 2025 + 1 = 2; 231 000 + 1 000
      [2026, 'kindergarten', 1, '27000'], // with year 1, at the 2025 rate
      [2027, 'integration', 3, '170000'], // 168 000 + 2 000
      [2028, 'integration', 4, '88000'], // 85 000 + 3 000
      [2029, 'integration', 5, '75000'], // 71 000 + 4 000
    ]);
    // 186 000 + 232 000 + 27 000 + 170 000 + 88 000 + 75 000 = 778 000
    expect(s.total.toString()).toBe('778000');
  });

  it('the reading is a dated parameter: replacing newbornGrantYearOne switches every child born from that date', () => {
    const mothers = withParameters(
      {
        grants: {
          newbornGrantYearOne: withValues(defaultParameters.grants.newbornGrantYearOne, [
            { from: '2011-01-01', value: 'mothersSettlementYear', reference: what, basis: 'assumption', note: NOTE },
          ]),
        },
      },
      parameters,
    );
    const s = personGrantSchedule({ person: child() }, { parameters: mothers }).value;
    expect([s.settlementYear, s.total.toString()]).toEqual([2025, '778000']);
    // The child's own choice still wins over the parameter.
    expect(personGrantSchedule({ person: child('birthYear') }, { parameters: mothers }).value.total.toString()).toBe('784000');
  });

  it('the budget year 2025 gives the child nothing under either reading, and says why', () => {
    for (const yearOne of [undefined, 'mothersSettlementYear'] as const) {
      const r = integrationGrant({ person: child(yearOne), budgetYear: 2025 }, { parameters });
      expect(r.value.amount.toString()).toBe('0');
      expect(kindergartenGrant({ person: child(yearOne), budgetYear: 2025 }, { parameters }).value.amount.toString()).toBe('0');
    }
    const text = renderExplanation(integrationGrant({ person: child(), budgetYear: 2025 }, { parameters }).explanation, 'en');
    expect(text).toContain('no grant in 2025: the child is born on 2026-02-14');
  });

  it('the explanation states the reading of year 1, with basis assumption, in both languages', () => {
    const e = explanationToJSON(personGrantSchedule({ person: child() }, { parameters }).explanation);
    const reading = e.steps.find((st) => st.rule === 'grants.newborn-year-one');
    expect(reading?.basis).toBe('assumption');
    expect(reading?.text.en).toBe(
      "child: born 2026-02-14, within six months after the mother's settlement on 2025-11-10; year 1 is the birth year 2026 and years 2–5 are 2027–2030 (assumption: no source says which year is the child's year 1)",
    );
    expect(reading?.text.nb).toBe(
      'child: født 2026-02-14, innen seks måneder etter mors bosetting 2025-11-10; år 1 er fødselsåret 2026 og år 2–5 er 2027–2030 (antagelse: ingen kilde sier hvilket år som er barnets år 1)',
    );
    expect(reading?.used.map((u) => u.parameter)).toEqual(['newbornGrantYearOne']);
  });

  it('a household total: the mother has a 2025 line, the child none', () => {
    const t = grantTotals(
      { persons: [{ id: 'mother', birthDate: '1995-04-01', settlementDate: '2025-11-10' }, child()], budgetYears: { to: 2026 } },
      { parameters },
    ).value;
    expect(t.lines.filter((l) => l.budgetYear === 2025).map((l) => l.personId)).toEqual(['mother']);
    // 2025: the mother's year 1 at the 2025 adult rate 186 000. 2026: her year 2 232 000 + the child's 187 000 + 28 000.
    expect(t.byBudgetYear.map((y) => [y.budgetYear, y.total.toString()])).toEqual([
      [2025, '186000'],
      [2026, '447000'],
    ]);
  });
});
