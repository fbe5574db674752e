/**
 * Follow-up schedules, counted by hand on a calendar. Default cadence (Grong plan, biweekly phase taken
 * as 3 months): weekly from the programme start for one month, then every 14 days for 3 months, then
 * monthly; the next talk is one interval of the current talk's phase later; a talk on a Saturday, Sunday
 * or public holiday moves to the next working day (back to the last working day if that passes the end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, followUpSchedule, isWorkingDay, renderExplanation, type FollowUpScheduleInput } from '../../src/index.js';

const dates = (input: FollowUpScheduleInput) => followUpSchedule(input).value.talks.map((t) => t.date);

describe('a participant starting 2024-01-08 (a Monday), two-year programme to 2026-01-07', () => {
  const s = followUpSchedule({ programmeStart: '2024-01-08', programmeEnd: '2026-01-07' });
  const talks = s.value.talks;
  it('month 1 [8 Jan, 8 Feb): weekly on Mondays 8, 15, 22, 29 Jan and 5 Feb', () => {
    expect(talks.filter((t) => t.phase === 0).map((t) => t.date)).toEqual(['2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-02-05']);
  });
  it('months 2–4 [8 Feb, 8 May): 5 Feb + 7 = 12 Feb starts the 14-day phase: 12, 26 Feb, 11, 25 Mar, 8, 22 Apr, 6 May', () => {
    expect(talks.filter((t) => t.phase === 1).map((t) => t.date)).toEqual(['2024-02-12', '2024-02-26', '2024-03-11', '2024-03-25', '2024-04-08', '2024-04-22', '2024-05-06']);
  });
  it('the first monthly talk: 6 May + 14 = 20 May is Whit Monday, so it is held Tuesday 21 May', () => {
    const monthly = talks.filter((t) => t.phase === 2);
    expect(monthly[0]).toEqual({ date: '2024-05-21', planned: '2024-05-20', shiftDays: 1, phase: 2 });
    // then the 20th of each month: 20 Jun (Thu), 20 Jul is a Saturday → Mon 22 Jul, 20 Aug (Tue).
    expect(monthly.slice(1, 4).map((t) => t.date)).toEqual(['2024-06-20', '2024-07-22', '2024-08-20']);
    // 20 Apr 2025 is Easter Sunday → Easter Monday is a holiday too → Tuesday 22 Apr.
    expect(monthly.find((t) => t.planned === '2025-04-20')?.date).toBe('2025-04-22');
  });
  it('32 talks in all: 5 + 7 + monthly from 20 May 2024 to 20 Dec 2025 (8 + 12 = 20)', () => {
    expect(talks.length).toBe(32);
    expect(talks.at(-1)?.planned).toBe('2025-12-20'); // a Saturday → Monday 22 Dec
    expect(talks.at(-1)?.date).toBe('2025-12-22');
  });
  it('explains each moved talk', () => {
    expect(renderExplanation(s.explanation, 'nb')).toContain('Samtalen planlagt 2024-05-20 (andre pinsedag) holdes 2024-05-21');
    expect(renderExplanation(s.explanation, 'en')).toContain('32 talks');
  });
});

describe('Easter and 17 May', () => {
  it('Easter 2024: start Thu 14 Mar; 28 Mar (Maundy Thursday) moves over Easter to Tue 2 Apr', () => {
    expect(dates({ programmeStart: '2024-03-14', programmeEnd: '2024-04-13' })).toEqual(['2024-03-14', '2024-03-21', '2024-04-02', '2024-04-04', '2024-04-11']);
  });
  it('Easter 2025: start Thu 3 Apr; 17 Apr (Maundy Thursday) → Tue 22 Apr; 1 May → Fri 2 May', () => {
    expect(dates({ programmeStart: '2025-04-03', programmeEnd: '2025-05-02' })).toEqual(['2025-04-03', '2025-04-10', '2025-04-22', '2025-04-24', '2025-05-02']);
  });
  it('17 May 2024: start Fri 3 May; 17 May, the weekend and Whit Monday push the talk to Tue 21 May', () => {
    expect(dates({ programmeStart: '2024-05-03', programmeEnd: '2024-06-02' })).toEqual(['2024-05-03', '2024-05-10', '2024-05-21', '2024-05-24', '2024-05-31']);
  });
});

describe('month ends, programme end and leave', () => {
  it('monthly from 31 Jan 2024: 29 Feb, 31 Mar (Easter Sunday → Tue 2 Apr), 30 Apr, 31 May, 30 Jun (Sun) back to Fri 28 Jun', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-31', programmeEnd: '2024-06-30', cadence: [{ intervalMonths: 1 }] }).value;
    expect(s.talks.map((t) => t.date)).toEqual(['2024-01-31', '2024-02-29', '2024-04-02', '2024-04-30', '2024-05-31', '2024-06-28']);
    expect(s.talks.at(-1)?.shiftDays).toBe(-2);
  });
  it('a Saturday talk on the last weekend moves back to Friday: every 3 days from Wed 3 Jan 2024 to Sun 7 Jan', () => {
    expect(dates({ programmeStart: '2024-01-03', programmeEnd: '2024-01-07', cadence: [{ intervalDays: 3 }] })).toEqual(['2024-01-03', '2024-01-05']);
  });
  it('a programme of one weekend has no working day: the talk is skipped', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-06', programmeEnd: '2024-01-07' }).value;
    expect(s.talks).toEqual([]);
    expect(s.skipped).toEqual([{ planned: '2024-01-06', phase: 0, reason: 'no_working_day' }]);
  });
  it('talks inside a leave (20 Jan–10 Feb 2024) are not held; the cadence runs on', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-08', programmeEnd: '2024-03-31', leave: [{ from: '2024-01-20', to: '2024-02-10' }] }).value;
    expect(s.talks.map((t) => t.date).slice(0, 4)).toEqual(['2024-01-08', '2024-01-15', '2024-02-12', '2024-02-26']);
    expect(s.skipped.map((t) => t.planned)).toEqual(['2024-01-22', '2024-01-29', '2024-02-05']);
  });
  it('a 2-month biweekly phase (the plan says 2–3) by overriding the cadence', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-08', programmeEnd: '2024-06-30', cadence: [{ months: 1, intervalDays: 7 }, { months: 2, intervalDays: 14 }, { intervalMonths: 1 }] }).value;
    // phase 2 ends 8 Apr: 25 Mar + 14 = 8 Apr is the first monthly talk, then 8 May, 8 Jun (Sat → Mon 10 Jun).
    expect(s.talks.filter((t) => t.phase === 2).map((t) => t.date)).toEqual(['2024-04-08', '2024-05-08', '2024-06-10']);
  });
});

describe('input errors name the field', () => {
  const paths = (input: unknown) => {
    try {
      followUpSchedule(input as FollowUpScheduleInput);
    } catch (e) {
      return (e as InputError).issues.map((i) => i.path.join('.'));
    }
    return [];
  };
  it('end before start, unknown keys, bad cadence, bad leave, years out of range', () => {
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-01-01' })).toEqual(['programmeEnd']);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', extra: 1 })).toEqual(['']);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', cadence: [{ months: 1, intervalDays: 7 }] })).toEqual(['cadence.0.months']);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', cadence: [{ intervalDays: 0 }] })).toEqual(['cadence.0.intervalDays']);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', leave: [{ from: '2024-02-10', to: '2024-02-01' }] })).toEqual(['leave.0.to']);
    expect(paths({ programmeStart: '1990-02-01', programmeEnd: '1991-03-01' })).toEqual(['programmeStart', 'programmeEnd']);
    expect(paths({ programmeStart: '2024-01-01', programmeEnd: '2040-01-01' })).toEqual(['programmeEnd']);
  });
});

const MONDAY_2017 = Date.UTC(2017, 0, 2); // the default cadence applies from 2017
const day = (offset: number) => new Date(MONDAY_2017 + offset * 86_400_000).toISOString().slice(0, 10);
const phaseArb = fc.oneof(fc.record({ intervalDays: fc.integer({ min: 1, max: 40 }) }), fc.record({ intervalMonths: fc.integer({ min: 1, max: 3 }) }));
const cadenceArb = fc
  .tuple(fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), phaseArb), { maxLength: 3 }), phaseArb)
  .map(([head, last]) => [...head.map(([months, p]) => ({ months, ...p })), last]);

describe('schedule invariants (property tests)', () => {
  it('every talk is a working day inside the programme; talks never closer than the interval minus the shifts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000 }), fc.integer({ min: 0, max: 1500 }), fc.option(cadenceArb, { nil: undefined }), (startOffset, length, cadence) => {
        const programmeStart = day(startOffset);
        const programmeEnd = day(startOffset + length);
        const s = followUpSchedule({ programmeStart, programmeEnd, ...(cadence === undefined ? {} : { cadence }) }, { explain: false }).value;
        s.talks.forEach((t, i) => {
          expect(t.date >= programmeStart && t.date <= programmeEnd).toBe(true);
          expect(isWorkingDay(t.date)).toBe(true);
          expect(Math.abs(t.shiftDays)).toBeLessThanOrEqual(5); // the longest run: Maundy Thursday to Tuesday after Easter
          const next = s.talks[i + 1];
          if (next === undefined) return;
          const phase = s.cadence[t.phase];
          const minInterval = phase?.intervalDays ?? 28 * (phase?.intervalMonths ?? 1); // a month is at least 28 days
          const gap = (Date.parse(next.date) - Date.parse(t.date)) / 86_400_000;
          expect(gap).toBeGreaterThanOrEqual(Math.max(1, minInterval - Math.max(0, t.shiftDays) - Math.max(0, -next.shiftDays)));
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
