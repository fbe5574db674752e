import { describe, expect, it } from 'vitest';
import {
  introductionActLeaveRule,
  programmeEndDate,
  renderExplanation,
  weekdaysBetween,
  withParameters,
  withValues,
  type ProgrammeEndDateInput,
} from '../../src/index.js';
import { issue } from './first-issue.js';

// Introduction Act § 5, start 2020-03-01, 24 months: planned last day 2022-02-28 (2020-03-01 + 24 months = 2022-03-01, less one day).
const intro: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } };
// Integration Act from 2026 (integreringsforskriften §§ 10 and 19): work-qualifying programme, start Monday 2026-02-02, 24 months.
const wq: ProgrammeEndDateInput = { regime: 'integreringsloven', startDate: '2026-02-02', priorEducation: 'withoutUpperSecondary', endGoal: 'workQualifying', granted: { months: 24 } };
const tenDays = { kind: 'absence', from: '2026-03-02', to: '2026-03-13' } as const; // Mon 2 – Fri 13 March: 2 × 5 = 10 working days
const end = (i: ProgrammeEndDateInput) => programmeEndDate(i).value;
const texts = (i: ProgrammeEndDateInput, options?: Parameters<typeof programmeEndDate>[1]) => {
  const r = programmeEndDate(i, options);
  return { nb: renderExplanation(r.explanation, 'nb'), en: renderExplanation(r.explanation, 'en'), rules: r.explanation.steps.map((s) => s.rule) };
};

describe('which leave moves the end date, and by how much', () => {
  it('Introduction Act: absence alone does not move the end: nothing added, and no working days are reported', () => {
    const r = end({ ...intro, leave: [{ kind: 'absence', from: '2020-04-01', to: '2020-04-30' }] });
    expect(r).toMatchObject({ lastDay: '2022-02-28', leaveMovedEndDate: false, leaveAdded: { months: 0, days: 0 } });
    // The Introduction Act has no ten-working-day rule, so the result carries no working-day count at all.
    expect(Object.keys(r)).not.toContain('countedLeaveWorkingDays');
  });
  it('Introduction Act: leave may start on the start date itself: 2020-03-01 … 2020-03-10 = 10 days; 2022-03-01 + 10 days − 1 = 2022-03-10', () => {
    expect(end({ ...intro, leave: [{ kind: 'leave', from: '2020-03-01', to: '2020-03-10' }] })).toMatchObject({ lastDay: '2022-03-10', leaveMovedEndDate: true, leaveAdded: { months: 0, days: 10 } });
  });
  it('two periods that touch but do not overlap both count: 2020-04-01 … 04-10 (10 days) + 04-11 … 04-12 (2 days) = 12 days → 2022-03-12', () => {
    const r = end({ ...intro, leave: [{ kind: 'leave', from: '2020-04-01', to: '2020-04-10' }, { kind: 'leave', from: '2020-04-11', to: '2020-04-12' }] });
    expect(r).toMatchObject({ lastDay: '2022-03-12', leaveAdded: { months: 0, days: 12 } });
  });
  it('ten-day rule: a working-day count of 0 is reported when none of the leave counts (holiday only)', () => {
    const r = end({ ...wq, leave: [{ kind: 'holiday', from: '2026-07-06', to: '2026-07-24' }] });
    expect(r).toMatchObject({ lastDay: '2028-02-01', leaveMovedEndDate: false, countedLeaveWorkingDays: 0, leaveAdded: { months: 0, days: 0 } });
  });
  it('working days between two dates: none when the end lies before the start', () => {
    // 2024-02-05 (Mon) back to 2024-02-01 (Thu): an empty range, 0 working days (not a negative count).
    expect(weekdaysBetween('2024-02-05', '2024-02-01')).toBe(0);
    expect(weekdaysBetween('2024-02-05', '2024-02-04')).toBe(0);
    expect(weekdaysBetween('2024-01-29', '2024-01-29')).toBe(1); // a single Monday
  });
});

