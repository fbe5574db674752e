import { describe, expect, it } from 'vitest';
import { InputError, leaveSchema, programmeEndDate, type LeaveInput, type ProgrammeEndDateInput } from '../../src/index.js';

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
  nb: 'oppgi enten datoer (from, to) eller varighet (months, days), ikke begge',
  en: 'give either dates (from, to) or a duration (months, days), not both',
};

describe('leave is given either as dates or as a duration, never both', () => {
  it('dates together with months, with days or with working days are refused in both languages', () => {
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', months: 1 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', days: 3 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', to: '2020-04-10', workingDays: 3 })).toEqual(MIXED);
  });
  it('a single date together with a duration is also mixed', () => {
    expect(leaveIssue({ kind: 'leave', to: '2020-04-10', months: 1 })).toEqual(MIXED);
    expect(leaveIssue({ kind: 'leave', from: '2020-04-01', days: 2 })).toEqual(MIXED);
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
  it('a duration gets 0 for what is not given, and carries working days only when given', () => {
    expect(leaveSchema.parse({ kind: 'leave', months: 2 })).toStrictEqual({ kind: 'leave', months: 2, days: 0 });
    expect(leaveSchema.parse({ kind: 'absence', days: 5, workingDays: 3 })).toStrictEqual({ kind: 'absence', months: 0, days: 5, workingDays: 3 });
  });
  it('a range keeps only its kind and dates', () => {
    expect(leaveSchema.parse({ kind: 'holiday', from: '2020-07-01', to: '2020-07-31' })).toStrictEqual({ kind: 'holiday', from: '2020-07-01', to: '2020-07-31' });
  });
});
