/** Bad inputs are refused with the library's input error, naming the field. */
import { describe, expect, it } from 'vitest';
import { InputError, stipendForMonth, stipendProjection, type StipendMonthInput } from '../../src/index.js';

const ok: StipendMonthInput = { regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15', programme: { start: '2024-01-01' } };

function pathsOf(input: unknown): string[] {
  try {
    stipendForMonth(input as StipendMonthInput);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => i.path.join('.'));
  }
  throw new Error('expected an input error');
}

describe('bad inputs name the field', () => {
  it('absence hours above the month’s programme hours (scheduled, or 1850 / 12 = 154.17 by the divisor)', () => {
    expect(pathsOf({ ...ok, unexcusedAbsence: { hours: 155 } })).toEqual(['unexcusedAbsence.hours']);
    expect(pathsOf({ ...ok, scheduledHours: 100, unexcusedAbsence: { hours: 100.5 } })).toEqual(['unexcusedAbsence.hours']);
    expect(stipendForMonth({ ...ok, unexcusedAbsence: { hours: 154 } }).value.payment.toFixed(2)).toBe('22.34'); // 154 × 248 056 / 1850 = 38 200 624 / 1850 = 20 648.985… → 20 648.99; 20 671.33 − 20 648.99
  });
  it('more days than the days in the programme', () => {
    expect(pathsOf({ ...ok, programme: { start: '2024-06-21' }, unexcusedAbsence: { days: 11 } })).toEqual(['unexcusedAbsence.days']);
    expect(pathsOf({ ...ok, unexcusedAbsence: { days: 20 }, leaveWithoutStipend: { calendarDays: 11 } })).toEqual(['leaveWithoutStipend.calendarDays']);
  });
  it('a month outside the programme', () => {
    expect(pathsOf({ ...ok, programme: { start: '2024-07-01' } })).toEqual(['month']);
    expect(pathsOf({ ...ok, programme: { start: '2023-01-01', end: '2024-05-31' } })).toEqual(['month']);
    expect(pathsOf({ ...ok, programme: { start: '2024-01-01', end: '2023-05-31' } })).toEqual(['programme.end']);
  });
  it('negative amounts and counts', () => {
    expect(pathsOf({ ...ok, benefits: { sicknessBenefit: '-5' } })).toEqual(['benefits.sicknessBenefit']);
    expect(pathsOf({ ...ok, transitionalBenefitPerYear: -1 })).toEqual(['transitionalBenefitPerYear']);
    expect(pathsOf({ ...ok, unexcusedAbsence: { hours: -1 } })).toEqual(['unexcusedAbsence.hours']);
  });
  it('a birth date after the month', () => {
    expect(pathsOf({ ...ok, birthDate: '2024-07-01' })).toEqual(['birthDate']);
  });
  it('an unknown regime', () => {
    expect(pathsOf({ ...ok, regime: 'introduction-act' })).toEqual(['regime']);
  });
  it('a money value as a float with more than two decimals', () => {
    expect(pathsOf({ ...ok, benefits: { unemploymentBenefit: 100.125 } })).toEqual(['benefits.unemploymentBenefit']);
    expect(pathsOf({ ...ok, benefits: { unemploymentBenefit: 0.1 + 0.2 } })).toEqual(['benefits.unemploymentBenefit']);
  });
  it('an unknown field (a typo must not pass)', () => {
    expect(pathsOf({ ...ok, unexcusedAbsense: { hours: 1 } })).toEqual(['']);
  });
  it('a projection with leave in a month outside the programme', () => {
    expect(() => stipendProjection({ regime: 'integreringsloven', birthDate: '1980-01-01', programme: { start: '2024-01-01', end: '2024-03-31' }, leaveWithoutStipend: [{ month: '2024-05', calendarDays: 1 }] })).toThrow(InputError);
  });
});
