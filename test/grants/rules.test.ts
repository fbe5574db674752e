/**
 * Hand-worked cases for the edges of the grant rules: the year a person turns 18, an unaccompanied minor
 * settled at 15, exactly 60, a child of 5 versus 6, a budget year with no table, and a caller's own table.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  NoParameterValueError,
  grantTotals,
  kindergartenGrantRate,
  budgetYearValue,
  defaultParameters,
  disabilityGrant,
  elderlyGrant,
  explanationToJSON,
  integrationGrant,
  integrationGrantTable,
  isInputError,
  kindergartenGrant,
  personGrantSchedule,
  renderExplanation,
  withParameters,
  withValues,
  type InputError,
} from '../../src/index.js';
import { hypotheticalParameters } from './what-if.js';

function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

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
    const e = inputErrorOf(() => integrationGrant({ person: { birthDate: '2000-01-01', settlementDate: '2017-12-31', singleAdult: true }, budgetYear: 2017 }));
    expect(e.issues[0]?.path).toEqual(['person', 'singleAdult']);
  });
});

describe('unaccompanied minor settled at 15 (hypothetical tables for 2024–2028)', () => {
  // Born 1 March 2008, settled 20 April 2023 (aged 15). Special grant every year to the year they turn 20 (2028).
  const person = { id: 'EM', birthDate: '2008-03-01', settlementDate: '2023-04-20', unaccompaniedMinor: true };
  const s = personGrantSchedule({ person }, { parameters: hypotheticalParameters() }).value;
  const em = s.lines.filter((l) => l.grant === 'unaccompaniedMinor');
  it('gets the special grant 2023–2028 and not after', () => {
    expect(em.map((l) => l.budgetYear)).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
  });
  it('settlement year from May: 1 118 000 × 8/12 = 745 333.33; turning 16 in 2024: 1 118 000; 17–20: 705 000', () => {
    expect(em.map((l) => l.amount.toString())).toEqual(['745333.33', '1118000', '705000', '705000', '705000', '705000']);
    // 745 333.33 + 1 118 000 + 4 × 705 000 = 4 683 333.33
    expect(em.reduce((a, l) => a.plus(l.amount), new Decimal(0)).toString()).toBe('4683333.33');
  });
  it('the full-year option gives 1 118 000 in the settlement year', () => {
    const full = personGrantSchedule({ person: { ...person, unaccompaniedMinorSettlementYear: 'fullYear' }, budgetYears: { to: 2023 } }, { parameters: hypotheticalParameters() });
    expect(full.value.lines.find((l) => l.grant === 'unaccompaniedMinor')?.amount.toString()).toBe('1118000');
  });
  it('integration grant for five years only (2023–2027)', () => {
    expect(s.lines.filter((l) => l.grant === 'integration').map((l) => l.budgetYear)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });
});

describe('the age tests of the one-off grants', () => {
  it('exactly 60 on the settlement date: elderly grant 164 200; a day younger: none', () => {
    expect(elderlyGrant({ person: { birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString()).toBe('164200');
    expect(elderlyGrant({ person: { birthDate: '1957-03-02', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString()).toBe('0');
  });
  it('a child of 5 gets the kindergarten grant, a child of 6 does not', () => {
    const five = kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-08-31' }, budgetYear: 2017 });
    const six = kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-09-01' }, budgetYear: 2017 });
    expect(five.value.amount.toString()).toBe('25100');
    expect(six.value.amount.toString()).toBe('0');
    expect(renderExplanation(six.explanation, 'en')).toContain('aged 6 at settlement on 2017-09-01, above 5');
  });
  it('a child born within six months after the mother’s settlement, the same calendar year: year 1 is 2017 under either reading, with the kindergarten grant', () => {
    const child = { birthDate: '2017-08-15', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } };
    const s = personGrantSchedule({ person: child, budgetYears: { to: 2017 } }).value;
    expect(s.settlementYear).toBe(2017);
    expect(s.total.toString()).toBe('210100'); // 185 000 + 25 100
  });
  it('a child born more than six months after is refused, naming birthDate', () => {
    const e = inputErrorOf(() => personGrantSchedule({ person: { birthDate: '2017-09-02', bornAfterMotherSettlement: { motherSettlementDate: '2017-03-01' } } }));
    expect(e.issues[0]?.path).toEqual(['person', 'birthDate']);
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
    grants: { integrationGrantRates: withValues(
      defaultParameters.grants.integrationGrantRates,
      years.map((y) => budgetYearValue(y, integrationGrantTable(236_000 + up(y), 186_000 + up(y), 186_000 + up(y), 186_000 + up(y), 231_000 + up(y), 168_000 + up(y), 85_000 + up(y), 71_000 + up(y)), what, 'assumption', NOTE)),
    ),
    kindergartenGrantRate: withValues(kindergartenGrantRate, years.map((y) => budgetYearValue(y, new Decimal(27_000 + up(y)), what, 'assumption', NOTE))) },
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
    const mothers = withParameters({ grants: { newbornGrantYearOne: withValues(defaultParameters.grants.newbornGrantYearOne, [{ from: '2011-01-01', value: 'mothersSettlementYear', reference: what, basis: 'assumption', note: NOTE }]) } }, parameters);
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
    expect(reading?.text.nb).toBe('child: født 2026-02-14, innen seks måneder etter mors bosetting 2025-11-10; år 1 er fødselsåret 2026 og år 2–5 er 2027–2030 (antagelse: ingen kilde sier hvilket år som er barnets år 1)');
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
    const s = personGrantSchedule({ person: { birthDate: '1980-01-01', settlementDate: '2016-02-01' }, budgetYears: { from: 2017, to: 2017 } });
    expect(s.value.total.toString()).toBe('230000'); // year 2 at the 2017 rate
  });
});

describe('a caller’s own table ("what if")', () => {
  it('a 2018 table entered by the caller gives year 2 in 2018', () => {
    const myTable = integrationGrantTable(250_000, 200_000, 190_000, 200_000, 240_000, 170_000, 90_000, 75_000);
    const ref = { kind: 'municipal' as const, title: { nb: 'Egen prognose', en: 'Own forecast' } };
    const parameters = withParameters({
      grants: { integrationGrantRates: withValues(defaultParameters.grants.integrationGrantRates, [budgetYearValue(2018, myTable, ref, 'assumption', { nb: 'prognose', en: 'forecast' })]) },
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

describe('the disability grant', () => {
  it('tilskudd 1 in year 2 at the 2023 proposal rate 196 400', () => {
    const person = { birthDate: '1985-01-01', settlementDate: '2022-10-01', disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2023 }] };
    expect(disabilityGrant({ person, budgetYear: 2023 }).value.amount.toString()).toBe('196400');
  });
  it('tilskudd 1 in year 3 is refused, naming the claim', () => {
    const person = { birthDate: '1985-01-01', settlementDate: '2021-10-01', disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2023 }] };
    const e = inputErrorOf(() => disabilityGrant({ person, budgetYear: 2023 }));
    expect(e.issues[0]?.path).toEqual(['person', 'disabilityClaims', 0, 'budgetYear']);
  });
  it('tilskudd 2 needs a threshold for the year: none ships for 2023', () => {
    const person = { birthDate: '1985-01-01', settlementDate: '2021-10-01', disabilityClaims: [{ kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '900000' }] };
    expect(() => disabilityGrant({ person, budgetYear: 2023 })).toThrow(/No rate for budget year 2023/);
  });
  it('tilskudd 2 with a caller’s 2023 threshold of 200 000: 900 000 − 200 000 = 700 000; 2 000 000 − 200 000 capped at 1 520 000', () => {
    const ref = { kind: 'municipal' as const, title: { nb: 'Egen', en: 'Own' } };
    const parameters = withParameters({
      grants: { disabilityGrantCostThreshold: withValues(defaultParameters.grants.disabilityGrantCostThreshold, [budgetYearValue(2023, new Decimal(200_000), ref, 'assumption', { nb: 'x', en: 'x' })]) },
    });
    const claim = (documentedCosts: string) => ({ birthDate: '1985-01-01', settlementDate: '2021-10-01', disabilityClaims: [{ kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts }] });
    expect(disabilityGrant({ person: claim('900000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('700000');
    expect(disabilityGrant({ person: claim('2000000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('1520000');
    expect(disabilityGrant({ person: claim('150000'), budgetYear: 2023 }, { parameters }).value.amount.toString()).toBe('0');
  });
  it('either tilskudd 1 or tilskudd 2 for year 1–2, never both', () => {
    const person = {
      birthDate: '1985-01-01',
      settlementDate: '2022-10-01',
      disabilityClaims: [{ kind: 'oneOff' as const, budgetYear: 2022 }, { kind: 'documentedCosts' as const, budgetYear: 2023, documentedCosts: '500000' }],
    };
    expect(inputErrorOf(() => disabilityGrant({ person, budgetYear: 2023 })).issues[0]?.path).toEqual(['person', 'disabilityClaims', 1, 'budgetYear']);
  });
});

describe('input errors name the field', () => {
  it('unknown keys, a missing settlement date, a settlement before birth', () => {
    expect(inputErrorOf(() => integrationGrant({ person: { birthDate: '1980-01-01', settlementDate: '2017-01-01', single: true } as never, budgetYear: 2017 })).issues[0]?.code).toBe('unrecognized_keys');
    expect(inputErrorOf(() => integrationGrant({ person: { birthDate: '1980-01-01' }, budgetYear: 2017 })).issues[0]?.path).toEqual(['person', 'settlementDate']);
    expect(inputErrorOf(() => integrationGrant({ person: { birthDate: '2018-01-01', settlementDate: '2017-01-01' }, budgetYear: 2017 })).issues[0]?.path).toEqual(['person', 'settlementDate']);
  });
  it('explanations render in both languages with the values used', () => {
    const r = integrationGrant({ person: { birthDate: '1980-01-01', settlementDate: '2017-01-01', singleAdult: true }, budgetYear: 2017 });
    expect(renderExplanation(r.explanation, 'nb')).toContain('integreringstilskudd for år 1 (2017 − 2017 + 1), sats for enslig voksen');
    expect(renderExplanation(r.explanation, 'en')).toContain('Values used:');
  });
});
