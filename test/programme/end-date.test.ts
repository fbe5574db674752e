import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetween, programmeEndDate, renderExplanation, type ProgrammeEndDateInput } from '../../src/index.js';
import { issue } from './first-issue.js';

const P1: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 }, leave: [{ kind: 'leave', months: 6 }] };
const end = (i: ProgrammeEndDateInput) => programmeEndDate(i).value;

describe('end date under the Introduction Act (approved leave moves the end date)', () => {
  it('P1: 2020-03-01 + 24 months + 6 months of leave = 2022-09-01, less one day = 2022-08-31', () => {
    expect(end(P1)).toMatchObject({ lastDay: '2022-08-31', plannedLastDay: '2022-02-28', leaveMovedEndDate: true, leaveAdded: { months: 6, days: 0 } });
  });
  it('P2: with a 1-year extension on top of the leave: 2020-03-01 + 42 months = 2023-09-01, less one day = 2023-08-31', () => {
    expect(end({ ...P1, extension: { months: 12 }, extensionConditionMet: true }).lastDay).toBe('2023-08-31');
  });
  it('leave as dates spanning a month end moves the end by its calendar days: 2021-01-15 … 2021-02-14 = 17 + 14 = 31 days', () => {
    // 2020-03-01 + 24 months = 2022-03-01; + 31 days = 2022-04-01; less one day = 2022-03-31.
    const r = end({ ...P1, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }] });
    expect(r).toMatchObject({ lastDay: '2022-03-31', leaveAdded: { months: 0, days: 31 } });
  });
  it('an extension on top of leave given as dates: 2020-03-01 + 36 months = 2023-03-01; + 31 days = 2023-04-01; less one day', () => {
    const r = end({ ...P1, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }], extension: { months: 12 }, extensionConditionMet: true });
    expect(r.lastDay).toBe('2023-03-31');
  });
  it('a range over February in a leap year: 2024-02-20 … 2024-03-05 = 10 + 5 = 15 days', () => {
    const r = end({ regime: 'introduksjonsloven', startDate: '2024-01-31', granted: { months: 1 }, leave: [{ kind: 'leave', from: '2024-02-20', to: '2024-03-05' }] });
    // 2024-01-31 + 1 month = 2024-02-29 (clamped); + 15 days = 2024-03-15; less one day = 2024-03-14.
    expect(r.lastDay).toBe('2024-03-14');
  });
  it('the leave step cites § 5 (leave is added to the two years) and the leave regulation FOR-2003-07-18-973 (which leave is approved)', () => {
    const e = programmeEndDate(P1).explanation;
    const leave = e.steps.find((st) => st.rule === 'programme.leave');
    expect(leave?.reference?.id).toBe('LOV-2003-07-04-80');
    expect(leave?.reference?.related?.map((r) => r.id)).toEqual(['FOR-2003-07-18-973']);
    expect(renderExplanation(e, 'nb')).toContain('introduksjonsloven § 5; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven)');
  });
  it('absence, time off and holiday do not move the end date under the Introduction Act', () => {
    expect(end({ ...P1, leave: [{ kind: 'absence', months: 1 }, { kind: 'holiday', from: '2020-07-01', to: '2020-07-31' }] }).lastDay).toBe('2022-02-28');
  });
  it('a permanent stop: the last day is the day before the stop', () => {
    expect(end({ ...P1, permanentStopFrom: '2021-01-01' })).toMatchObject({ lastDay: '2020-12-31', stopped: true });
    // A stop after the end changes nothing.
    expect(end({ ...P1, permanentStopFrom: '2022-09-01' })).toMatchObject({ lastDay: '2022-08-31', stopped: false });
  });
});

