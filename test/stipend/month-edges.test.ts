/**
 * The single-month rule at its edges: the bounds on hours and days (each inclusive: exactly the month's
 * hours or days is accepted, a quarter more is refused, naming the field in both languages), the refusal
 * of counts that are not non-negative with two decimals, which lines count as the absence deduction, and
 * the deduction amounts for leave, paid work, benefits and overgangsstønad.
 *
 * Figures (worked by hand): G from 1 May 2024 is 124 028 kr; 2 G = 248 056; the month is 248 056 / 12 =
 * 20 671.333…; the daily rate is the month / 30 = 689.0444…; the hourly rate is 248 056 / 1850 =
 * 134.084324…. June 2024 has 30 days.
 */
import { describe, expect, it } from 'vitest';
import { isInputError, stipendForMonth, transitionalBenefitReduction, type InputError, type StipendMonthInput } from '../../src/index.js';

function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

const june: StipendMonthInput = { regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15', programme: { start: '2024-01-01' } };
// A programme starting 13 June 2024 has 18 days in June (13…30). By the divisors the month's hours are
// 1850 / 12 × 18 / 30 = 33 300 / 360 = 92.5, and its days 18.
const from13June: StipendMonthInput = { ...june, programme: { start: '2024-06-13' } };

describe('hours bounds: the month’s programme hours (scheduledHours) are a ceiling, reaching it is allowed', () => {
  it('unexcused absence of exactly the 120 scheduled hours is accepted; 120.5 is refused at unexcusedAbsence.hours', () => {
    // 120 × 134.084324… = 16 090.118… → 16 090.12; 20 671.33 − 16 090.12 = 4 581.21
    expect(stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 120 } }).value.payment.toFixed(2)).toBe('4581.21');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 120.5 } }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'hours'],
      message: { nb: '120,5 timer er mer enn månedens programtimer (120)', en: "120.5 hours is more than the month's programme hours (120)" },
    });
  });
  it('excused absence of exactly 120 scheduled hours is accepted and deducts nothing; 120.25 is refused at excusedAbsence.hours', () => {
    expect(stipendForMonth({ ...june, scheduledHours: 120, excusedAbsence: { hours: 120 } }).value.payment.toFixed(2)).toBe('20671.33');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, excusedAbsence: { hours: 120.25 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['excusedAbsence', 'hours'],
      message: { nb: '120,25 timer er mer enn månedens programtimer (120)', en: "120.25 hours is more than the month's programme hours (120)" },
    });
  });
  it('paid work and unexcused absence together: 100 + 20 = 120 is accepted; 100.5 + 20 = 120.5 is refused at paidWorkHours with the sum', () => {
    // both are hours × hourly rate: 120 × 134.084324… = 16 090.12 in all → 4 581.21 left; each line
    // rounds alone: 20 × 134.0843… = 2 681.69, 100 × 134.0843… = 13 408.43; 2 681.69 + 13 408.43 = 16 090.12
    expect(stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 20 }, paidWorkHours: 100 }).value.payment.toFixed(2)).toBe('4581.21');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 20 }, paidWorkHours: 100.5 }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['paidWorkHours'],
      message: { nb: '120,5 timer (arbeid og fravær) er mer enn månedens programtimer (120)', en: "120.5 hours (work and absence) is more than the month's programme hours (120)" },
    });
  });
  it('paid work alone counts against the hours too: 120.5 work hours with no absence is refused at paidWorkHours', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, paidWorkHours: 120.5 }));
    expect(e.issues[0]?.path).toEqual(['paidWorkHours']);
    expect(e.issues[0]?.message.en).toBe("120.5 hours (work and absence) is more than the month's programme hours (120)");
  });
  it('without scheduledHours the limit is the divisor’s hours for the days in the programme: 92.5 accepted, 92.75 refused', () => {
    // 92.5 × 248 056 / 1850 = 248 056 / 20 = 12 402.80 = the gross 18 × 689.0444… = 12 402.80 → payment 0
    expect(stipendForMonth({ ...from13June, unexcusedAbsence: { hours: 92.5 } }).value.payment.toFixed(2)).toBe('0.00');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, unexcusedAbsence: { hours: 92.75 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'hours'],
      message: { nb: '92,75 timer er mer enn månedens timer etter delingstallet (92,5)', en: "92.75 hours is more than the month's hours by the divisor (92.5)" },
    });
  });
});

