import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, addDaysToDate, moneyFromOre, stipendForMonth, stipendPaymentsOre, type StipendBatchRow } from '../../src/index.js';

describe('stipend for many participant-months (batch)', () => {
  it('pays the worked figures to the øre', () => {
    const rows: StipendBatchRow[] = [
      // S1: Integration Act, May 2024, age 30: 248 056 / 12 = 20 671.33.
      { regime: 'integreringsloven', month: '2024-05', birthDate: '1994-01-01', programmeStart: '2024-01-01' },
      // S3: under 25 living with a parent: 1/3 × 248 056 / 12 = 6 890.44.
      { regime: 'integreringsloven', month: '2024-05', birthDate: '2000-01-01', programmeStart: '2024-01-01', livesWithParent: true },
      // S5: 7.5 h × 248 056 / 1850 = 1 005.63 → 20 671.33 − 1 005.63 = 19 665.70.
      { regime: 'introduksjonsloven', month: '2024-06', birthDate: '1984-01-01', programmeStart: '2023-01-01', unexcusedHours: 7.5 },
      // S6: 2 days × 20 671.333… / 30 = 1 378.09 → 19 293.24.
      { regime: 'introduksjonsloven', month: '2024-06', birthDate: '1984-01-01', programmeStart: '2023-01-01', unexcusedDays: 2 },
      // S7: under 25, June 2023, 10 h: 13 180.00 − 10 × 158 160 / 1850 (854.92) = 12 325.08.
      { regime: 'introduksjonsloven', month: '2023-06', birthDate: '2001-01-01', programmeStart: '2023-01-01', unexcusedHours: 10 },
      // Start 16 June 2024 (15 days of 30): 15 × 20 671.333… / 30 = 10 335.67.
      { regime: 'integreringsloven', month: '2024-06', birthDate: '1990-01-01', programmeStart: '2024-06-16' },
      // Leave for the whole of a 30-day month takes all of it: 0.
      { regime: 'integreringsloven', month: '2024-06', birthDate: '1990-01-01', programmeStart: '2024-01-01', leaveCalendarDays: 30 },
    ];
    expect(Array.from(stipendPaymentsOre({ rows }))).toEqual([2067133, 689044, 1966570, 1929324, 1232508, 1033567, 0]);
    expect(moneyFromOre(1966570).toString()).toBe('19665.7');
  });

  it('leave without stipend is given in calendar days; leave on every programme day takes the whole month', () => {
    // February 2024 (29 days), G 118 620: month 237 240 / 12 = 19 770.00; a day 19 770 / 30 = 659.00.
    const feb = { regime: 'integreringsloven', month: '2024-02', birthDate: '1990-01-01', programmeStart: '2024-01-01' } as const;
    const rows: StipendBatchRow[] = [
      { ...feb, leaveCalendarDays: 29 }, // every day on leave: 0 (before: 29 × 659 = 19 111 taken, 659.00 paid)
      { ...feb, leaveCalendarDays: 28 }, // 28 × 659 = 18 452.00 → 1 318.00 paid
    ];
    expect(Array.from(stipendPaymentsOre({ rows }))).toEqual([0, 131800]);
    // The old unit-less name is an unknown field, refused like any typo.
    expect(() => stipendPaymentsOre({ rows: [{ ...feb, leaveDays: 29 } as unknown as StipendBatchRow] })).toThrow(/leaveDays/u);
  });

  it('a 25th birthday on the 1st pays the full rate that month; one on the 2nd waits for the month after', () => {
    // G from 1 May 2026 = 136 549: full 273 098 / 12 = 22 758.1666… → 22 758.17; 2/3: 546 196 / 36 = 15 172.111… → 15 172.11.
    const june = { regime: 'integreringsloven', month: '2026-06', programmeStart: '2026-01-01' } as const;
    const rows: StipendBatchRow[] = [
      { ...june, birthDate: '2001-06-01' }, // 25 on every day of June: full
      { ...june, birthDate: '2001-06-02' }, // 24 on 1 June: 2/3 (monthAfter)
      { ...june, birthDate: '2001-06-01', livesWithParent: true }, // 25 all June: the with-parent 1/3 no longer applies
    ];
    expect(Array.from(stipendPaymentsOre({ rows }))).toEqual([2275817, 1517211, 2275817]);
  });

  it('names the row and field of bad input, with the single-month rule’s own message', () => {
    const ok = { regime: 'integreringsloven' as const, month: '2024-05', birthDate: '1990-01-01', programmeStart: '2024-01-01' };
    const issues = (rows: unknown[]) => {
      try {
        stipendPaymentsOre({ rows: rows as StipendBatchRow[] });
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).issues.map((x) => `${x.code}@${x.path.join('.')}`);
      }
      return [];
    };
    expect(issues([ok, { ...ok, unexcusedHours: 0.125 }])).toEqual(['invalid_quantity@rows.1.unexcusedHours']);
    // 0.1 + 0.2 is 0.30000000000000004, not 0.30: refused as the single-month rule refuses it, never rounded.
    expect(issues([{ ...ok, unexcusedHours: 0.1 + 0.2 }])).toEqual(['invalid_quantity@rows.0.unexcusedHours']);
    expect(issues([{ ...ok, leaveCalendarDays: 1 / 3 }])).toEqual(['invalid_quantity@rows.0.leaveCalendarDays']);
    expect(issues([ok, ok, { ...ok, birthDate: '2024-06-01' }])).toEqual(['birth_after_month@rows.2.birthDate']);
    expect(issues([{ ...ok, unexcusedHours: 200 }])).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
    expect(issues([{ ...ok, month: '2023-12' }])).toEqual(['month_outside_programme@rows.0.month']);
    expect(issues([{ ...ok, regime: 'nope' }])[0]).toMatch(/@rows\.0\.regime$/);
    expect(issues([{ ...ok, typo: 1 }])[0]).toBe('unrecognized_keys@rows.0');
  });

  it('pays exactly what stipendForMonth pays, month by month (property)', () => {
    const iso = (min: number, max: number) => fc.date({ min: new Date(Date.UTC(min, 0, 1)), max: new Date(Date.UTC(max, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const qty = (max: number) => fc.option(fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom('introduksjonsloven' as const, 'integreringsloven' as const),
        iso(1965, 2005),
        iso(2021, 2026),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        qty(40),
        qty(4),
        qty(4),
        (regime, birthDate, start, monthOffset, length, livesWithParent, couple, hours, days, leave) => {
          const month = addDaysToDate(start, monthOffset).slice(0, 7);
          const end = length === undefined ? undefined : addDaysToDate(start, length);
          const row: StipendBatchRow = {
            regime, month, birthDate, programmeStart: start, livesWithParent, childlessCoupleBothParticipating: couple,
            ...(end === undefined ? {} : { programmeEnd: end }),
            ...(hours === undefined ? {} : { unexcusedHours: hours }),
            ...(days === undefined ? {} : { unexcusedDays: days }),
            ...(leave === undefined ? {} : { leaveCalendarDays: leave }),
          };
          let single: string | undefined;
          let singleError: string | undefined;
          try {
            single = stipendForMonth({
              regime, month, birthDate, livesWithParent, childlessCoupleBothParticipating: couple,
              programme: { start, ...(end === undefined ? {} : { end }) },
              ...(hours === undefined && days === undefined ? {} : { unexcusedAbsence: { ...(hours === undefined ? {} : { hours }), ...(days === undefined ? {} : { days }) } }),
              ...(leave === undefined ? {} : { leaveWithoutStipend: { calendarDays: leave } }),
            }, { explain: false }).value.payment.toFixed(2);
          } catch (e) {
            singleError = (e as InputError).issues[0]?.code;
          }
          if (single !== undefined) {
            expect(moneyFromOre(stipendPaymentsOre({ rows: [row] })[0] ?? -1).toFixed(2)).toBe(single);
          } else {
            expect(() => stipendPaymentsOre({ rows: [row] })).toThrow(InputError);
            try {
              stipendPaymentsOre({ rows: [row] });
            } catch (e) {
              expect((e as InputError).issues[0]?.code).toBe(singleError);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
