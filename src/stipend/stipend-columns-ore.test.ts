import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InputError,
  NoParameterValueError,
  STIPEND_RATE_CODES,
  addDaysToDate,
  stipendColumnsOre,
  stipendForMonth,
  stipendPaymentsOre,
  stipendRateCode,
  stipendRateTable,
  type StipendBatchRow,
  type StipendColumns,
} from '../index.js';
import { RUNS } from '../../test/properties/arbitraries.js';

const intro = stipendRateTable({ regime: 'introduksjonsloven', from: '2023-01', to: '2024-12' });
const integ = stipendRateTable({ regime: 'integreringsloven', from: '2024-01', to: '2024-12' });
const at = (t: { months: readonly string[] }, m: string) => t.months.indexOf(m);

function issues(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((x) => `${x.code}@${x.path.join('.')}`);
  }
  return [];
}

describe('the stipend rate table', () => {
  it('covers every month of the span, in order', () => {
    expect(intro.months).toHaveLength(24);
    expect(intro.months[0]).toBe('2023-01');
    expect(intro.months[23]).toBe('2024-12');
    expect(stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-05' }).months).toEqual(['2024-05']);
  });

  it('refuses a span that runs backwards or beyond a hundred years, and months without a G', () => {
    expect(issues(() => stipendRateTable({ regime: 'integreringsloven', from: '2024-05', to: '2024-04' }))).toEqual(['end_before_start@to']);
    expect(issues(() => stipendRateTable({ regime: 'integreringsloven', from: '1950-01', to: '2050-12' }))).toEqual(['too_long@to']);
    expect(issues(() => stipendRateTable({ regime: 'nope' as 'integreringsloven', from: '2024-01', to: '2024-02' }))[0]).toMatch(/@regime$/);
    expect(() => stipendRateTable({ regime: 'introduksjonsloven', from: '1990-01', to: '1990-02' })).toThrow(NoParameterValueError);
  });

  it('gives the rate code the law gives the person in the month', () => {
    // Turns 25 on 10 May 2024: under 25 in May, full rate from June (the month after).
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '1999-05-10' })).toBe(STIPEND_RATE_CODES.under25);
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '1999-05-10' })).toBe(STIPEND_RATE_CODES.full);
    // Living with a parent: a rate of its own under the Integration Act only.
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: true })).toBe(STIPEND_RATE_CODES.under25WithParent);
    expect(stipendRateCode(intro, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: true })).toBe(STIPEND_RATE_CODES.under25);
    // Turns 25 on 1 June 2024: 25 on every day of June, so the full rate in June itself; under 25 in May.
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '1999-06-01' })).toBe(STIPEND_RATE_CODES.under25);
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '1999-06-01' })).toBe(STIPEND_RATE_CODES.full);
    // Moved out on 1 June: on their own every day of June, so no longer the with-parent rate in June.
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-06-01' })).toBe(STIPEND_RATE_CODES.under25);
    // Moved out on 3 May: still with the parent in May, on their own from June.
    expect(stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-05-03' })).toBe(STIPEND_RATE_CODES.under25WithParent);
    expect(stipendRateCode(integ, { month: '2024-06', birthDate: '2003-01-01', livesWithParent: false, householdChangedOn: '2024-05-03' })).toBe(STIPEND_RATE_CODES.under25);
    // The couples rule exists only in the Integration Act.
    expect(stipendRateCode(integ, { month: '2024-08', birthDate: '2003-01-01', childlessCoupleBothParticipating: true })).toBe(STIPEND_RATE_CODES.under25Couple);
    expect(stipendRateCode(intro, { month: '2024-08', birthDate: '1990-01-01', childlessCoupleBothParticipating: true })).toBe(STIPEND_RATE_CODES.full);
  });

  it('refuses a month outside the table and a birth or move after the month', () => {
    expect(issues(() => stipendRateCode(integ, { month: '2025-01', birthDate: '1990-01-01' }))).toEqual(['month_outside_table@month']);
    expect(issues(() => stipendRateCode(integ, { month: '2024-05', birthDate: '2024-06-01' }))).toEqual(['birth_after_month@birthDate']);
    expect(issues(() => stipendRateCode(integ, { month: '2024-05', birthDate: '2003-01-01', householdChangedOn: '2024-06-01' }))).toEqual(['change_after_month@householdChangedOn']);
    expect(issues(() => stipendRateCode(integ, { month: '2024-13', birthDate: '1990-01-01' }))[0]).toMatch(/@month$/);
  });
});

