import { describe, expect, it } from 'vitest';
import {
  introductionActLeaveRule,
  programmeEndDate,
  renderExplanation,
  weekdaysBetween,
  withParameters,
  withValues,
  type ProgrammeEndDateInput,
} from '../index.js';
import { firstIssue } from '../../test/helpers/input-error.js';

// Introduction Act § 5, start 2020-03-01, 24 months: planned last day 2022-02-28 (2020-03-01 + 24 months = 2022-03-01, less one day).
const intro: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } };
// Integration Act from 2026 (integreringsforskriften §§ 10 and 19): work-qualifying programme, start Monday 2026-02-02, 24 months.
const wq: ProgrammeEndDateInput = {
  regime: 'integreringsloven',
  startDate: '2026-02-02',
  priorEducation: 'withoutUpperSecondary',
  endGoal: 'workQualifying',
  granted: { months: 24 },
};
// Mon 2 – Thu 12 March 2026: 11 calendar days less Sunday 8 March = 10 working days (Saturdays count, Sundays and public holidays do not).
const tenDays = { kind: 'absence', from: '2026-03-02', to: '2026-03-12' } as const;
const end = (i: ProgrammeEndDateInput) => programmeEndDate(i).value;
const texts = (i: ProgrammeEndDateInput, options?: Parameters<typeof programmeEndDate>[1]) => {
  const r = programmeEndDate(i, options);
  return {
    nb: renderExplanation(r.explanation, 'nb'),
    en: renderExplanation(r.explanation, 'en'),
    rules: r.explanation.steps.map((s) => s.rule),
  };
};