describe('leave that cannot be right is refused, naming the field, in both languages', () => {
  it('leave that starts before the programme', () => {
    expect(issue(() => end({ ...intro, leave: [{ kind: 'leave', from: '2020-02-29', to: '2020-03-05' }] }))).toEqual({
      code: 'before_start',
      path: 'leave.0.from',
      nb: 'er før programmet starter (2020-03-01)',
      en: 'is before the programme starts (2020-03-01)',
    });
  });
  it('overlapping periods: the later-starting period is named, with the period it overlaps', () => {
    const a = { kind: 'leave', from: '2020-04-01', to: '2020-04-10' } as const;
    const b = { kind: 'leave', from: '2020-04-10', to: '2020-04-12' } as const;
    expect(issue(() => end({ ...intro, leave: [a, b] }))).toEqual({
      code: 'overlapping_leave',
      path: 'leave.1',
      nb: 'overlapper en annen periode (2020-04-01–2020-04-10)',
      en: 'overlaps another period (2020-04-01–2020-04-10)',
    });
    // Listed in the other order: the periods are compared in date order, so the same period is named.
    expect(issue(() => end({ ...intro, leave: [b, a] }))).toMatchObject({ code: 'overlapping_leave', path: 'leave.0', en: 'overlaps another period (2020-04-01–2020-04-10)' });
  });
  it('two periods starting on the same day: the one listed second is named', () => {
    const e = issue(() => end({ ...intro, leave: [{ kind: 'leave', from: '2020-04-01', to: '2020-04-05' }, { kind: 'leave', from: '2020-04-01', to: '2020-04-03' }] }));
    expect(e).toMatchObject({ code: 'overlapping_leave', path: 'leave.1', nb: 'overlapper en annen periode (2020-04-01–2020-04-05)' });
  });
  it('overlapping periods are found even when leave given as a duration is listed between them', () => {
    const e = issue(() =>
      end({ ...intro, leave: [{ kind: 'leave', from: '2020-04-01', to: '2020-04-10' }, { kind: 'leave', months: 1 }, { kind: 'leave', from: '2020-04-05', to: '2020-04-06' }] }),
    );
    expect(e).toMatchObject({ code: 'overlapping_leave', path: 'leave.2' });
  });
  it('ten-day rule: leave given as a duration without its working days', () => {
    expect(issue(() => end({ ...wq, leave: [{ kind: 'leave', months: 2 }] }))).toEqual({
      code: 'required',
      path: 'leave.0.workingDays',
      nb: 'mangler: ti-virkedagersregelen (integreringsforskriften §§ 10 og 19 (endret ved FOR-2025-09-17-1909)) trenger antall virkedager i permisjonen; oppgi dem eller oppgi permisjonen med datoer',
      en: 'is required: the ten-working-day rule (Integration Regulation §§ 10 and 19 (amended by FOR-2025-09-17-1909)) needs the working days in the leave; give them, or give the leave as dates',
    });
  });
});

describe('the leave step of the explanation, in both languages', () => {
  it('Introduction Act, leave that moved the end: 2021-01-15 … 2021-02-14 = 17 + 14 = 31 days', () => {
    const t = texts({ ...intro, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }] });
    expect(t.rules).toEqual(['programme.maximum-length', 'programme.leave', 'programme.end-date']);
    expect(t.nb).toContain('2. Innvilget permisjon forlenger programmet tilsvarende: programmet forlenges med 0 måneder og 31 dager');
    expect(t.en).toContain('2. Approved leave extends the programme by as much: the programme is extended by 0 months and 31 days');
    // The rule used, with its value: counted kinds and the threshold (0: every day counts).
    expect(t.nb).toContain('- Permisjon som forlenger programmet (introduksjonsloven): leave; > 0 fra 2003-09-01');
    expect(t.en).toContain('- Leave that extends the programme (Introduction Act): leave; > 0 from 2003-09-01');
  });
  it('Introduction Act, only absence: the end is not moved', () => {
    const t = texts({ ...intro, leave: [{ kind: 'absence', months: 1 }] });
    expect(t.nb).toContain('Innvilget permisjon forlenger programmet tilsvarende: programmet forlenges ikke');
    expect(t.en).toContain('Approved leave extends the programme by as much: the programme is not extended');
  });
  it('ten-day rule, eleven working days: all 12 + 1 = 13 calendar days are added', () => {
    const t = texts({ ...wq, leave: [tenDays, { kind: 'timeOff', from: '2026-03-16', to: '2026-03-16' }] });
    expect(t.nb).toContain('Fravær, fri og permisjon som telles med (permisjon, fravær, fri) utgjør 11 virkedager (grense: mer enn 10): programmet forlenges med 0 måneder og 13 dager');
    expect(t.en).toContain('Time away that counts (leave, absence, time off) comes to 11 working days (limit: more than 10): the programme is extended by 0 months and 13 days');
    expect(t.nb).toContain('- Fravær og permisjon som forlenger programmet (integreringsloven): leave, absence, timeOff; > 10 fra 2026-01-01');
    expect(t.en).toContain('- Absence and leave that extend the programme (Integration Act): leave, absence, timeOff; > 10 from 2026-01-01');
  });
  it('ten-day rule, exactly ten working days: not more than the limit, so nothing is added', () => {
    const t = texts({ ...wq, leave: [tenDays] });
    expect(t.nb).toContain('utgjør 10 virkedager (grense: mer enn 10): programmet forlenges ikke');
    expect(t.en).toContain('comes to 10 working days (limit: more than 10): the programme is not extended');
  });
  it('no leave at all: the explanation has no leave step', () => {
    const t = texts(intro);
    expect(t.rules).toEqual(['programme.maximum-length', 'programme.end-date']);
    expect(t.nb).not.toContain('permisjon');
    expect(t.en).not.toContain('Approved leave');
  });
  it('counted kinds are named in the reader\'s language; a kind the library has no name for is shown as given', () => {
    const v = introductionActLeaveRule.values[0]!;
    const parameters = withParameters({ introductionActLeaveRule: withValues(introductionActLeaveRule, [{ ...v, value: { countedKinds: ['leave', 'timeOff', 'sabbatical' as never], thresholdWorkingDays: 0 } }]) });
    const t = texts({ ...intro, leave: [{ kind: 'leave', months: 1 }] }, { parameters });
    expect(t.nb).toContain('Innvilget permisjon, fri, sabbatical forlenger programmet tilsvarende: programmet forlenges med 1 måneder og 0 dager');
    expect(t.en).toContain('Approved leave, time off, sabbatical extends the programme by as much');
  });
});
