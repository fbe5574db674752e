/**
 * The stipend for many participant-months (`stipendPaymentsOre`, the batch), and the rule at its edges of the rule: the limits exactly at the limit, rows that
 * share a person and month but differ in one fact, every kind of bad value refused with its path under
 * `rows.<i>`, a caller's own parameters, and amounts beyond exact integers. Written for the mutants that survived
 * `npx stryker run --mutate src/stipend/stipend-payments-ore.ts`. Every figure is worked by hand:
 *
 * - G from 1 May 2024 is 124 028 kr: 2 G = 248 056 a year, a month 248 056 / 12 = 20 671.333… → 20 671.33.
 * - Under 25: 2/3 × 20 671.333… = 13 780.888… → 13 780.89; living with a parent (Integration Act only): 1/3 →
 *   6 890.444… → 6 890.44; a childless couple both in the programme (5/6, from 1 July 2024): 17 226.111… → 17 226.11.
 * - One programme day of 30: 20 671.333… / 30 = 689.044… → 689.04.
 * - G until 30 April 2024 (and as known on 15 May 2024): 118 620 → 2 × 118 620 / 12 = 19 770.00.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  InputError,
  addDaysToDate,
  defaultParameters,
  moneyFromOre,
  references,
  stipendForMonth,
  stipendPaymentsOre,
  withParameters,
  withValues,
  type StipendBatchRow,
} from '../index.js';

const pay = (rows: unknown[], asKnownOn?: string, parameters = defaultParameters) =>
  Array.from(stipendPaymentsOre({ rows: rows as StipendBatchRow[], ...(asKnownOn === undefined ? {} : { asKnownOn }) }, { parameters }));

function issues(rows: unknown[], parameters = defaultParameters): string[] {
  try {
    stipendPaymentsOre({ rows: rows as StipendBatchRow[] }, { parameters });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((x) => `${x.code}@${x.path.join('.')}`);
  }
  return ['(priced)'];
}

/** An Integration Act participant under 25 (born 2003, 21 in August 2024). */
const young = { regime: 'integreringsloven', month: '2024-08', birthDate: '2003-01-01', programmeStart: '2024-01-01' } as const;
/** An Integration Act participant over 25 (born 1990). */
const adult = { regime: 'integreringsloven', month: '2024-08', birthDate: '1990-01-01', programmeStart: '2024-01-01' } as const;

