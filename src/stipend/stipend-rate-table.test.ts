/**
 * The stipend rate table (`stipendRateTable`) and the rate code (`stipendRateCode`) of the numbers-only road,
 * and the road at the edges of the rule:
 * limits exactly at the limit, every refusal with its code, path (`<column>.<row>`) and both texts, a caller's
 * own parameters (divisors, G), and amounts beyond exact integers. Written for the mutants that survived
 * `npx stryker run --mutate src/stipend/stipend-columns-ore.ts,src/stipend/stipend-rate-table.ts,src/stipend/age-fraction.ts`.
 * Tables are built inside each test (work at collection time is not credited per test). Figures by hand:
 *
 * - G from 1 May 2024 is 124 028 kr: 2 G = 248 056 a year, a month 248 056 / 12 = 20 671.333… → 20 671.33; one
 *   programme day of 30 is 689.044… → 689.04; an hour is 248 056 / 1850 of a year.
 * - G before 1 May 2024 (and as known on 15 May 2024): 118 620 → 237 240 / 12 = 19 770.00.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  NoParameterValueError,
  STIPEND_RATE_CODES,
  defaultParameters,
  references,
  stipendColumnsOre,
  stipendRateCode,
  stipendRateTable,
  withParameters,
  withValues,
  type ParameterSet,
  type StipendColumns,
  type StipendRateTable,
} from '../index.js';
import { issueCodesOf, refusalAt } from '../../test/helpers/input-error.js';
import { ageFractionKind } from './age-fraction.js';

const intro = stipendRateTable({ regime: 'introduksjonsloven', from: '2023-01', to: '2024-12' });
const integ = stipendRateTable({ regime: 'integreringsloven', from: '2024-01', to: '2024-12' });

const issues = issueCodesOf;
const refusal = refusalAt;

const table2024 = () => stipendRateTable({ regime: 'introduksjonsloven', from: '2024-01', to: '2024-12' });
const pay = (t: StipendRateTable, cols: StipendColumns) => Array.from(stipendColumnsOre(t, cols));

/** The Integration Act divisors replaced from 2021 (the only dated value) by `d`. */
function divisors(d: { month: number; day: number; hour: number }): ParameterSet {
  return withParameters({
    stipend: {
      stipendDivisorsIntegrationAct: withValues(defaultParameters.stipend.stipendDivisorsIntegrationAct, [
        { from: '2021-01-01', value: d, reference: references.integrationAct('§ 20'), basis: 'assumption' },
      ]),
    },
  });
}
/** The G from 1 May 2024 replaced by `kr` (with `d` as the divisors if given). */
function gOf(kr: string, d?: { month: number; day: number; hour: number }): ParameterSet {
  return withParameters(
    {
      basicAmount: {
        grunnbelop: withValues(defaultParameters.basicAmount.grunnbelop, [
          { from: '2024-05-01', value: new Decimal(kr), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
        ]),
      },
    },
    d === undefined ? defaultParameters : divisors(d),
  );
}

const may2024 = (parameters: ParameterSet) => () =>
  stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-05' }, { parameters });

describe('the stipend rate table', () => {
  it('covers every month of the span, in order', () => {
    expect(intro.months).toHaveLength(24);
    expect(intro.months[0]).toBe('2023-01');
    expect(intro.months[23]).toBe('2024-12');
    expect(stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-05' }).months).toEqual(['2024-05']);
  });

  it('refuses a span that runs backwards or beyond a hundred years, and months without a G', () => {
    expect(issues(() => stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-04' }))).toEqual([
      'end_before_start@to',
    ]);
    expect(issues(() => stipendRateTable({ regime: 'integreringsloven', from: '1950-01', to: '2050-12' }))).toEqual(['too_long@to']);
    expect(issues(() => stipendRateTable({ regime: 'nope' as 'integreringsloven', from: '2024-01', to: '2024-02' }))[0]).toMatch(
      /@regime$/,
    );
    expect(() => stipendRateTable({ regime: 'introduksjonsloven', from: '1990-01', to: '1990-02' })).toThrow(NoParameterValueError);
  });

  it('gives the rate code the law gives the person in the month', () => {
    // Turns 25 on 10 May 2024: under 25 in May, full rate from June (the month after).
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '1999-05-10' })).toBe(STIPEND_RATE_CODES.under25);
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '1999-05-10' })).toBe(STIPEND_RATE_CODES.full);
    // Living with a parent: a rate of its own under the Integration Act only.
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: true })).toBe(
      STIPEND_RATE_CODES.under25WithParent,
    );
    expect(stipendRateCode(intro, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: true })).toBe(STIPEND_RATE_CODES.under25);
    // Turns 25 on 1 June 2024: 25 on every day of June, so the full rate in June itself; under 25 in May.
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '1999-06-01' })).toBe(STIPEND_RATE_CODES.under25);
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '1999-06-01' })).toBe(STIPEND_RATE_CODES.full);
    // Moved out on 1 June: on their own every day of June, so no longer the with-parent rate in June.
    expect(
      stipendRateCode(integ, { month: '2024-06', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-06-01' }),
    ).toBe(STIPEND_RATE_CODES.under25);
    // Moved out on 3 May: still with the parent in May, on their own from June.
    expect(
      stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-05-03' }),
    ).toBe(STIPEND_RATE_CODES.under25WithParent);
    expect(
      stipendRateCode(integ, { month: '2024-06', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-05-03' }),
    ).toBe(STIPEND_RATE_CODES.under25);
    // The couples rule exists only in the Integration Act.
    expect(stipendRateCode(integ, { month: '2024-08', birthDate: '2003-01-01', childlessCoupleBothParticipating: true })).toBe(
      STIPEND_RATE_CODES.under25Couple,
    );
    expect(stipendRateCode(intro, { month: '2024-08', birthDate: '1990-01-01', childlessCoupleBothParticipating: true })).toBe(
      STIPEND_RATE_CODES.full,
    );
  });

  it('refuses a month outside the table and a birth or move after the month', () => {
    expect(issues(() => stipendRateCode(integ, { month: '2025-01', birthDate: '1990-01-01' }))).toEqual(['month_outside_table@month']);
    expect(issues(() => stipendRateCode(integ, { month: '2024-05', birthDate: '2024-06-01' }))).toEqual(['birth_after_month@birthDate']);
    expect(issues(() => stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', householdChangedOn: '2024-06-01' }))).toEqual([
      'change_after_month@householdChangedOn',
    ]);
    expect(issues(() => stipendRateCode(integ, { month: '2024-13', birthDate: '1990-01-01' }))[0]).toMatch(/@month$/);
  });
});