describe('the maximum length, exactly reached and exceeded by one day', () => {
  const base: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } };
  it('24 months from 2020-03-01 is the maximum: last day 2022-02-28; 730 days is the same period', () => {
    expect(end(base).lastDay).toBe('2022-02-28');
    // 2020-03-01 … 2021-02-28 = 365 days; 2021-03-01 … 2022-02-28 = 365 days.
    expect(end({ ...base, granted: { days: 730 } }).lastDay).toBe('2022-02-28');
  });
  it('one day more is refused, naming the limit and its source', () => {
    for (const granted of [{ months: 24, days: 1 }, { days: 731 }]) {
      const e = issue(() => end({ ...base, granted }));
      expect(e).toMatchObject({ code: 'exceeds_maximum', path: 'granted' });
      expect(e?.nb).toContain('høyst 24 måneder');
      expect(e?.nb).toContain('introduksjonsloven § 5');
      expect(e?.en).toContain('last day 2022-02-28');
    }
  });
  it('the extension: 12 months allowed, one day more refused; the condition must be asserted', () => {
    expect(end({ ...base, extension: { months: 12 }, extensionConditionMet: true }).lastDay).toBe('2023-02-28');
    expect(issue(() => end({ ...base, extension: { months: 12, days: 1 }, extensionConditionMet: true }))).toMatchObject({ code: 'exceeds_maximum', path: 'extension' });
    const cond = issue(() => end({ ...base, extension: { months: 6 } }));
    expect(cond).toMatchObject({ code: 'condition_not_met', path: 'extensionConditionMet' });
    expect(cond?.en).toContain('work or education');
    expect(issue(() => end({ ...base, extension: { months: 6 }, extensionConditionMet: false }))?.path).toBe('extensionConditionMet');
  });
  it('the explanation cites the condition the case worker asserted', () => {
    const text = renderExplanation(programmeEndDate({ ...P1, extension: { months: 12 }, extensionConditionMet: true }).explanation, 'en');
    expect(text).toContain("the case worker has found the condition met: the extension improves the participant's chance of work or education");
    expect(text).toContain('last programme day 2023-08-31');
  });
  it('no extension under the 2026 § 13 (with upper-secondary education): refused, citing the reform', () => {
    const e = issue(() =>
      end({ regime: 'integreringsloven', startDate: '2026-02-02', priorEducation: 'withUpperSecondary', granted: { months: 12 }, extension: { months: 1 }, extensionConditionMet: true }),
    );
    expect(e).toMatchObject({ code: 'extension_not_allowed', path: 'extension' });
    expect(e?.nb).toContain('lov 20. juni 2025 nr. 35');
  });
  it('below the 2021 minimum of 3 months is refused', () => {
    const e = issue(() => end({ regime: 'integreringsloven', startDate: '2023-01-02', priorEducation: 'withoutUpperSecondary', endGoal: 'other', granted: { months: 2 } }));
    expect(e).toMatchObject({ code: 'below_minimum', path: 'granted' });
  });
  it('month-end start: 24 months from 2023-01-31 ends 2025-01-30 (the period ends on addMonths − 1 day)', () => {
    expect(end({ regime: 'integreringsloven', startDate: '2023-01-31', priorEducation: 'withoutUpperSecondary', endGoal: 'other', granted: { months: 24 } }).lastDay).toBe('2025-01-30');
  });
});

describe('Integration Act: the ten-working-day rule (statute from 2026, assumed before)', () => {
  // Work-qualifying programme, start Monday 2026-02-02, 24 months: planned last day 2028-02-01.
  const wq: ProgrammeEndDateInput = { regime: 'integreringsloven', startDate: '2026-02-02', priorEducation: 'withoutUpperSecondary', endGoal: 'workQualifying', granted: { months: 24 } };
  const tenDays = { kind: 'absence', from: '2026-03-02', to: '2026-03-13' } as const; // Mon–Fri × 2 = 10 working days, 12 calendar days
  it('exactly ten working days: not added', () => {
    expect(end({ ...wq, leave: [tenDays] })).toMatchObject({ lastDay: '2028-02-01', leaveMovedEndDate: false, countedLeaveWorkingDays: 10 });
  });
  it('eleven working days: all of it is added (12 + 1 = 13 calendar days): 2028-02-02 + 13 days − 1 = 2028-02-14', () => {
    const r = end({ ...wq, leave: [tenDays, { kind: 'timeOff', from: '2026-03-16', to: '2026-03-16' }] });
    expect(r).toMatchObject({ lastDay: '2028-02-14', leaveMovedEndDate: true, countedLeaveWorkingDays: 11, leaveAdded: { months: 0, days: 13 } });
  });
  it('holiday (§ 18) and days off under § 17 second paragraph never count', () => {
    const r = end({ ...wq, leave: [tenDays, { kind: 'holiday', from: '2026-07-06', to: '2026-07-24' }, { kind: 'dayOffSection17', from: '2026-05-04', to: '2026-05-04' }] });
    expect(r.lastDay).toBe('2028-02-01');
  });
  it('leave given as a duration needs its working days under the ten-day rule', () => {
    expect(issue(() => end({ ...wq, leave: [{ kind: 'leave', months: 2 }] }))).toMatchObject({ code: 'required', path: 'leave.0.workingDays' });
    // 2 months of leave with 43 working days: 2026-02-02 + 26 months = 2028-04-02, less one day.
    expect(end({ ...wq, leave: [{ kind: 'leave', months: 2, workingDays: 43 }] }).lastDay).toBe('2028-04-01');
  });
  it('before 2026 the same rule is an assumption, and the explanation says so', () => {
    const r = programmeEndDate({ regime: 'integreringsloven', startDate: '2023-01-02', priorEducation: 'withoutUpperSecondary', endGoal: 'other', granted: { months: 24 }, leave: [{ kind: 'leave', from: '2023-06-05', to: '2023-06-30' }] });
    // 2023-06-05 … 2023-06-30: 4 weeks = 20 working days, 26 calendar days. 2023-01-02 + 24 months = 2025-01-02; + 26 days = 2025-01-28; less one day.
    expect(r.value.lastDay).toBe('2025-01-27');
    expect(renderExplanation(r.explanation, 'nb')).toContain('antagelse');
  });
  it('chapter 6A uses the same rule (an assumption)', () => {
    const r = end({ regime: 'integreringsloven-6A', startDate: '2023-01-02', granted: { months: 12 }, leave: [{ kind: 'leave', from: '2023-06-05', to: '2023-06-30' }] });
    // 2023-01-02 + 12 months = 2024-01-02; + 26 days = 2024-01-28; less one day.
    expect(r.lastDay).toBe('2024-01-27');
  });
});

