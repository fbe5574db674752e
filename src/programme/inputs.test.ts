import { describe, expect, it } from 'vitest';
import { InputError, leaveSchema, programmeEndDate, type LeaveInput, type ProgrammeEndDateInput } from '../index.js';

const base: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } };
function leaveIssue(leave: LeaveInput): { code: string; path: string; nb: string; en: string } | undefined {
  try {
    programmeEndDate({ ...base, leave: [leave] });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const i = e.issues[0]!;
    return { code: i.code, path: i.path.join('.'), nb: i.message.nb, en: i.message.en };
  }
  return undefined;
}
const MIXED = {
  code: 'mixed_leave',
  path: 'leave.0',
  nb: 'oppgi enten datoer (from, to) eller et antall (months, calendarDays, workingDays, firstDay), ikke begge',
  en: 'give either dates (from, to) or a count (months, calendarDays, workingDays, firstDay), not both',
};

describe('leave is given either as dates or as a count, never both', () => {
  it('dates together with months, calendar days, working days or a first day are refused in both languages', () => {
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', months: 1 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', calendarDays: 3 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', workingDays: 3 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', firstDay: '2020-04-01' })).toEqual(MIXED);
  });
  it('a single date together with a count is also mixed', () => {
    expect(leaveIssue({ kind: 'leave', to: '2020-04-10', months: 1 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', calendarDays: 2 })).toEqual(MIXED);
  });
});

describe('a count says which days it counts', () => {
  it('a bare "days" is refused (it could be calendar or working days): the field is calendarDays or workingDays', () => {
    expect(leaveIssue({ kind: 'leave', days: 3 } as never)).toMatchObject({ path: 'leave.0' });
    expect(leaveIssue({ kind: 'leave', calendarDays: 3 })).toBeUndefined();
  });
  it('an item with only its kind says neither dates nor a count: refused, naming both ways to give it', () => {
    expect(leaveIssue({ kind: 'leave' })).toEqual({
      code: 'required',
      path: 'leave.0',
      nb: 'mangler: oppgi datoer (from, to) eller et antall: months og/eller calendarDays (kalenderdager), workingDays (virkedager)',
      en: 'is required: give dates (from, to) or a count: months and/or calendarDays (calendar days), workingDays (working days)',
    });
  });
  it('Introduction Act: leave is added day for day, so a count of working days alone has no calendar length to add', () => {
    expect(leaveIssue({ kind: 'leave', workingDays: 10 })).toMatchObject({ code: 'required', path: 'leave.0.calendarDays' });
    // Absence is not added under the Introduction Act, so its working days alone are fine.
    expect(leaveIssue({ kind: 'absence', workingDays: 10 })).toBeUndefined();
  });
});

describe('a range needs both ends, in order', () => {
  it('a start without an end: "to" is required', () => {
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01' })).toEqual({
      code: 'required',
      path: 'leave.0.to',
      nb: 'mangler: en periode trenger både from og to',
      en: 'is required: a range needs both from and to',
    });
  });
  it('an end without a start: "from" is required', () => {
    expect(leaveIssue({ kind: 'leave', to: '2020-04-10' })).toMatchObject({ code: 'required', path: 'leave.0.from' });
  });
  it('an end before the start is refused, naming both dates', () => {
    expect(leaveIssue({ kind: 'leave', from: '2020-05-02', to: '2020-05-01' })).toEqual({
      code: 'range_reversed',
      path: 'leave.0.to',
      nb: 'slutter (2020-05-01) før den begynner (2020-05-02)',
      en: 'ends (2020-05-01) before it starts (2020-05-02)',
    });
  });
  it('a one-day range (from = to) is accepted', () => {
    expect(leaveIssue({ kind: 'leave', from: '2020-05-01', to: '2020-05-01' })).toBeUndefined();
  });
});

describe('leave after validation', () => {
  it('a count keeps only what was given (a missing calendar length is not taken as 0)', () => {
    expect(leaveSchema.parse({ kind: 'leave', months: 2 })).toStrictEqual({ kind: 'leave', months: 2 });
    expect(leaveSchema.parse({ kind: 'absence', calendarDays: 5, workingDays: 3 })).toStrictEqual({
      kind: 'absence',
      calendarDays: 5,
      workingDays: 3,
    });
    expect(leaveSchema.parse({ kind: 'absence', workingDays: 3, firstDay: '2026-03-02' })).toStrictEqual({
      kind: 'absence',
      workingDays: 3,
      firstDay: '2026-03-02',
    });
  });
  it('a range keeps only its kind and dates', () => {
    expect(leaveSchema.parse({ kind: 'holiday', from: '2020-07-01', to: '2020-07-31' })).toStrictEqual({
      kind: 'holiday',
      from: '2020-07-01',
      to: '2020-07-31',
    });
  });
});