describe('columns and rate table: a caller’s own parameters', () => {
  it('an hour divisor of 1200 makes a month exactly 100 hours: 100 take the whole month, 100.01 is refused', () => {
    const t = stipendRateTable(
      { regime: 'integreringsloven', from: '2024-06', to: '2024-06' },
      { parameters: divisors({ month: 12, day: 30, hour: 1200 }) },
    );
    // 100 h × 248 056 / 1200 = 20 671.333… → 20 671.33 = the month → 0.
    expect(pay(t, { month: [0], rate: [0], hours: [10000] })).toEqual([0]);
    expect(refusal(() => pay(t, { month: [0], rate: [0], hours: [10001] })).at).toBe('invalid_column_value@hours.0');
  });
  it('a day divisor of 20 caps a partial month at 20 days: 25 of June’s 30 days earn the whole month, 19 earn 19/20', () => {
    const t = stipendRateTable(
      { regime: 'integreringsloven', from: '2024-06', to: '2024-06' },
      { parameters: divisors({ month: 12, day: 20, hour: 1850 }) },
    );
    // min(25, 20) / 20 = 1 → 20 671.33; 19 / 20 × 20 671.333… = 19 637.766… → 19 637.77.
    expect(pay(t, { month: [0, 0], rate: [0, 0], programmeDays: [25, 19] })).toEqual([2067133, 1963777]);
  });
  it('a table as known on 15 May 2024 prices May with the old G (19 770.00)', () => {
    const t = stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-05', asKnownOn: '2024-05-15' });
    expect(pay(t, { month: [0], rate: [0] })).toEqual([1977000]);
  });
  it('refuses divisors that are not positive whole numbers, naming the month', () => {
    const msg = new RangeError('stipend rate table: the divisors of 2024-05 must be positive whole numbers');
    for (const d of [
      { month: 0, day: 30, hour: 1850 },
      { month: 12, day: 1.5, hour: 1850 },
      { month: 12, day: 30, hour: 0 },
      { month: 12.5, day: 30, hour: 1850 },
      { month: 12, day: 0, hour: 1850 },
    ]) {
      expect(may2024(divisors(d))).toThrow(msg);
    }
  });
  it('refuses with a RangeError every table whose amounts would leave the exact integer range', () => {
    const msg = new RangeError('stipend rate table: an amount outside the exact integer range');
    // G = 10^20: 2 G in øre (2 × 10^22) is itself beyond 2^53 ≈ 9.007 × 10^15.
    expect(may2024(gOf('1e20'))).toThrow(msg);
    // G = 10^13: 2 × 10^15 øre a year is exact, but times the 185 000 hundredths of an hour a month may hold it is not.
    expect(may2024(gOf('1e13'))).toThrow(msg);
    // G = 5 × 10^8: 10^11 øre × 185 000 = 1.85 × 10^16, beyond 2^53 (the hours, not the 3 100 hundredths of days, decide).
    expect(may2024(gOf('5e8'))).toThrow(msg);
    // Hour divisor 1: a month holds 100 hundredths of an hour but 3 100 of days; G = 5 × 10^10: 10^13 × 3 100 is beyond 2^53.
    expect(may2024(gOf('5e10', { month: 12, day: 30, hour: 1 }))).toThrow(msg);
    // G = 0.0001 kr: 1/50 øre a year (numerator 1, denominator 50); an hour divisor of 2 × 10^12 makes 50 × 2 × 10^14 = 10^16.
    expect(may2024(gOf('0.0001', { month: 12, day: 30, hour: 2e12 }))).toThrow(msg);
    // Month and day divisors of 2^24 each: 2^48 × 100 ≈ 2.8 × 10^16 for the day's denominator.
    expect(may2024(divisors({ month: 2 ** 24, day: 2 ** 24, hour: 1850 }))).toThrow(msg);
    // The shipped parameters are far inside the range.
    expect(may2024(defaultParameters)).not.toThrow();
  });
});