describe('days bounds: the days in the programme this month are a ceiling, reaching it is allowed', () => {
  it('18 days of unexcused absence in an 18-day month take the whole gross; 18.5 is refused at unexcusedAbsence.days', () => {
    // 18 × 689.0444… = 12 402.80 = gross → payment 0
    expect(stipendForMonth({ ...from13June, unexcusedAbsence: { days: 18 } }).value.payment.toFixed(2)).toBe('0.00');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, unexcusedAbsence: { days: 18.5 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'days'],
      message: { nb: '18,5 dager er mer enn dagene i programmet denne måneden (18)', en: '18.5 days is more than the days in the programme this month (18)' },
    });
  });
  it('18 days of excused absence are accepted and deduct nothing; 19 are refused at excusedAbsence.days', () => {
    expect(stipendForMonth({ ...from13June, excusedAbsence: { days: 18 } }).value.payment.toFixed(2)).toBe('12402.80');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, excusedAbsence: { days: 19 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['excusedAbsence', 'days'],
      message: { nb: '19 dager er mer enn dagene i programmet denne måneden (18)', en: '19 days is more than the days in the programme this month (18)' },
    });
  });
  it('leave and unexcused days together: 10 + 8 = 18 accepted; 10.5 + 8 = 18.5 refused at leaveWithoutStipend.calendarDays with the sum', () => {
    // 8 × 689.0444… = 5 512.355… → 5 512.36; 10 × 689.0444… = 6 890.444… → 6 890.44; 12 402.80 − 5 512.36 − 6 890.44 = 0.00
    expect(stipendForMonth({ ...from13June, unexcusedAbsence: { days: 8 }, leaveWithoutStipend: { calendarDays: 10 } }).value.payment.toFixed(2)).toBe('0.00');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, unexcusedAbsence: { days: 8 }, leaveWithoutStipend: { calendarDays: 10.5 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['leaveWithoutStipend', 'calendarDays'],
      message: { nb: '18,5 dager (permisjon og fravær) er mer enn dagene i programmet denne måneden (18)', en: '18.5 days (leave and absence) is more than the days in the programme this month (18)' },
    });
  });
});

describe('hours and days must be non-negative counts with at most two decimals', () => {
  it('a negative count is refused as negative_quantity, in both languages', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, paidWorkHours: -1 }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: 'negative_quantity',
      path: ['paidWorkHours'],
      message: { nb: '-1 er ikke et ikke-negativt antall med høyst to desimaler', en: '-1 is not a non-negative count with at most two decimals' },
    });
  });
  it('three decimals are refused as invalid_quantity (not rounded)', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, leaveWithoutStipend: { calendarDays: 0.125 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'invalid_quantity',
      path: ['leaveWithoutStipend', 'calendarDays'],
      message: { nb: '0.125 er ikke et ikke-negativt antall med høyst to desimaler', en: '0.125 is not a non-negative count with at most two decimals' },
    });
  });
});