describe('leave and dates that cannot be right are refused', () => {
  it('leave before the start, overlapping, or after the end; a stop before the start; an offer after the start', () => {
    expect(issue(() => end({ ...P1, leave: [{ kind: 'leave', from: '2020-02-28', to: '2020-03-05' }] }))?.path).toBe('leave.0.from');
    expect(issue(() => end({ ...P1, leave: [{ kind: 'leave', from: '2020-04-01', to: '2020-04-10' }, { kind: 'leave', from: '2020-04-10', to: '2020-04-12' }] }))?.path).toBe('leave.1');
    expect(issue(() => end({ ...P1, leave: [{ kind: 'holiday', from: '2023-01-01', to: '2023-01-02' }] }))?.path).toBe('leave.0.to');
    expect(issue(() => end({ ...P1, leave: [{ kind: 'leave', from: '2020-05-02', to: '2020-05-01' }] }))?.path).toBe('leave.0.to');
    expect(issue(() => end({ ...P1, permanentStopFrom: '2020-03-01' }))?.path).toBe('permanentStopFrom');
    expect(issue(() => end({ ...P1, startOfferedOn: '2020-03-02' }))?.path).toBe('startOfferedOn');
    expect(issue(() => end({ ...P1, granted: { months: 0 } }))?.path).toBe('granted');
    expect(issue(() => end({ ...P1, granted: { months: 1.5 } }))?.path).toBe('granted.months');
  });
});

describe('invariants (property tests)', () => {
  const date = fc.date({ min: new Date(2010, 0, 1), max: new Date(2020, 11, 31), noInvalidDate: true }).map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
  it('Introduction Act: leave of L months ends where a programme of granted + L months would end', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 12 }), (startDate, months, leaveMonths) => {
        const a = end({ regime: 'introduksjonsloven', startDate, granted: { months }, leave: [{ kind: 'leave', months: leaveMonths }] }).lastDay;
        const b = months + leaveMonths <= 36 ? end({ regime: 'introduksjonsloven', startDate, granted: { months: Math.min(24, months + leaveMonths) }, extension: months + leaveMonths > 24 ? { months: months + leaveMonths - 24 } : undefined, extensionConditionMet: true }).lastDay : a;
        expect(a).toBe(b);
      }),
    );
  });
  it('leave given as dates moves the end by exactly its calendar days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 90 }), (startDate, months, offset, length) => {
        const base = end({ regime: 'introduksjonsloven', startDate, granted: { months } });
        const from = addDaysToDate(startDate, offset);
        fc.pre(from <= base.lastDay);
        const r = end({ regime: 'introduksjonsloven', startDate, granted: { months }, leave: [{ kind: 'leave', from, to: addDaysToDate(from, length) }] });
        expect(daysBetween(base.lastDay, r.lastDay)).toBe(length + 1);
      }),
    );
  });
});
