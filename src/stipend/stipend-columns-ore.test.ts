/**
 * The stipend from numeric columns (`stipendColumnsOre`, the numbers-only road with `stipendRateTable` and
 * `stipendRateCode`), and the road at the edges of the rule:
 * limits exactly at the limit, every refusal with its code, path (`<column>.<row>`) and both texts, a caller's
 * own parameters (divisors, G), and amounts beyond exact integers. Written for the mutants that survived
 * `npx stryker run --mutate src/stipend/stipend-columns-ore.ts,src/stipend/stipend-rate-table.ts,src/stipend/age-fraction.ts`.
 * Tables are built inside each test (work at collection time is not credited per test). Figures by hand:
 *
 * - G from 1 May 2024 is 124 028 kr: 2 G = 248 056 a year, a month 248 056 / 12 = 20 671.333… → 20 671.33; one
 *   programme day of 30 is 689.044… → 689.04; an hour is 248 056 / 1850 of a year.
 * - G before 1 May 2024 (and as known on 15 May 2024): 118 620 → 237 240 / 12 = 19 770.00.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InputError,
  STIPEND_RATE_CODES,
  addDaysToDate,
  stipendColumnsOre,
  stipendForMonth,
  stipendPaymentsOre,
  stipendRateCode,
  stipendRateTable,
  type StipendBatchRow,
  type StipendColumns,
  type StipendRateTable,
} from '../index.js';
import { issueCodesOf, refusalAt } from '../../test/helpers/input-error.js';
import { RUNS } from '../../test/properties/arbitraries.js';

const intro = stipendRateTable({ regime: 'introduksjonsloven', from: '2023-01', to: '2024-12' });
const integ = stipendRateTable({ regime: 'integreringsloven', from: '2024-01', to: '2024-12' });
const at = (t: { months: readonly string[] }, m: string) => t.months.indexOf(m);

const issues = issueCodesOf;
const refusal = refusalAt;

const table2024 = () => stipendRateTable({ regime: 'introduksjonsloven', from: '2024-01', to: '2024-12' });
const JUNE = 5; // index of 2024-06 in table2024 (January is 0)
const pay = (t: StipendRateTable, cols: StipendColumns) => Array.from(stipendColumnsOre(t, cols));
const cols = (c: Record<string, unknown>) => c as unknown as StipendColumns;

describe('the stipend from numeric columns', () => {
  it('pays the worked figures to the øre', () => {
    const { full, under25, under25WithParent, under25Couple } = STIPEND_RATE_CODES;
    const cols: StipendColumns = {
      month: [
        at(intro, '2024-04'),
        at(intro, '2024-06'),
        at(intro, '2024-06'),
        at(intro, '2023-06'),
        at(intro, '2024-06'),
        at(intro, '2024-06'),
      ],
      rate: [full, full, full, under25, full, full],
      programmeDays: [30, 30, 30, 30, 15, 30],
      hours: [0, 750, 0, 1000, 0, 0],
      days: [0, 0, 200, 0, 0, 0],
      leaveCalendarDays: [0, 0, 0, 0, 0, 3000],
    };
    expect(Array.from(stipendColumnsOre(intro, cols))).toEqual([
      // April 2024, G 118 620: 2 × 118 620 / 12 = 19 770.00.
      1977000,
      // June 2024, G 124 028: 248 056 / 12 = 20 671.33; 7.5 h × 248 056 / 1850 = 1 005.63 → 19 665.70.
      1966570,
      // 2 days × 20 671.333… / 30 = 1 378.09 → 19 293.24.
      1929324,
      // June 2023, under 25: 2/3 × 237 240 / 12 = 13 180.00; 10 h × 158 160 / 1850 = 854.92 → 12 325.08.
      1232508,
      // 15 programme days of 30: 15 × 20 671.333… / 30 = 10 335.67.
      1033567,
      // Leave for all 30 days takes the whole month.
      0,
    ]);
    // Integration Act, August 2024: under 25 with a parent 1/3 × 248 056 / 12 = 6 890.44; a childless couple
    // both in the programme, under 25: 5/6 × 2/3 × 248 056 / 12 = 11 484.07.
    expect(Array.from(stipendColumnsOre(integ, { month: [7, 7], rate: [under25WithParent, under25Couple] }))).toEqual([689044, 1148407]);
  });

  it('leave in calendar days: February 2024 on leave every day (29) pays 0; 28 days pay 19 770 − 28 × 659 = 1 318.00', () => {
    const feb = at(intro, '2024-02');
    expect(Array.from(stipendColumnsOre(intro, { month: [feb, feb], rate: [0, 0], leaveCalendarDays: [2900, 2800] }))).toEqual([0, 131800]);
  });
  it('refuses a column it does not know, such as the old `leave`, instead of leaving it out', () => {
    const cols = { month: [at(intro, '2024-06')], rate: [0], leave: [3000] } as unknown as StipendColumns;
    expect(issues(() => stipendColumnsOre(intro, cols))).toEqual(['unknown_column@leave']);
  });

  it('caps the partial month at the day divisor: 31 days of July count as 30', () => {
    // A month with 31 days, all in the programme, is a whole month (20 671.33); 30 of its days are 30/30 of it.
    expect(
      Array.from(stipendColumnsOre(intro, { month: [at(intro, '2024-07'), at(intro, '2024-07')], rate: [0, 0], programmeDays: [31, 30] })),
    ).toEqual([2067133, 2067133]);
  });

  it('refuses absence beyond the month, by the same limits as the single-month rule', () => {
    const june = at(intro, '2024-06');
    // A whole month holds 1850 / 12 = 154.1666… hours: 154.16 is allowed, 154.17 is not. 154.16 h × 248 056 / 1850
    // = 20 670.44, leaving 20 671.33 − 20 670.44 = 0.89.
    expect(stipendColumnsOre(intro, { month: [june], rate: [0], hours: [15416] })[0]).toBe(89);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], hours: [15417] }))).toEqual(['invalid_column_value@hours.0']);
    // Half the month (15 days of 30) holds half the hours: 77.08 is allowed, 77.09 is not.
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], hours: [7709] }))).toEqual([
      'invalid_column_value@hours.0',
    ]);
    expect(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], hours: [7708] })).not.toThrow();
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], days: [1501] }))).toEqual([
      'invalid_column_value@days.0',
    ]);
    expect(
      issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], days: [1000], leaveCalendarDays: [501] })),
    ).toEqual(['invalid_column_value@leaveCalendarDays.0']);
  });

  it('names the column and row of every value that is not a whole number in range', () => {
    const june = at(intro, '2024-06');
    expect(issues(() => stipendColumnsOre(intro, { month: [june, 24], rate: [0, 0] }))).toEqual(['invalid_column_value@month.1']);
    expect(issues(() => stipendColumnsOre(intro, { month: [-1], rate: [0] }))).toEqual(['invalid_column_value@month.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [6] }))).toEqual(['invalid_column_value@rate.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0.5] }))).toEqual(['invalid_column_value@rate.0']);
    // Hundredths, not hours: 7.5 is refused (7.5 hours is 750).
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], hours: [7.5] }))).toEqual(['invalid_column_value@hours.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], days: [Number.NaN] }))).toEqual([
      'invalid_column_value@days.0',
    ]);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], leaveCalendarDays: [-100] }))).toEqual([
      'invalid_column_value@leaveCalendarDays.0',
    ]);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [0] }))).toEqual([
      'invalid_column_value@programmeDays.0',
    ]);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [31] }))).toEqual([
      'invalid_column_value@programmeDays.0',
    ]);
    expect(issues(() => stipendColumnsOre(intro, { month: [june, june], rate: [0] }))).toEqual(['invalid_column_value@rate.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], hours: [] }))).toEqual(['invalid_column_value@hours.0']);
    expect(issues(() => stipendColumnsOre(intro, { rate: [0] } as unknown as StipendColumns))).toEqual(['invalid_column_value@month.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june] } as unknown as StipendColumns))).toEqual(['invalid_column_value@rate.0']);
    expect(issues(() => stipendColumnsOre(intro, null as unknown as StipendColumns))).toEqual(['invalid_column_value@columns.0']);
  });

  it('says what is wrong in Norwegian and English', () => {
    try {
      stipendColumnsOre(intro, { month: [5], rate: [0], hours: [7.5] });
      expect.unreachable();
    } catch (e) {
      const issue = (e as InputError).issues[0];
      expect(issue?.message.nb).toBe('hours[0] = 7.5: må være et ikke-negativt heltall');
      expect(issue?.message.en).toBe('hours[0] = 7.5: must be a non-negative whole number');
    }
  });

  it('takes typed arrays as well as plain arrays', () => {
    const june = at(intro, '2024-06');
    const typed = stipendColumnsOre(intro, { month: Uint16Array.of(june), rate: Uint8Array.of(0), hours: Int32Array.of(750) });
    expect(Array.from(typed)).toEqual([1966570]);
  });

  it('leave on every programme day, or one day short of it, pays the same in all three roads (property)', () => {
    // The whole-month rule for leave is a branch of its own in each road; this property hits it on every run.
    const table = stipendRateTable({ regime: 'integreringsloven', from: '2021-01', to: '2026-12' });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: table.months.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(0, 1),
        fc.constantFrom(0, 3), // hours of unexcused absence besides
        (mi, startDay, short, hours) => {
          const month = table.months[mi] as string;
          const dim = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
          const start = `${month}-${String(Math.min(startDay, dim)).padStart(2, '0')}`;
          const days = dim - Math.min(startDay, dim) + 1;
          const leave = days - short;
          const facts = { regime: 'integreringsloven' as const, month, birthDate: '1980-01-15', programme: { start } };
          const single = stipendForMonth(
            {
              ...facts,
              ...(hours === 0 ? {} : { unexcusedAbsence: { hours } }),
              ...(leave === 0 ? {} : { leaveWithoutStipend: { calendarDays: leave } }),
            },
            { explain: false },
          ).value;
          const batch = stipendPaymentsOre({
            rows: [
              {
                regime: 'integreringsloven',
                month,
                birthDate: '1980-01-15',
                programmeStart: start,
                unexcusedHours: hours,
                leaveCalendarDays: leave,
              },
            ],
          })[0];
          const cols = stipendColumnsOre(table, {
            month: [mi],
            rate: [0],
            programmeDays: [days],
            hours: [hours * 100],
            leaveCalendarDays: [leave * 100],
          })[0];
          expect(batch).toBe(Math.round(single.payment.toNumber() * 100));
          expect(cols).toBe(batch);
          if (short === 0) expect(single.payment.isZero()).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('pays exactly what the row batch (and so stipendForMonth) pays, for any facts (property)', () => {
    const tables = {
      introduksjonsloven: stipendRateTable({ regime: 'introduksjonsloven', from: '2021-01', to: '2026-12' }),
      integreringsloven: stipendRateTable({ regime: 'integreringsloven', from: '2021-01', to: '2026-12' }),
    };
    const iso = (min: number, max: number) =>
      fc
        .date({ min: new Date(Date.UTC(min, 0, 1)), max: new Date(Date.UTC(max, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    let priced = 0;
    const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
    fc.assert(
      fc.property(
        fc.constantFrom('introduksjonsloven' as const, 'integreringsloven' as const),
        iso(1965, 2005),
        iso(2021, 2026),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 16_000 })),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
        (regime, birthDate, start, monthOffset, length, livesWithParent, couple, hours, days, leave) => {
          const month = addDaysToDate(start, monthOffset).slice(0, 7);
          const end = length === undefined ? undefined : addDaysToDate(start, length);
          if (month > '2026-12' || (end !== undefined && end < `${month}-01`)) return; // outside the table or the programme
          const row: StipendBatchRow = {
            regime,
            month,
            birthDate,
            programmeStart: start,
            livesWithParent,
            childlessCoupleBothParticipating: couple,
            ...(end === undefined ? {} : { programmeEnd: end }),
            unexcusedHours: hours / 100,
            unexcusedDays: days / 100,
            leaveCalendarDays: leave / 100,
          };
          const table = tables[regime];
          const first = `${month}-01`;
          const dim = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
          const last = `${month}-${String(dim).padStart(2, '0')}`;
          const from = start > first ? start : first;
          const to = end !== undefined && end < last ? end : last;
          const run = () => {
            const rate = stipendRateCode(table, { month, birthDate, livesWithParent, childlessCoupleBothParticipating: couple });
            return stipendColumnsOre(table, {
              month: [at(table, month)],
              rate: [rate],
              programmeDays: [dayNumber(to) - dayNumber(from) + 1],
              hours: [hours],
              days: [days],
              leaveCalendarDays: [leave],
            })[0];
          };
          let expected: number | undefined;
          try {
            expected = stipendPaymentsOre({ rows: [row] })[0];
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
          if (expected === undefined) expect(run).toThrow(InputError);
          else {
            expect(run()).toBe(expected);
            priced++;
          }
        },
      ),
      RUNS,
    );
    // Most generated months are priced (not refused), so the comparison is not vacuous.
    expect(priced).toBeGreaterThan(RUNS.numRuns / 3);
  });
});

describe('columns: a missing or misshapen column is refused, in both languages', () => {
  it('no columns at all (null or a number)', () => {
    expect(refusal(() => stipendColumnsOre(table2024(), cols(null as never)))).toEqual({
      at: 'invalid_column_value@columns.0',
      nb: 'columns[0] = null: mangler',
      en: 'columns[0] = null: is missing',
    });
    expect(refusal(() => stipendColumnsOre(table2024(), cols(5 as never)))).toEqual({
      at: 'invalid_column_value@columns.0',
      nb: 'columns[0] = 5: mangler',
      en: 'columns[0] = 5: is missing',
    });
  });
  it('a month column that is null or has no length, and a missing rate column', () => {
    expect(refusal(() => pay(table2024(), cols({ month: null, rate: [0] })))).toEqual({
      at: 'invalid_column_value@month.0',
      nb: 'month[0] = null: kolonnen mangler',
      en: 'month[0] = null: the column is missing',
    });
    expect(refusal(() => pay(table2024(), cols({ month: {}, rate: [0] }))).at).toBe('invalid_column_value@month.0');
    expect(refusal(() => pay(table2024(), cols({ month: [JUNE] })))).toEqual({
      at: 'invalid_column_value@rate.0',
      nb: 'rate[0] = undefined: kolonnen mangler',
      en: 'rate[0] = undefined: the column is missing',
    });
  });
  it('a column of the wrong length, null, or not a column at all (text of the right length)', () => {
    expect(refusal(() => pay(table2024(), { month: [JUNE, JUNE], rate: [0] }))).toEqual({
      at: 'invalid_column_value@rate.0',
      nb: 'rate[0] = 1: kolonnen har ikke 2 rader',
      en: 'rate[0] = 1: the column does not have 2 rows',
    });
    expect(refusal(() => pay(table2024(), cols({ month: [JUNE], rate: [0], hours: null })))).toEqual({
      at: 'invalid_column_value@hours.0',
      nb: 'hours[0] = undefined: kolonnen har ikke 1 rader',
      en: 'hours[0] = undefined: the column does not have 1 rows',
    });
    expect(refusal(() => pay(table2024(), cols({ month: [JUNE], rate: [0], days: '7' }))).nb).toBe(
      'days[0] = 1: kolonnen har ikke 1 rader',
    );
  });
});

describe('columns: every value that is not a whole number in its range is refused, never priced', () => {
  it('a month index outside the table names the table’s range (0 to 11 for a year)', () => {
    expect(refusal(() => pay(table2024(), { month: [12], rate: [0] }))).toEqual({
      at: 'invalid_column_value@month.0',
      nb: 'month[0] = 12: må være en månedsindeks fra 0 til 11',
      en: 'month[0] = 12: must be a month index from 0 to 11',
    });
  });
  it('a rate code below 0 or above 5', () => {
    for (const code of [-1, 6]) {
      expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [code] }))).toEqual({
        at: 'invalid_column_value@rate.0',
        nb: `rate[0] = ${code}: må være en satskode fra 0 til 5`,
        en: `rate[0] = ${code}: must be a rate code from 0 to 5`,
      });
    }
  });
  it('programme days from 1 to the days of the month: 1 day earns 1/30 (689.04), 0 is refused', () => {
    expect(pay(table2024(), { month: [JUNE], rate: [0], programmeDays: [1] })).toEqual([68904]);
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], programmeDays: [0] }))).toEqual({
      at: 'invalid_column_value@programmeDays.0',
      nb: 'programmeDays[0] = 0: må være et heltall fra 1 til 30',
      en: 'programmeDays[0] = 0: must be a whole number from 1 to 30',
    });
  });
  it('negative or fractional hundredths of hours, days and leave', () => {
    const whole = (c: string, v: number) => ({
      at: `invalid_column_value@${c}.0`,
      nb: `${c}[0] = ${v}: må være et ikke-negativt heltall`,
      en: `${c}[0] = ${v}: must be a non-negative whole number`,
    });
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], hours: [-100] }))).toEqual(whole('hours', -100));
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], days: [-100] }))).toEqual(whole('days', -100));
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], days: [50.5] }))).toEqual(whole('days', 50.5));
  });
});

describe('columns: absence exactly at the limits of the month', () => {
  it('a whole month holds 1850 / 12 = 154.166… hours: 154.17 is refused, in both languages', () => {
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], hours: [15417] }))).toEqual({
      at: 'invalid_column_value@hours.0',
      nb: 'hours[0] = 15417: er mer enn månedens timer etter delingstallet',
      en: "hours[0] = 15417: is more than the month's hours by the divisor",
    });
  });
  it('18 programme days of 30 hold exactly 92.50 hours: allowed (taking the whole 18/30), 92.51 refused', () => {
    // 18 days: 248 056 × 18 / 360 = 12 402.80; 92.5 h × 248 056 / 1850 = 248 056 / 20 = 12 402.80 → 0.
    expect(pay(table2024(), { month: [JUNE], rate: [0], programmeDays: [18], hours: [9250] })).toEqual([0]);
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], programmeDays: [18], hours: [9251] }))).toEqual({
      at: 'invalid_column_value@hours.0',
      nb: 'hours[0] = 9251: er mer enn månedens timer etter delingstallet',
      en: "hours[0] = 9251: is more than the month's hours by the divisor",
    });
  });
  it('unexcused days may equal the programme days, and days with leave may too; one hundredth more is refused', () => {
    // 30 days of 30 take the month; 29 days take 19 982.29 (20 671.333… × 29 / 30), leaving 689.04, which one day's leave takes.
    expect(
      pay(table2024(), { month: [JUNE, JUNE, JUNE], rate: [0, 0, 0], days: [3000, 2900, 2900], leaveCalendarDays: [0, 0, 100] }),
    ).toEqual([0, 68904, 0]);
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], days: [3001] }))).toEqual({
      at: 'invalid_column_value@days.0',
      nb: 'days[0] = 3001: er flere enn dagene i programmet denne måneden',
      en: 'days[0] = 3001: is more than the days in the programme this month',
    });
    expect(refusal(() => pay(table2024(), { month: [JUNE], rate: [0], days: [2900], leaveCalendarDays: [101] }))).toEqual({
      at: 'invalid_column_value@leaveCalendarDays.0',
      nb: 'leaveCalendarDays[0] = 101: er sammen med fraværet flere enn dagene i programmet denne måneden',
      en: 'leaveCalendarDays[0] = 101: is, with the absence, more than the days in the programme this month',
    });
  });
});
