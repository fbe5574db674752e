/**
 * The stipend projection at its edges: a programme of one day, the ten-year limit, leave months that are
 * refused, the leave deduction reported per month, and the explanation a case worker reads; and a hand-worked
 * projection across a 25th birthday with leave.
 * Figures by hand: G from 1 May 2024 is 124 028 kr, so the full month is 2 × 124 028 / 12 = 20 671.333… kr;
 * a partial month is min(days, 30) / 30 of it (integreringsloven § 20, month 1/12, day 1/30).
 */
import { describe, expect, it } from 'vitest';
import { InputError, explanationToJSON, renderExplanation, stipendProjection } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const adult = { regime: 'integreringsloven', birthDate: '1980-01-15' } as const;
/** Formatted amounts use (narrow) no-break spaces in bokmål; compare with plain spaces. */
const plain = (s: string | undefined): string => (s ?? '').replace(/[\u00a0\u2009\u202f]/gu, ' ');

describe('projection: the programme dates', () => {
  it('a programme ending the day it starts is one month with one day: 1/30 × 20 671.333… = 689.044… → 689.04', () => {
    const p = stipendProjection({ ...adult, programme: { start: '2024-06-10', end: '2024-06-10' } }).value;
    expect(p.months).toHaveLength(1);
    expect(p.months[0]?.daysInProgramme).toBe(1);
    expect(p.months[0]?.payment.toFixed(2)).toBe('689.04');
    expect(p.total.toFixed(2)).toBe('689.04');
  });
  it('a programme ending the day before it starts is refused at programme.end, in both languages', () => {
    const e = inputErrorOf(() => stipendProjection({ ...adult, programme: { start: '2024-06-10', end: '2024-06-09' } }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toEqual({
      code: 'end_before_start',
      path: ['programme', 'end'],
      message: { nb: 'programmet slutter før det starter', en: 'the programme ends before it starts' },
    });
  });
  it('exactly 120 months (January 2021 – December 2030, 10 × 12) is projected; one day into a 121st month is refused', () => {
    const p = stipendProjection({ ...adult, programme: { start: '2021-01-01', end: '2030-12-31' } }, { explain: false }).value;
    expect(p.months).toHaveLength(120);
    expect(p.months[0]?.month).toBe('2021-01');
    expect(p.months[119]?.month).toBe('2030-12');
    const e = inputErrorOf(() =>
      stipendProjection({ ...adult, programme: { start: '2021-01-01', end: '2031-01-01' } }, { explain: false }),
    );
    expect(e.issues).toEqual([
      { code: 'too_long', path: ['programme', 'end'], message: { nb: 'høyst 120 måneder', en: 'at most 120 months' } },
    ]);
  });
});

describe('projection: expected leave without stipend', () => {
  it('a leave month outside the programme is refused at its own index, naming the month', () => {
    const e = inputErrorOf(() =>
      stipendProjection({
        ...adult,
        programme: { start: '2024-01-01', end: '2024-03-31' },
        leaveWithoutStipend: [{ month: '2024-05', calendarDays: 1 }],
      }),
    );
    expect(e.issues).toEqual([
      {
        code: 'leave_month',
        path: ['leaveWithoutStipend', 0, 'month'],
        message: { nb: '2024-05 er utenfor programmet eller gitt to ganger', en: '2024-05 is outside the programme or given twice' },
      },
    ]);
  });
  it('the same leave month given twice is refused at the second entry (index 1)', () => {
    const e = inputErrorOf(() =>
      stipendProjection({
        ...adult,
        programme: { start: '2024-01-01', end: '2024-03-31' },
        leaveWithoutStipend: [
          { month: '2024-02', calendarDays: 1 },
          { month: '2024-02', calendarDays: 2 },
        ],
      }),
    );
    expect(e.issues).toEqual([
      {
        code: 'leave_month',
        path: ['leaveWithoutStipend', 1, 'month'],
        message: { nb: '2024-02 er utenfor programmet eller gitt to ganger', en: '2024-02 is outside the programme or given twice' },
      },
    ]);
  });
  it('each month reports its leave deduction: June 3 days × 20 671.333… / 30 = 2 067.133… → 2 067.13; July none', () => {
    // June: gross 20 671.33, leave 2 067.13, payment 20 671.333… − 2 067.133… = 18 604.20
    // July: 20 671.33 in full; total 18 604.20 + 20 671.33 = 39 275.53
    const p = stipendProjection(
      { ...adult, programme: { start: '2024-06-01', end: '2024-07-31' }, leaveWithoutStipend: [{ month: '2024-06', calendarDays: 3 }] },
      { explain: false },
    ).value;
    expect(
      p.months.map((m) => [m.month, m.fraction, m.daysInProgramme, m.gross.toFixed(2), m.leaveDeduction.toFixed(2), m.payment.toFixed(2)]),
    ).toEqual([
      ['2024-06', '1', 30, '20671.33', '2067.13', '18604.20'],
      ['2024-07', '1', 31, '20671.33', '0.00', '20671.33'],
    ]);
    expect(p.total.toFixed(2)).toBe('39275.53');
  });
});

describe('projection: leave in calendar days, and leave that does not fit its month', () => {
  it('February 2024 on leave all 29 days pays nothing (before: 29 × 19 770 / 30 = 19 111 taken, 659.00 paid)', () => {
    // G until 30 April 2024 = 118 620: month 237 240 / 12 = 19 770.00
    const p = stipendProjection(
      { ...adult, programme: { start: '2024-01-01', end: '2024-02-29' }, leaveWithoutStipend: [{ month: '2024-02', calendarDays: 29 }] },
      { explain: false },
    ).value;
    expect(p.months.map((m) => [m.month, m.leaveDeduction.toFixed(2), m.payment.toFixed(2)])).toEqual([
      ['2024-01', '0.00', '19770.00'],
      ['2024-02', '19770.00', '0.00'],
    ]);
  });
  it('more leave days than the month has in the programme is refused at the entry’s own index and field', () => {
    const e = inputErrorOf(() =>
      stipendProjection({
        ...adult,
        programme: { start: '2024-01-01', end: '2024-03-31' },
        leaveWithoutStipend: [
          { month: '2024-01', calendarDays: 1 },
          { month: '2024-02', calendarDays: 30 },
        ],
      }),
    );
    expect(e.issues.map((x) => [x.code, x.path])).toEqual([['exceeds_month', ['leaveWithoutStipend', 1, 'calendarDays']]]);
    expect(e.issues[0]?.message.en).toBe('30 days (leave and absence) is more than the days in the programme this month (29)');
  });
  it('the old `days` field is refused: the unit must be said', () => {
    const e = inputErrorOf(() =>
      stipendProjection({
        ...adult,
        programme: { start: '2024-01-01', end: '2024-03-31' },
        leaveWithoutStipend: [{ month: '2024-02', days: 3 } as never],
      }),
    );
    expect(e.issues.map((x) => x.code)).toContain('unrecognized_keys');
  });
});

describe('projection: the explanation', () => {
  const input = {
    ...adult,
    programme: { start: '2024-06-01', end: '2024-07-31' },
    leaveWithoutStipend: [{ month: '2024-06', calendarDays: 3 }],
  };
  it('one line per month (fraction, days, gross, minus any leave) and a total line, in bokmål', () => {
    // the same figures as above: 18 604.20, 20 671.33, sum 39 275.53
    expect(plain(renderExplanation(stipendProjection(input).explanation, 'nb'))).toBe(
      [
        '1. 2024-06: brøk 1, 30 dager, 20 671,33 kr − 2 067,13 kr: 18 604,20 kr',
        '2. 2024-07: brøk 1, 31 dager, 20 671,33 kr: 20 671,33 kr',
        '3. Sum for 2 måneder: 39 275,53 kr',
      ].join('\n'),
    );
  });
  it('the same in English', () => {
    expect(plain(renderExplanation(stipendProjection(input).explanation, 'en'))).toBe(
      [
        '1. 2024-06: fraction 1, 30 days, NOK 20,671.33 − NOK 2,067.13: NOK 18,604.20',
        '2. 2024-07: fraction 1, 31 days, NOK 20,671.33: NOK 20,671.33',
        '3. Total for 2 months: NOK 39,275.53',
      ].join('\n'),
    );
  });
  it('the steps carry stable rule ids and the amounts', () => {
    const steps = explanationToJSON(stipendProjection(input).explanation).steps;
    expect(steps.map((s) => [s.rule, s.amount])).toEqual([
      ['stipend.projection.month', '18604.20'],
      ['stipend.projection.month', '20671.33'],
      ['stipend.projection.total', '39275.53'],
    ]);
  });
  it('an under-25 month shows its fraction: 2/3 × 20 671.333… = 13 780.888… → 13 780.89', () => {
    const e = stipendProjection({
      regime: 'integreringsloven',
      birthDate: '2002-01-01',
      programme: { start: '2024-06-01', end: '2024-06-30' },
    }).explanation;
    expect(plain(explanationToJSON(e).steps[0]?.text.nb)).toBe('2024-06: brøk 2/3, 30 dager, 13 780,89 kr');
    expect(plain(explanationToJSON(e).steps[0]?.text.en)).toBe('2024-06: fraction 2/3, 30 days, NOK 13,780.89');
  });
  it('no explanation when not asked for', () => {
    expect(stipendProjection(input, { explain: false }).explanation.steps).toEqual([]);
  });
});

describe('the period projection', () => {
  it('lists every month with leave, and the total is their sum', () => {
    // Sept 2024 – Feb 2025, age 24 → 25 on 10 Dec 2024 (full from Jan), leave 3 days in Oct.
    const p = stipendProjection({
      regime: 'integreringsloven',
      birthDate: '1999-12-10',
      programme: { start: '2024-09-01', end: '2025-02-28' },
      leaveWithoutStipend: [{ month: '2024-10', calendarDays: 3 }],
    }).value;
    // 2/3 month = 13 780.89; Oct leave 3 × 13 780.888… / 30 = 1 378.09 → 12 402.80; full 20 671.33 from Jan
    expect(p.months.map((m) => m.payment.toFixed(2))).toEqual(['13780.89', '12402.80', '13780.89', '13780.89', '20671.33', '20671.33']);
    expect(p.total.toFixed(2)).toBe('95088.13');
  });
});

describe('projection: bad input', () => {
  it('a projection with leave in a month outside the programme', () => {
    expect(() =>
      stipendProjection({
        regime: 'integreringsloven',
        birthDate: '1980-01-01',
        programme: { start: '2024-01-01', end: '2024-03-31' },
        leaveWithoutStipend: [{ month: '2024-05', calendarDays: 1 }],
      }),
    ).toThrow(InputError);
  });
});
