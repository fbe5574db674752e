import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, programmeStatus, renderExplanation, type ProgrammeStatusInput } from '../index.js';

// Introduction Act, start 2020-03-01, 24 months: last day 2022-02-28; 2020-03-01 … 2022-02-28 = 365 + 365 = 730 days granted.
const base = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } } as const;
// Leave 2021-01-15 … 2021-02-14 = 17 + 14 = 31 days: moves the last day to 2022-03-31.
const withLeave = { ...base, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }] } as const;
const status = (i: ProgrammeStatusInput) => programmeStatus(i).value;
// Days from 2020-03-01 through 2020-12-31: 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 306.

describe('programme status on a date', () => {
  it('before the start: not started, nothing used', () => {
    expect(status({ ...base, date: '2020-02-29' })).toEqual({
      state: 'notStarted',
      lastDay: '2022-02-28',
      daysGranted: 730,
      daysUsed: 0,
      daysRemaining: 730,
    });
  });
  it('on the first day: active, one day used', () => {
    expect(status({ ...base, date: '2020-03-01' })).toMatchObject({ state: 'active', daysUsed: 1, daysRemaining: 729 });
  });
  it('on leave given as dates: leave days are not used programme days', () => {
    // 2020-03-01 … 2021-02-01 = 338 days (2021-02-01 is 28 days before 2021-03-01, which is day 366); leave so far 2021-01-15 … 2021-02-01 = 18 days.
    expect(status({ ...withLeave, date: '2021-02-01' })).toMatchObject({
      state: 'onLeave',
      lastDay: '2022-03-31',
      daysUsed: 320,
      daysRemaining: 410,
    });
  });
  it('absence is not leave: the state stays active', () => {
    expect(status({ ...base, leave: [{ kind: 'absence', from: '2020-04-01', to: '2020-04-02' }], date: '2020-04-01' }).state).toBe(
      'active',
    );
  });
  it('on the last day (moved by leave) every granted day is used; the day after it has ended', () => {
    expect(status({ ...withLeave, date: '2022-03-31' })).toMatchObject({ state: 'active', daysUsed: 730, daysRemaining: 0 });
    expect(status({ ...withLeave, date: '2022-04-01' })).toMatchObject({ state: 'ended', daysUsed: 730, daysRemaining: 0 });
  });
  it('a covid-19 extension (started 2020-03-01: up to 4 months) counts as granted days: 730 + March–June 2022 (31 + 30 + 31 + 30 = 122) = 852', () => {
    const covid = { ...base, covidExtension: { months: 4 }, covidExtensionConditionMet: true } as const;
    expect(status({ ...covid, date: '2022-03-01' })).toEqual({
      state: 'active',
      lastDay: '2022-06-30',
      daysGranted: 852,
      daysUsed: 731,
      daysRemaining: 121,
    });
  });
  it('the maximum exactly reached: one day left the day before the last day', () => {
    expect(status({ ...base, date: '2022-02-27' })).toMatchObject({ state: 'active', daysUsed: 729, daysRemaining: 1 });
  });
  it('after a permanent stop: stopped, days used only up to the stop', () => {
    // Stop from 2020-04-01: last day 2020-03-31, 31 days used.
    expect(status({ ...base, permanentStopFrom: '2020-04-01', date: '2020-05-01' })).toMatchObject({
      state: 'stopped',
      lastDay: '2020-03-31',
      daysUsed: 31,
      daysRemaining: 699,
    });
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

describe('status around a period of leave given as dates', () => {
  it('before the leave has started, no leave day is deducted: 2020-12-31 → 306 days used', () => {
    expect(status({ ...withLeave, date: '2020-12-31' })).toMatchObject({
      state: 'active',
      lastDay: '2022-03-31',
      daysUsed: 306,
      daysRemaining: 424,
    });
  });
  it('the day before the leave: active, 306 + 14 = 320 days used', () => {
    expect(status({ ...withLeave, date: '2021-01-14' })).toMatchObject({ state: 'active', daysUsed: 320, daysRemaining: 410 });
  });
  it('the first day of leave: on leave, 321 days elapsed less 1 leave day = 320 used', () => {
    expect(status({ ...withLeave, date: '2021-01-15' })).toMatchObject({ state: 'onLeave', daysUsed: 320 });
  });
  it('the last day of leave: on leave, 306 + 31 + 14 = 351 days elapsed less 31 leave days = 320 used', () => {
    expect(status({ ...withLeave, date: '2021-02-14' })).toMatchObject({ state: 'onLeave', daysUsed: 320 });
  });
  it('the day after the leave: active again, 352 − 31 = 321 used', () => {
    expect(status({ ...withLeave, date: '2021-02-15' })).toMatchObject({ state: 'active', daysUsed: 321, daysRemaining: 409 });
  });
  it('leave given as a duration has no place in time and is not deducted: 2020-03-01 … 2020-06-01 = 31 + 30 + 31 + 1 = 93 days', () => {
    // 6 months of leave: last day 2020-03-01 + 30 months = 2022-09-01, less one day.
    expect(status({ ...base, leave: [{ kind: 'leave', months: 6 }], date: '2020-06-01' })).toMatchObject({
      state: 'active',
      lastDay: '2022-08-31',
      daysGranted: 730,
      daysUsed: 93,
      daysRemaining: 637,
    });
  });
  it('Integration Act, leave over New Year 2026: only the days that moved the end (the 2025 part) are not programme time', () => {
    // Start 2025-09-01, 24 months: 2025-09-01 … 2027-08-31 = 365 + 365 = 730 days granted. Leave 2025-12-29 … 2026-01-09:
    // the 3 days of 2025 are added day for day (integreringsforskriften § 19 as assumed for 2021–2025); the 9 days of 2026
    // are 7 working days (New Year's Day and Sunday 4 January do not count), not more than ten, so they stay programme time.
    // On 2026-01-05: 30 + 31 + 30 + 31 + 5 = 127 days elapsed, less the 3 moved days = 124 used.
    const y2025 = {
      regime: 'integreringsloven',
      startDate: '2025-09-01',
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'other',
      granted: { months: 24 },
    } as const;
    expect(status({ ...y2025, leave: [{ kind: 'leave', from: '2025-12-29', to: '2026-01-09' }], date: '2026-01-05' })).toEqual({
      state: 'onLeave',
      lastDay: '2027-09-03',
      daysGranted: 730,
      daysUsed: 124,
      daysRemaining: 606,
    });
  });
});

describe('status around the start and a permanent stop', () => {
  it('a month before the start: not started, nothing used (never a negative count)', () => {
    expect(status({ ...base, date: '2020-02-01' })).toEqual({
      state: 'notStarted',
      lastDay: '2022-02-28',
      daysGranted: 730,
      daysUsed: 0,
      daysRemaining: 730,
    });
  });
  it('stop from 2020-04-01: on the last day before it (2020-03-31) still active with 31 days used; from the stop date stopped', () => {
    expect(status({ ...base, permanentStopFrom: '2020-04-01', date: '2020-03-31' })).toMatchObject({
      state: 'active',
      lastDay: '2020-03-31',
      daysUsed: 31,
      daysRemaining: 699,
    });
    expect(status({ ...base, permanentStopFrom: '2020-04-01', date: '2020-04-01' })).toMatchObject({ state: 'stopped', daysUsed: 31 });
  });
});

describe('the status explanation', () => {
  it('is the schedule steps followed by a status step, in both languages', () => {
    const r = programmeStatus({ ...withLeave, date: '2021-01-15' });
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'programme.maximum-length',
      'programme.leave',
      'programme.end-date',
      'programme.status',
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '4. 2021-01-15: i permisjon eller fri; 320 av 730 innvilgede programdager brukt (siste dag 2022-03-31)',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      '4. 2021-01-15: on leave or time off; 320 of 730 granted programme days used (last day 2022-03-31)',
    );
  });
  it('is left out when not asked for; the figures stay the same', () => {
    const r = programmeStatus({ ...base, date: '2020-03-31' }, { explain: false });
    expect(r.value).toEqual({ state: 'active', lastDay: '2022-02-28', daysGranted: 730, daysUsed: 31, daysRemaining: 699 });
    expect(r.explanation.steps).toEqual([]);
  });
});