describe('the stipend from numeric columns', () => {
  it('pays the worked figures to the øre', () => {
    const { full, under25, under25WithParent, under25Couple } = STIPEND_RATE_CODES;
    const cols: StipendColumns = {
      month: [at(intro, '2024-04'), at(intro, '2024-06'), at(intro, '2024-06'), at(intro, '2023-06'), at(intro, '2024-06'), at(intro, '2024-06')],
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
    expect(Array.from(stipendColumnsOre(intro, { month: [at(intro, '2024-07'), at(intro, '2024-07')], rate: [0, 0], programmeDays: [31, 30] }))).toEqual([2067133, 2067133]);
  });

  it('refuses absence beyond the month, by the same limits as the single-month rule', () => {
    const june = at(intro, '2024-06');
    // A whole month holds 1850 / 12 = 154.1666… hours: 154.16 is allowed, 154.17 is not. 154.16 h × 248 056 / 1850
    // = 20 670.44, leaving 20 671.33 − 20 670.44 = 0.89.
    expect(stipendColumnsOre(intro, { month: [june], rate: [0], hours: [15416] })[0]).toBe(89);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], hours: [15417] }))).toEqual(['invalid_column_value@hours.0']);
    // Half the month (15 days of 30) holds half the hours: 77.08 is allowed, 77.09 is not.
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], hours: [7709] }))).toEqual(['invalid_column_value@hours.0']);
    expect(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], hours: [7708] })).not.toThrow();
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], days: [1501] }))).toEqual(['invalid_column_value@days.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [15], days: [1000], leaveCalendarDays: [501] }))).toEqual(['invalid_column_value@leaveCalendarDays.0']);
  });

  it('names the column and row of every value that is not a whole number in range', () => {
    const june = at(intro, '2024-06');
    expect(issues(() => stipendColumnsOre(intro, { month: [june, 24], rate: [0, 0] }))).toEqual(['invalid_column_value@month.1']);
    expect(issues(() => stipendColumnsOre(intro, { month: [-1], rate: [0] }))).toEqual(['invalid_column_value@month.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [6] }))).toEqual(['invalid_column_value@rate.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0.5] }))).toEqual(['invalid_column_value@rate.0']);
    // Hundredths, not hours: 7.5 is refused (7.5 hours is 750).
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], hours: [7.5] }))).toEqual(['invalid_column_value@hours.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], days: [Number.NaN] }))).toEqual(['invalid_column_value@days.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], leaveCalendarDays: [-100] }))).toEqual(['invalid_column_value@leaveCalendarDays.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [0] }))).toEqual(['invalid_column_value@programmeDays.0']);
    expect(issues(() => stipendColumnsOre(intro, { month: [june], rate: [0], programmeDays: [31] }))).toEqual(['invalid_column_value@programmeDays.0']);
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
          const single = stipendForMonth({ ...facts, ...(hours === 0 ? {} : { unexcusedAbsence: { hours } }), ...(leave === 0 ? {} : { leaveWithoutStipend: { calendarDays: leave } }) }, { explain: false }).value;
          const batch = stipendPaymentsOre({ rows: [{ regime: 'integreringsloven', month, birthDate: '1980-01-15', programmeStart: start, unexcusedHours: hours, leaveCalendarDays: leave }] })[0];
          const cols = stipendColumnsOre(table, { month: [mi], rate: [0], programmeDays: [days], hours: [hours * 100], leaveCalendarDays: [leave * 100] })[0];
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
    const iso = (min: number, max: number) => fc.date({ min: new Date(Date.UTC(min, 0, 1)), max: new Date(Date.UTC(max, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
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
            regime, month, birthDate, programmeStart: start, livesWithParent, childlessCoupleBothParticipating: couple,
            ...(end === undefined ? {} : { programmeEnd: end }),
            unexcusedHours: hours / 100, unexcusedDays: days / 100, leaveCalendarDays: leave / 100,
          };
          const table = tables[regime];
          const first = `${month}-01`;
          const dim = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
          const last = `${month}-${String(dim).padStart(2, '0')}`;
          const from = start > first ? start : first;
          const to = end !== undefined && end < last ? end : last;
          const run = () => {
            const rate = stipendRateCode(table, { month, birthDate, livesWithParent, childlessCoupleBothParticipating: couple });
            return stipendColumnsOre(table, { month: [at(table, month)], rate: [rate], programmeDays: [dayNumber(to) - dayNumber(from) + 1], hours: [hours], days: [days], leaveCalendarDays: [leave] })[0];
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