describe('rate table: the span', () => {
  it('refuses a span that runs backwards, in both languages', () => {
    expect(refusal(() => stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-04' }))).toEqual({
      at: 'end_before_start@to',
      nb: 'siste måned (2024-04) er før første (2024-05)',
      en: 'the last month (2024-04) is before the first (2024-05)',
    });
  });
  it('takes exactly 1200 months (May 2015 to April 2115) and refuses 1201, in both languages', () => {
    expect(stipendRateTable({ regime: 'introduksjonsloven', from: '2015-05', to: '2115-04' }).months).toHaveLength(1200);
    expect(refusal(() => stipendRateTable({ regime: 'introduksjonsloven', from: '2015-05', to: '2115-05' }))).toEqual({
      at: 'too_long@to',
      nb: 'høyst 1200 måneder i én tabell',
      en: 'at most 1200 months in one table',
    });
  });
});

describe('rate code: the person’s facts in the month', () => {
  it('the Introduction Act has no with-parent rate and no couples rule', () => {
    const t = table2024();
    expect(stipendRateCode(t, { month: '2024-08', birthDate: '2003-01-01', livesWithParent: true })).toBe(STIPEND_RATE_CODES.under25);
    expect(stipendRateCode(t, { month: '2024-08', birthDate: '1990-01-01', childlessCoupleBothParticipating: true })).toBe(
      STIPEND_RATE_CODES.full,
    );
  });
  it('under the Integration Act a couple gets the couple code also before 1 July 2024, where it is paid in full (fraction 1)', () => {
    const t = stipendRateTable({ regime: 'integreringsloven', from: '2024-06', to: '2024-07' });
    const june = stipendRateCode(t, { month: '2024-06', birthDate: '1990-01-01', childlessCoupleBothParticipating: true });
    const july = stipendRateCode(t, { month: '2024-07', birthDate: '1990-01-01', childlessCoupleBothParticipating: true });
    expect([june, july]).toEqual([STIPEND_RATE_CODES.fullCouple, STIPEND_RATE_CODES.fullCouple]);
    // June: 1 × 20 671.33; July: 5/6 × 20 671.333… = 17 226.111… → 17 226.11.
    expect(pay(t, { month: [0, 1], rate: [june, july] })).toEqual([2067133, 1722611]);
  });
  it('born on the last day of the month: under 25 that month; born the day after: refused, in both languages', () => {
    const t = table2024();
    expect(stipendRateCode(t, { month: '2024-05', birthDate: '2024-05-31' })).toBe(STIPEND_RATE_CODES.under25);
    expect(refusal(() => stipendRateCode(t, { month: '2024-05', birthDate: '2024-06-01' }))).toEqual({
      at: 'birth_after_month@birthDate',
      nb: 'fødselsdatoen 2024-06-01 er etter måneden 2024-05',
      en: 'the birth date 2024-06-01 is after the month 2024-05',
    });
  });
  it('a move on the last day of the month counts (from the month after); a move after the month is refused, in both languages', () => {
    const t = stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-06' });
    const moved = { birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-05-31' };
    expect(stipendRateCode(t, { month: '2024-05', ...moved })).toBe(STIPEND_RATE_CODES.under25WithParent);
    expect(stipendRateCode(t, { month: '2024-06', ...moved })).toBe(STIPEND_RATE_CODES.under25);
    expect(refusal(() => stipendRateCode(t, { month: '2024-05', ...moved, householdChangedOn: '2024-06-01' }))).toEqual({
      at: 'change_after_month@householdChangedOn',
      nb: 'flyttedatoen 2024-06-01 er etter måneden 2024-05',
      en: 'the moving date 2024-06-01 is after the month 2024-05',
    });
  });
  it('a month outside the table is refused, naming the table’s first and last month (none for an empty table)', () => {
    const t = table2024();
    expect(refusal(() => stipendRateCode(t, { month: '2025-01', birthDate: '1990-01-01' }))).toEqual({
      at: 'month_outside_table@month',
      nb: 'måneden 2025-01 er ikke i tabellen (2024-01–2024-12)',
      en: 'the month 2025-01 is not in the table (2024-01–2024-12)',
    });
    const empty: StipendRateTable = { ...t, months: [], rules: [] };
    expect(refusal(() => stipendRateCode(empty, { month: '2024-05', birthDate: '1990-01-01' }))).toEqual({
      at: 'month_outside_table@month',
      nb: 'måneden 2024-05 er ikke i tabellen (–)',
      en: 'the month 2024-05 is not in the table (–)',
    });
  });
});

describe('the 25th birthday of a person born on 29 February', () => {
  it('in a common year it is 1 March: under 25 through February 2025, and 25 on every day of March, so the full rate from March', () => {
    // Turning 25 on 1 March 2025 (as ageOn counts it), the participant is 25 on each of March's 31 days: not
    // "under 25" in March (integreringsloven § 20), whatever the timing for a birthday later in a month.
    const t = stipendRateTable({ regime: 'integreringsloven', from: '2025-02', to: '2025-04' });
    const code = (month: string) => stipendRateCode(t, { month, birthDate: '2000-02-29' });
    expect(['2025-02', '2025-03', '2025-04'].map(code)).toEqual([
      STIPEND_RATE_CODES.under25,
      STIPEND_RATE_CODES.full,
      STIPEND_RATE_CODES.full,
    ]);
  });
  it('the birthday is 29 February in a leap year, 1 March otherwise (every 4th year, not every 100th, but every 400th)', () => {
    const birthday = (birthDate: string, ageLimit: number) =>
      ageFractionKind({
        birthDate,
        month: '2024-05',
        ageLimit,
        livesWithParent: false,
        householdChangedOn: undefined,
        withParentRuleExists: true,
        ageTiming: 'monthAfter',
        householdTiming: 'monthAfter',
      }).birthday;
    expect(birthday('2000-02-29', 25)).toBe('2025-03-01'); // 2025: not divisible by 4
    expect(birthday('2000-02-29', 24)).toBe('2024-02-29'); // 2024: divisible by 4, not by 100
    expect(birthday('2000-02-29', 100)).toBe('2100-03-01'); // 2100: divisible by 100, not by 400
    expect(birthday('2000-02-29', 400)).toBe('2400-02-29'); // 2400: divisible by 400
    // Other birthdays stay on their date: 28 February, 29 January, 10 May.
    expect(birthday('2000-02-28', 25)).toBe('2025-02-28');
    expect(birthday('2000-01-29', 25)).toBe('2025-01-29');
    expect(birthday('1999-05-10', 25)).toBe('2024-05-10');
  });
});