describe('which leave moves the end date, and by how much', () => {
  it('Introduction Act: absence alone does not move the end: nothing added, and no working days are reported', () => {
    const r = end({ ...intro, leave: [{ kind: 'absence', from: '2020-04-01', to: '2020-04-30' }] });
    expect(r).toMatchObject({ lastDay: '2022-02-28', leaveMovedEndDate: false, leaveAdded: { months: 0, days: 0 } });
    // The Introduction Act has no ten-working-day rule, so its one total (§ 5, leave) carries no working-day count at all.
    expect(r.leaveTotals).toEqual([
      { section: '§ 5', ruleFrom: '2003-09-01', kinds: ['leave'], thresholdWorkingDays: 0, added: false, addedMonths: 0, addedDays: 0 },
    ]);
  });
  it('Introduction Act: leave may start on the start date itself: 2020-03-01 … 2020-03-10 = 10 days; 2022-03-01 + 10 days − 1 = 2022-03-10', () => {
    expect(end({ ...intro, leave: [{ kind: 'leave', from: '2020-03-01', to: '2020-03-10' }] })).toMatchObject({
      lastDay: '2022-03-10',
      leaveMovedEndDate: true,
      leaveAdded: { months: 0, days: 10 },
    });
  });
  it('two periods that touch but do not overlap both count: 2020-04-01 … 04-10 (10 days) + 04-11 … 04-12 (2 days) = 12 days → 2022-03-12', () => {
    const r = end({
      ...intro,
      leave: [
        { kind: 'leave', from: '2020-04-01', to: '2020-04-10' },
        { kind: 'leave', from: '2020-04-11', to: '2020-04-12' },
      ],
    });
    expect(r).toMatchObject({ lastDay: '2022-03-12', leaveAdded: { months: 0, days: 12 } });
  });
  it('ten-day rule: both totals are reported, at 0 working days, when none of the leave counts (holiday only)', () => {
    const r = end({ ...wq, leave: [{ kind: 'holiday', from: '2026-07-06', to: '2026-07-24' }] });
    expect(r).toMatchObject({ lastDay: '2028-02-01', leaveMovedEndDate: false, leaveAdded: { months: 0, days: 0 } });
    expect(r.leaveTotals.map((t) => [t.section, t.workingDays, t.added])).toEqual([
      ['§ 10', 0, false],
      ['§ 19', 0, false],
    ]);
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
    expect(firstIssue(() => end({ ...intro, leave: [{ kind: 'leave', from: '2020-02-29', to: '2020-03-05' }] }))).toEqual({
      code: 'before_start',
      path: 'leave.0.from',
      nb: 'er før programmet starter (2020-03-01)',
      en: 'is before the programme starts (2020-03-01)',
    });
  });
  it('overlapping periods: the later-starting period is named, with the period it overlaps', () => {
    const a = { kind: 'leave', from: '2020-04-01', to: '2020-04-10' } as const;
    const b = { kind: 'leave', from: '2020-04-10', to: '2020-04-12' } as const;
    expect(firstIssue(() => end({ ...intro, leave: [a, b] }))).toEqual({
      code: 'overlapping_leave',
      path: 'leave.1',
      nb: 'overlapper en annen periode (2020-04-01–2020-04-10)',
      en: 'overlaps another period (2020-04-01–2020-04-10)',
    });
    // Listed in the other order: the periods are compared in date order, so the same period is named.
    expect(firstIssue(() => end({ ...intro, leave: [b, a] }))).toMatchObject({
      code: 'overlapping_leave',
      path: 'leave.0',
      en: 'overlaps another period (2020-04-01–2020-04-10)',
    });
  });
  it('two periods starting on the same day: the one listed second is named', () => {
    const e = firstIssue(() =>
      end({
        ...intro,
        leave: [
          { kind: 'leave', from: '2020-04-01', to: '2020-04-05' },
          { kind: 'leave', from: '2020-04-01', to: '2020-04-03' },
        ],
      }),
    );
    expect(e).toMatchObject({ code: 'overlapping_leave', path: 'leave.1', nb: 'overlapper en annen periode (2020-04-01–2020-04-05)' });
  });
  it('overlapping periods are found even when leave given as a duration is listed between them', () => {
    const e = firstIssue(() =>
      end({
        ...intro,
        leave: [
          { kind: 'leave', from: '2020-04-01', to: '2020-04-10' },
          { kind: 'leave', months: 1 },
          { kind: 'leave', from: '2020-04-05', to: '2020-04-06' },
        ],
      }),
    );
    expect(e).toMatchObject({ code: 'overlapping_leave', path: 'leave.2' });
  });
  it('ten-day rule: leave given as a count without its working days, naming the section whose total needs them', () => {
    expect(firstIssue(() => end({ ...wq, leave: [{ kind: 'leave', months: 2 }] }))).toEqual({
      code: 'required',
      path: 'leave.0.workingDays',
      nb: 'mangler: integreringsforskriften § 19; FOR-2025-09-17-1909 legger til fri og permisjon bare når summen er over 10 virkedager; oppgi virkedagene (workingDays), eller oppgi perioden med datoer',
      en: 'is required: the Integration Regulation § 19; FOR-2025-09-17-1909 adds time off and leave only when the total is more than 10 working days; give the working days (workingDays), or give the period as dates',
    });
  });
  it('ten-day rule: a count of working days above ten without the calendar length that is to be added', () => {
    expect(firstIssue(() => end({ ...wq, leave: [{ kind: 'absence', workingDays: 12 }] }))).toEqual({
      code: 'required',
      path: 'leave.0.calendarDays',
      nb: 'mangler: integreringsforskriften § 10; FOR-2025-09-17-1909 legger fravær til programmets varighet; oppgi lengden som legges til (months, calendarDays), eller oppgi perioden med datoer',
      en: "is required: the Integration Regulation § 10; FOR-2025-09-17-1909 adds absence to the programme's duration; give the length that is added (months, calendarDays), or give the period as dates",
    });
  });
});