const MONTH = 2067133; // 20 671.33
const UNDER25 = 1378089; // 13 780.89
const WITH_PARENT = 689044; // 6 890.44
const COUPLE = 1722611; // 17 226.11
const ONE_DAY = 68904; // 689.04

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
    const iso = (min: number, max: number) =>
      fc
        .date({ min: new Date(Date.UTC(min, 0, 1)), max: new Date(Date.UTC(max, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    const qty = (max: number) =>
      fc.option(
        fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100),
        { nil: undefined },
      );
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
            regime,
            month,
            birthDate,
            programmeStart: start,
            livesWithParent,
            childlessCoupleBothParticipating: couple,
            ...(end === undefined ? {} : { programmeEnd: end }),
            ...(hours === undefined ? {} : { unexcusedHours: hours }),
            ...(days === undefined ? {} : { unexcusedDays: days }),
            ...(leave === undefined ? {} : { leaveCalendarDays: leave }),
          };
          let single: string | undefined;
          let singleError: string | undefined;
          try {
            single = stipendForMonth(
              {
                regime,
                month,
                birthDate,
                livesWithParent,
                childlessCoupleBothParticipating: couple,
                programme: { start, ...(end === undefined ? {} : { end }) },
                ...(hours === undefined && days === undefined
                  ? {}
                  : { unexcusedAbsence: { ...(hours === undefined ? {} : { hours }), ...(days === undefined ? {} : { days }) } }),
                ...(leave === undefined ? {} : { leaveWithoutStipend: { calendarDays: leave } }),
              },
              { explain: false },
            ).value.payment.toFixed(2);
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

describe('batch: a fact left out is the ordinary case', () => {
  it('an under-25 row that says nothing about a parent is paid 2/3, not the with-parent 1/3', () => {
    expect(pay([young])).toEqual([UNDER25]);
  });
  it('a row that says nothing about the couples rule is paid in full after the 5/6 rule is in force', () => {
    expect(pay([adult])).toEqual([MONTH]);
  });
});

describe('batch: rows of the same person and month that differ in one fact are each priced on their own', () => {
  it('with a parent, on their own, and not said (either order)', () => {
    expect(pay([{ ...young, livesWithParent: true }, { ...young, livesWithParent: false }, young])).toEqual([
      WITH_PARENT,
      UNDER25,
      UNDER25,
    ]);
    expect(
      pay([
        { ...young, livesWithParent: false },
        { ...young, livesWithParent: true },
      ]),
    ).toEqual([UNDER25, WITH_PARENT]);
  });
  it('a couple both in the programme, not a couple, and not said (either order)', () => {
    expect(
      pay([{ ...adult, childlessCoupleBothParticipating: true }, { ...adult, childlessCoupleBothParticipating: false }, adult]),
    ).toEqual([COUPLE, MONTH, MONTH]);
    expect(
      pay([
        { ...adult, childlessCoupleBothParticipating: false },
        { ...adult, childlessCoupleBothParticipating: true },
      ]),
    ).toEqual([MONTH, COUPLE]);
  });
  it('two different adults in the same month, one in a couple: the second is paid 5/6, the first in full', () => {
    expect(pay([adult, { ...adult, birthDate: '1985-03-03', childlessCoupleBothParticipating: true }])).toEqual([MONTH, COUPLE]);
    expect(pay([{ ...adult, birthDate: '1985-03-03', childlessCoupleBothParticipating: true }, adult])).toEqual([COUPLE, MONTH]);
  });
  it('the couples rule does not exist under the Introduction Act: a couple row is paid in full there', () => {
    const intro = { ...adult, regime: 'introduksjonsloven' } as const;
    expect(pay([{ ...intro, childlessCoupleBothParticipating: true }, intro])).toEqual([MONTH, MONTH]);
  });
  it('the 5/6 rule applies from its in-force date (1 July 2024): June 2024 in full, July 2024 at 5/6', () => {
    const couple = { ...adult, childlessCoupleBothParticipating: true };
    expect(
      pay([
        { ...couple, month: '2024-06' },
        { ...couple, month: '2024-07' },
      ]),
    ).toEqual([MONTH, COUPLE]);
  });
  it('with parameters as known on 15 May 2024, May is paid with the old G (19 770.00); without, with the new (20 671.33)', () => {
    const may = { ...adult, month: '2024-05' };
    expect(pay([may], '2024-05-15')).toEqual([1977000]);
    expect(pay([may])).toEqual([MONTH]);
  });
});

describe('batch: the programme period and the absence limits, exactly at the limit', () => {
  it('a programme that starts on the last day of the month or ends on its first day earns one day of 30 (689.04)', () => {
    expect(pay([{ ...adult, programmeStart: '2024-08-31' }])).toEqual([ONE_DAY]);
    expect(pay([{ ...adult, programmeEnd: '2024-08-01' }])).toEqual([ONE_DAY]);
    expect(pay([{ ...adult, programmeStart: '2024-08-14', programmeEnd: '2024-08-14' }])).toEqual([ONE_DAY]);
  });
  it('refuses a programme that ends before it starts, or lies wholly before or after the month', () => {
    expect(issues([adult, { ...adult, programmeStart: '2024-08-20', programmeEnd: '2024-08-10' }])[0]).toMatch(/@rows\.1\.programme\.end$/);
    expect(issues([{ ...adult, programmeStart: '2024-09-01' }])).toEqual(['month_outside_programme@rows.0.month']);
    expect(issues([{ ...adult, programmeEnd: '2024-07-31' }])).toEqual(['month_outside_programme@rows.0.month']);
  });
  it('18 programme days of 30 hold 18/30 of the month’s 1850 / 12 hours, i.e. 92.50 hours: allowed (and they take the whole 18/30), 92.51 is refused', () => {
    // 18 days: 248 056 × 18 / 360 = 12 402.80; 92.5 h × 248 056 / 1850 = 248 056 / 20 = 12 402.80 → 0.
    const partial = { ...adult, month: '2024-06', programmeStart: '2024-06-13' };
    expect(pay([{ ...partial, unexcusedHours: 92.5 }])).toEqual([0]);
    expect(issues([{ ...partial, unexcusedHours: 92.51 }])).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
  });
  it('unexcused days may equal the programme days (30 of June’s 30 take the whole month); with leave they may not exceed them', () => {
    const june = { ...adult, month: '2024-06' };
    expect(pay([{ ...june, unexcusedDays: 30 }])).toEqual([0]);
    // 29 days of 30: 20 671.333… × 29 / 30 = 19 982.29 → 20 671.33 − 19 982.29 = 689.04; one day's leave then takes the rest.
    expect(
      pay([
        { ...june, unexcusedDays: 29 },
        { ...june, unexcusedDays: 29, leaveCalendarDays: 1 },
      ]),
    ).toEqual([ONE_DAY, 0]);
    expect(issues([{ ...june, unexcusedDays: 30.01 }])[0]).toMatch(/@rows\.0\.unexcusedAbsence\.days$/);
    expect(issues([{ ...june, unexcusedDays: 29, leaveCalendarDays: 1.01 }])[0]).toMatch(/@rows\.0\.leaveWithoutStipend\.calendarDays$/);
  });
  it('a person born on the last day of the month is under 25 that month (13 780.89); born the day after is refused', () => {
    expect(pay([{ ...adult, month: '2024-06', birthDate: '2024-06-30', programmeStart: '2024-06-01' }])).toEqual([UNDER25]);
    expect(issues([{ ...adult, month: '2024-06', birthDate: '2024-07-01', programmeStart: '2024-06-01' }])).toEqual([
      'birth_after_month@rows.0.birthDate',
    ]);
  });
});

describe('batch: every kind of bad value is refused with its row and field, never priced', () => {
  it('a row that is not an object', () => {
    for (const bad of [null, 5, 'row']) {
      const got = issues([adult, bad]);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(/^invalid_type@rows\.1$/);
    }
  });
  it('a programme start or end that is not a real date, or not a string', () => {
    expect(issues([{ ...adult, programmeStart: '2024-02-30' }])).toEqual(['invalid_date@rows.0.programmeStart']);
    expect(issues([{ ...adult, programmeStart: ['2024-01-01'] }])[0]).toMatch(/@rows\.0\.programmeStart$/);
    expect(issues([{ ...adult, programmeEnd: '2024-09-31' }])).toEqual(['invalid_date@rows.0.programmeEnd']);
  });
  it('hours or days that are negative, not numbers, or have more than two decimals', () => {
    expect(issues([{ ...adult, unexcusedHours: -1 }])).toEqual(['negative_quantity@rows.0.unexcusedHours']);
    expect(issues([{ ...adult, unexcusedDays: -1 }])).toEqual(['negative_quantity@rows.0.unexcusedDays']);
    expect(issues([{ ...adult, unexcusedDays: '2' }])).toEqual(['invalid_type@rows.0.unexcusedDays']);
    expect(issues([{ ...adult, unexcusedDays: 0.125 }])).toEqual(['invalid_quantity@rows.0.unexcusedDays']);
  });
  it('a programme that ends the day before it starts (no day in the programme) is refused, not paid 0', () => {
    expect(issues([{ ...adult, programmeStart: '2024-08-11', programmeEnd: '2024-08-10' }])[0]).toMatch(/@rows\.0\.programme\.end$/);
  });
  it('a month that is not a month', () => {
    expect(issues([{ ...adult, month: '2024-13' }])[0]).toMatch(/@rows\.0\.month$/);
  });
  it('a regime, month or birth date that is not text, even after a row with the same facts as text', () => {
    expect(issues([adult, { ...adult, regime: ['integreringsloven'] }])[0]).toMatch(
      /^invalid_value@rows\.1\.regime$|^invalid_type@rows\.1\.regime$/,
    );
    expect(issues([adult, { ...adult, month: ['2024-08'] }])).toEqual(['invalid_type@rows.1.month']);
    expect(issues([adult, { ...adult, birthDate: ['1990-01-01'] }])).toEqual(['invalid_type@rows.1.birthDate']);
  });
  it('a yes/no fact that is not true or false, alone or after rows with the same facts', () => {
    expect(issues([{ ...young, livesWithParent: 'yes' }])).toEqual(['invalid_type@rows.0.livesWithParent']);
    expect(issues([{ ...adult, childlessCoupleBothParticipating: 'yes' }])).toEqual([
      'invalid_type@rows.0.childlessCoupleBothParticipating',
    ]);
    for (const v of [true, false]) {
      expect(
        issues([
          { ...young, livesWithParent: v },
          { ...young, livesWithParent: 'yes' },
        ]),
      ).toEqual(['invalid_type@rows.1.livesWithParent']);
      expect(
        issues([
          { ...adult, childlessCoupleBothParticipating: v },
          { ...adult, childlessCoupleBothParticipating: 'yes' },
        ]),
      ).toEqual(['invalid_type@rows.1.childlessCoupleBothParticipating']);
    }
  });
});

describe('batch: a caller’s own parameters', () => {
  // An hour divisor of 1200 instead of 1850: a whole month then holds 1200 / 12 = 100 hours, and an hour is 1/1200
  // of the yearly amount.
  const shortHours = withParameters({
    stipend: {
      stipendDivisorsIntegrationAct: withValues(defaultParameters.stipend.stipendDivisorsIntegrationAct, [
        {
          from: '2021-01-01',
          value: { month: 12, day: 30, hour: 1200 },
          reference: references.integrationAct('§ 20'),
          basis: 'assumption',
        },
      ]),
    },
  });
  it('with an hour divisor of 1200 a month holds exactly 100 hours: 100 take the whole month, 100.01 and 120 are refused', () => {
    // 100 h × 248 056 / 1200 = 20 671.333… → 20 671.33 = the month → 0.
    expect(pay([{ ...adult, unexcusedHours: 100 }], undefined, shortHours)).toEqual([0]);
    expect(issues([{ ...adult, unexcusedHours: 100.01 }], shortHours)).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
    // 120 hours are within the default 154.17 but not within these parameters: refused by the caller's parameters.
    expect(issues([{ ...adult, unexcusedHours: 120 }], shortHours)).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
  });
  it('refuses with a RangeError a G so large that the yearly amount in øre is not an exact integer', () => {
    // G = 10^20 kr: 2 G in øre is 2 × 10^22, beyond 2^53.
    const huge = withParameters({
      basicAmount: {
        grunnbelop: withValues(defaultParameters.basicAmount.grunnbelop, [
          { from: '2024-05-01', value: new Decimal('1e20'), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
        ]),
      },
    });
    expect(() => pay([adult], undefined, huge)).toThrow(new RangeError('stipend batch: an amount outside the exact integer range'));
  });
});

describe('batch: a yes/no fact given as null is refused, as the single-month rule refuses it', () => {
  // stipendForMonth refuses `livesWithParent: null` and `childlessCoupleBothParticipating: null` (invalid_type: the
  // schema takes true, false or nothing). The batch once read both with `?? false` and priced such a row.
  it('livesWithParent: null is refused at rows.0.livesWithParent', () => {
    expect(issues([{ ...young, livesWithParent: null }])).toEqual(['invalid_type@rows.0.livesWithParent']);
  });
  it('childlessCoupleBothParticipating: null is refused at rows.0.childlessCoupleBothParticipating', () => {
    expect(issues([{ ...adult, childlessCoupleBothParticipating: null }])).toEqual([
      'invalid_type@rows.0.childlessCoupleBothParticipating',
    ]);
  });
});