describe('the absence deduction (tested against the decision threshold) is unexcused absence only', () => {
  it('hours 3 and days 1.5 count; leave, benefits, overgangsstønad and paid work do not', () => {
    // absence: 3 × 134.084324… = 402.2529… → 402.25; 1.5 × 689.0444… = 1 033.5666… → 1 033.57; sum 1 435.82
    const r = stipendForMonth({
      ...june,
      unexcusedAbsence: { hours: 3, days: 1.5 },
      leaveWithoutStipend: { calendarDays: 2 },
      benefits: { sicknessBenefit: '1000' },
      transitionalBenefitPerYear: '200000',
      paidWorkHours: 10,
    }).value;
    expect(r.absenceDeduction.toFixed(2)).toBe('1435.82');
    expect(r.deductions.map((d) => [d.kind, d.applied.toFixed(2)])).toEqual([
      ['unexcusedAbsenceHours', '402.25'],
      ['unexcusedAbsenceDays', '1033.57'],
      ['leaveWithoutStipend', '1378.09'], // 2 × 689.0444… = 1 378.0888… → 1 378.09
      ['sicknessBenefit', '1000.00'],
      ['transitionalBenefit', '4599.53'], // 0.4 × (200 000 − 124 028 / 2) = 0.4 × 137 986 = 55 194.40; / 12 = 4 599.533… → 4 599.53
      ['paidWorkInProgramme', '1340.84'], // 10 × 134.084324… = 1 340.843… → 1 340.84
    ]);
    // 402.25 + 1 033.57 + 1 378.09 + 1 000 + 4 599.53 + 1 340.84 = 9 754.28; 20 671.33 − 9 754.28 = 10 917.05
    expect(r.payment.toFixed(2)).toBe('10917.05');
  });
  it('days alone count, and no absence at all gives 0 with other deductions present', () => {
    // 2 × 689.0444… = 1 378.09
    expect(stipendForMonth({ ...june, unexcusedAbsence: { days: 2 }, paidWorkHours: 5 }).value.absenceDeduction.toFixed(2)).toBe('1378.09');
    expect(stipendForMonth({ ...june, leaveWithoutStipend: { calendarDays: 2 }, paidWorkHours: 5 }).value.absenceDeduction.toFixed(2)).toBe('0.00');
  });
});

describe('other benefits: which are listed as never deducted', () => {
  it('only the never-deducted benefits given are listed: child benefit alone, cash-for-care alone, neither', () => {
    expect(stipendForMonth({ ...june, benefits: { childBenefit: '1766' } }).value.notDeducted).toEqual(['childBenefit']);
    expect(stipendForMonth({ ...june, benefits: { cashForCare: '7500' } }).value.notDeducted).toEqual(['cashForCare']);
    expect(stipendForMonth({ ...june, benefits: { sicknessBenefit: '1000' } }).value.notDeducted).toEqual([]);
    // and neither changes the payment: 20 671.33
    expect(stipendForMonth({ ...june, benefits: { childBenefit: '1766', cashForCare: '7500' } }).value.payment.toFixed(2)).toBe('20671.33');
  });
});

describe('overgangsstønad: G is the one known on asKnownOn', () => {
  it('May 2024 computed on 15 May 2024 uses G 2023 (118 620): 0.4 × (200 000 − 59 310) = 56 276 a year; / 12 = 4 689.666… → 4 689.67', () => {
    const r = transitionalBenefitReduction({ regime: 'integreringsloven', month: '2024-05', transitionalBenefitPerYear: '200000', asKnownOn: '2024-05-15' }).value;
    expect(r.yearly.toFixed(2)).toBe('56276.00');
    expect(r.monthly.toFixed(2)).toBe('4689.67');
    // without asKnownOn, G 2024 (124 028): 0.4 × (200 000 − 62 014) = 55 194.40; / 12 = 4 599.53
    expect(transitionalBenefitReduction({ regime: 'integreringsloven', month: '2024-05', transitionalBenefitPerYear: '200000' }).value.monthly.toFixed(2)).toBe('4599.53');
  });
  it('the same in a month: May 2024 known on 15 May deducts 4 689.67', () => {
    const r = stipendForMonth({ ...june, month: '2024-05', asKnownOn: '2024-05-15', transitionalBenefitPerYear: '200000' }).value;
    expect(r.deductions[0]?.applied.toFixed(2)).toBe('4689.67');
  });
  it('in a partial month the month’s share is taken: 18 of 30 days → 55 194.40 / 12 × 18 / 30 = 2 759.72', () => {
    // 55 194.40 × 18 / 360 = 2 759.72 exactly
    expect(stipendForMonth({ ...from13June, transitionalBenefitPerYear: '200000' }).value.deductions[0]?.applied.toFixed(2)).toBe('2759.72');
  });
});