describe('the leave step of the explanation, in both languages', () => {
  it('Introduction Act, leave that moved the end: 2021-01-15 … 2021-02-14 = 17 + 14 = 31 days', () => {
    const t = texts({ ...intro, leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }] });
    expect(t.rules).toEqual(['programme.maximum-length', 'programme.leave', 'programme.end-date']);
    expect(t.nb).toContain(
      '2. § 5 (tekst fra 2003-09-01): permisjon legges til programmets varighet dag for dag: programmet forlenges med 0 måneder og 31 dager (introduksjonsloven § 5; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))',
    );
    expect(t.en).toContain(
      "2. § 5 (text from 2003-09-01): leave is added to the programme's duration day for day: the programme is extended by 0 months and 31 days (the Introduction Act § 5; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))",
    );
    // The rule used, with its value: the total's section, kinds and threshold (0: every day counts).
    expect(t.nb).toContain('- Permisjon som forlenger programmet (introduksjonsloven): § 5 leave > 0 fra 2003-09-01');
    expect(t.en).toContain('- Leave that extends the programme (Introduction Act): § 5 leave > 0 from 2003-09-01');
  });
  it('Introduction Act, only absence: the explanation says absence is not added', () => {
    const t = texts({ ...intro, leave: [{ kind: 'absence', months: 1 }] });
    expect(t.nb).toContain(
      '2. Fravær legges ikke til programmets varighet (tekst fra 2003-09-01) (introduksjonsloven § 5; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))',
    );
    expect(t.en).toContain(
      "2. Absence is not added to the programme's duration (text from 2003-09-01) (the Introduction Act § 5; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))",
    );
  });
  it('ten-day rule, 10 working days of absence and 1 of time off: two totals, neither more than ten', () => {
    const t = texts({ ...wq, leave: [tenDays, { kind: 'timeOff', from: '2026-03-16', to: '2026-03-16' }] });
    expect(t.nb).toContain(
      '§ 10 (tekst fra 2026-01-01): summen av fravær er 10 virkedager (11 kalenderdager med datoer; søndager og helligdager telles ikke); grensen er mer enn 10: programmet forlenges ikke',
    );
    expect(t.en).toContain(
      '§ 10 (text from 2026-01-01): the total of absence is 10 working days (11 calendar days given as dates; Sundays and public holidays do not count); the limit is more than 10: the programme is not extended',
    );
    expect(t.nb).toContain('§ 19 (tekst fra 2026-01-01): summen av fri og permisjon er 1 virkedag');
    expect(t.en).toContain('§ 19 (text from 2026-01-01): the total of time off and leave is 1 working day');
    expect(t.nb).toContain(
      '- Fravær, fri og permisjon som forlenger programmet (integreringsloven): § 10 absence > 10; § 19 timeOff, leave > 10 fra 2026-01-01',
    );
    expect(t.en).toContain(
      '- Absence, time off and leave that extend the programme (Integration Act): § 10 absence > 10; § 19 timeOff, leave > 10 from 2026-01-01',
    );
    expect(t.en).toContain(
      '- Working days in absence and leave: mandag–lørdag / Monday–Saturday from 2021-01-01 (the Holidays Act § 5 første ledd; assumption)',
    );
  });
  it('ten-day rule: holiday and days off under § 17 second paragraph are said not to be added', () => {
    const t = texts({
      ...wq,
      leave: [
        { kind: 'holiday', from: '2026-07-06', to: '2026-07-24' },
        { kind: 'dayOffSection17', from: '2026-05-04', to: '2026-05-04' },
      ],
    });
    expect(t.nb).toContain(
      'Fri etter § 17 andre ledd og ferie legges ikke til programmets varighet (tekst fra 2026-01-01) (integreringsforskriften §§ 10 og 19; FOR-2025-09-17-1909)',
    );
    expect(t.en).toContain(
      "Days off under § 17 second paragraph and holiday are not added to the programme's duration (text from 2026-01-01) (the Integration Regulation §§ 10 og 19; FOR-2025-09-17-1909)",
    );
  });
  it('no leave at all: the explanation has no leave step', () => {
    const t = texts(intro);
    expect(t.rules).toEqual(['programme.maximum-length', 'programme.end-date']);
    expect(t.nb).not.toContain('permisjon');
    expect(t.en).not.toContain('Approved leave');
  });
  it("counted kinds are named in the reader's language; a kind the library has no name for is shown as given", () => {
    const v = introductionActLeaveRule.values[0]!;
    const parameters = withParameters({
      programme: {
        introductionActLeaveRule: withValues(introductionActLeaveRule, [
          { ...v, value: { totals: [{ section: '§ 5', kinds: ['leave', 'timeOff', 'sabbatical' as never], thresholdWorkingDays: 0 }] } },
        ]),
      },
    });
    const t = texts({ ...intro, leave: [{ kind: 'leave', months: 1 }] }, { parameters });
    expect(t.nb).toContain(
      '§ 5 (tekst fra 2003-09-01): permisjon, fri og sabbatical legges til programmets varighet dag for dag: programmet forlenges med 1 måneder og 0 dager',
    );
    expect(t.en).toContain("§ 5 (text from 2003-09-01): leave, time off and sabbatical are added to the programme's duration day for day");
  });
});
