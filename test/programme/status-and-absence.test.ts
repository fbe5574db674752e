import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, Rational, absenceShare, addDaysToDate, programmeStatus, renderExplanation, type ProgrammeStatusInput } from '../../src/index.js';

// Introduction Act, start 2020-03-01, 24 months: last day 2022-02-28; 2020-03-01 … 2022-02-28 = 365 + 365 = 730 days.
const base = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } } as const;
const withLeave = { ...base, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }] } as const; // 31 days
const status = (i: ProgrammeStatusInput) => programmeStatus(i).value;

describe('programme status on a date', () => {
  it('before the start: not started, nothing used', () => {
    expect(status({ ...base, date: '2020-02-29' })).toEqual({ state: 'notStarted', lastDay: '2022-02-28', daysGranted: 730, daysUsed: 0, daysRemaining: 730 });
  });
  it('on the first day: active, one day used', () => {
    expect(status({ ...base, date: '2020-03-01' })).toMatchObject({ state: 'active', daysUsed: 1, daysRemaining: 729 });
  });
  it('on leave given as dates: leave days are not used programme days', () => {
    // 2020-03-01 … 2021-02-01 = 338 days (2021-02-01 is 28 days before 2021-03-01, which is day 366); leave so far 2021-01-15 … 2021-02-01 = 18 days.
    expect(status({ ...withLeave, date: '2021-02-01' })).toMatchObject({ state: 'onLeave', lastDay: '2022-03-31', daysUsed: 320, daysRemaining: 410 });
  });
  it('absence is not leave: the state stays active', () => {
    expect(status({ ...base, leave: [{ kind: 'absence', from: '2020-04-01', to: '2020-04-02' }], date: '2020-04-01' }).state).toBe('active');
  });
  it('on the last day (moved by leave) every granted day is used; the day after it has ended', () => {
    expect(status({ ...withLeave, date: '2022-03-31' })).toMatchObject({ state: 'active', daysUsed: 730, daysRemaining: 0 });
    expect(status({ ...withLeave, date: '2022-04-01' })).toMatchObject({ state: 'ended', daysUsed: 730, daysRemaining: 0 });
  });
  it('a covid-19 extension (started 2020-03-01: up to 4 months) counts as granted days: 730 + March–June 2022 (31 + 30 + 31 + 30 = 122) = 852', () => {
    const covid = { ...base, covidExtension: { months: 4 }, covidExtensionConditionMet: true } as const;
    expect(status({ ...covid, date: '2022-03-01' })).toEqual({ state: 'active', lastDay: '2022-06-30', daysGranted: 852, daysUsed: 731, daysRemaining: 121 });
  });
  it('the maximum exactly reached: one day left the day before the last day', () => {
    expect(status({ ...base, date: '2022-02-27' })).toMatchObject({ state: 'active', daysUsed: 729, daysRemaining: 1 });
  });
  it('after a permanent stop: stopped, days used only up to the stop', () => {
    // Stop from 2020-04-01: last day 2020-03-31, 31 days used.
    expect(status({ ...base, permanentStopFrom: '2020-04-01', date: '2020-05-01' })).toMatchObject({ state: 'stopped', lastDay: '2020-03-31', daysUsed: 31, daysRemaining: 699 });
  });
  it('explains in both languages', () => {
    const r = programmeStatus({ ...base, date: '2020-03-31' });
    expect(renderExplanation(r.explanation, 'nb')).toContain('31 av 730 innvilgede programdager brukt');
    expect(renderExplanation(r.explanation, 'en')).toContain('31 of 730 granted programme days used');
  });
  it('days used never fall as the date moves on, and used + remaining = granted', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 800 }), fc.integer({ min: 0, max: 5 }), (offset, step) => {
        const d1 = addDaysToDate('2020-03-01', offset);
        const d2 = addDaysToDate(d1, step);
        const a = status({ ...withLeave, date: d1 });
        const b = status({ ...withLeave, date: d2 });
        expect(b.daysUsed).toBeGreaterThanOrEqual(a.daysUsed);
        expect(a.daysUsed + a.daysRemaining).toBe(a.daysGranted);
      }),
    );
  });
});

describe('absence share beside the 10 % reference', () => {
  it('4 days out of 30 working days (2024-01-01 Mon … 2024-02-09 Fri) = 13.33 %, above the reference', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 4 });
    expect(r.value.programmeWorkingDays).toBe(30);
    expect(r.value.share.toString()).toBe('2/15');
    expect(r.value.percent.toString()).toBe('13.33');
    expect(r.value.aboveReference).toBe(true);
    expect(renderExplanation(r.explanation, 'en')).toContain('not a decision');
  });
  it('exactly 10 % is not above the reference: 3 / 30', () => {
    expect(absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 3 }).value).toMatchObject({ aboveReference: false });
  });
  it('working days that were not programme time are left out: 2.5 / (30 − 5) = 10 %', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: '2.5', notProgrammeWorkingDays: 5 }).value;
    expect(r.share.toString()).toBe('1/10');
    expect(r.percent.toString()).toBe('10');
  });
  it('refuses impossible input, naming the field', () => {
    const path = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).issues[0]?.path.join('.');
      }
      return undefined;
    };
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2023-12-31', unexcusedAbsenceDays: 0 }))).toBe('date');
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: 6 }))).toBe('unexcusedAbsenceDays');
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: '1.234' }))).toBe('unexcusedAbsenceDays');
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: -1 }))).toBe('unexcusedAbsenceDays');
    expect(path(() => absenceShare({ startDate: '2024-01-06', date: '2024-01-07', unexcusedAbsenceDays: 0 }))).toBe('notProgrammeWorkingDays');
  });
  it('the share is always between 0 and 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100 }), (length, absencePct) => {
        const date = addDaysToDate('2024-01-01', length);
        const r = absenceShare({ startDate: '2024-01-01', date, unexcusedAbsenceDays: 0 }).value;
        const days = Math.floor((r.programmeWorkingDays * absencePct) / 100);
        const s = absenceShare({ startDate: '2024-01-01', date, unexcusedAbsenceDays: days }).value.share;
        expect(s.compare(Rational.ZERO)).toBeGreaterThanOrEqual(0);
        expect(s.compare(Rational.ONE)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
