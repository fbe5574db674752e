import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  daysBetween,
  leaveAdditionReading,
  leaveWorkingDayRule,
  programmeEndDate,
  renderExplanation,
  withParameters,
  withValues,
  type ProgrammeEndDateInput,
} from '../index.js';
import { firstIssue } from '../../test/helpers/input-error.js';

const P1: ProgrammeEndDateInput = {
  regime: 'introduksjonsloven',
  startDate: '2020-03-01',
  granted: { months: 24 },
  leave: [{ kind: 'leave', months: 6 }],
};
const end = (i: ProgrammeEndDateInput) => programmeEndDate(i).value;

describe('end date under the Introduction Act (approved leave moves the end date)', () => {
  it('P1: 2020-03-01 + 24 months + 6 months of leave = 2022-09-01, less one day = 2022-08-31', () => {
    expect(end(P1)).toMatchObject({
      lastDay: '2022-08-31',
      plannedLastDay: '2022-02-28',
      leaveMovedEndDate: true,
      leaveAdded: { months: 6, days: 0 },
    });
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
    const r = end({
      ...P1,
      leave: [{ kind: 'leave', from: '2021-01-15', to: '2021-02-14' }],
      extension: { months: 12 },
      extensionConditionMet: true,
    });
    expect(r.lastDay).toBe('2023-03-31');
  });
  it('a range over February in a leap year: 2024-02-20 … 2024-03-05 = 10 + 5 = 15 days', () => {
    const r = end({
      regime: 'introduksjonsloven',
      startDate: '2024-01-31',
      granted: { months: 1 },
      leave: [{ kind: 'leave', from: '2024-02-20', to: '2024-03-05' }],
    });
    // 2024-01-31 + 1 month = 2024-02-29 (clamped); + 15 days = 2024-03-15; less one day = 2024-03-14.
    expect(r.lastDay).toBe('2024-03-14');
  });
  it('the leave step cites § 5 (leave is added to the two years) and the leave regulation FOR-2003-07-18-973 (which leave is approved)', () => {
    const e = programmeEndDate(P1).explanation;
    const leave = e.steps.find((st) => st.rule === 'programme.leave');
    expect(leave?.reference?.id).toBe('LOV-2003-07-04-80');
    expect(leave?.reference?.related?.map((r) => r.id)).toEqual(['FOR-2003-07-18-973']);
    expect(renderExplanation(e, 'nb')).toContain(
      'introduksjonsloven § 5; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven)',
    );
  });
  it('absence, time off and holiday do not move the end date under the Introduction Act', () => {
    expect(
      end({
        ...P1,
        leave: [
          { kind: 'absence', months: 1 },
          { kind: 'holiday', from: '2020-07-01', to: '2020-07-31' },
        ],
      }).lastDay,
    ).toBe('2022-02-28');
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
      const e = firstIssue(() => end({ ...base, granted }));
      expect(e).toMatchObject({ code: 'exceeds_maximum', path: 'granted' });
      expect(e?.nb).toContain('høyst 24 måneder');
      expect(e?.nb).toContain('introduksjonsloven § 5');
      expect(e?.en).toContain('last day 2022-02-28');
    }
  });
  it('the extension: 12 months allowed, one day more refused; the condition must be asserted', () => {
    expect(end({ ...base, extension: { months: 12 }, extensionConditionMet: true }).lastDay).toBe('2023-02-28');
    expect(firstIssue(() => end({ ...base, extension: { months: 12, days: 1 }, extensionConditionMet: true }))).toMatchObject({
      code: 'exceeds_maximum',
      path: 'extension',
    });
    const cond = firstIssue(() => end({ ...base, extension: { months: 6 } }));
    expect(cond).toMatchObject({ code: 'condition_not_met', path: 'extensionConditionMet' });
    expect(cond?.en).toContain('work or education');
    expect(firstIssue(() => end({ ...base, extension: { months: 6 }, extensionConditionMet: false }))?.path).toBe('extensionConditionMet');
  });
  it('the explanation cites the condition the case worker asserted', () => {
    const text = renderExplanation(programmeEndDate({ ...P1, extension: { months: 12 }, extensionConditionMet: true }).explanation, 'en');
    expect(text).toContain(
      "the case worker has found the condition met: the extension improves the participant's chance of work or education",
    );
    expect(text).toContain('last programme day 2023-08-31');
  });
  it('no extension under the 2026 § 13 (with upper-secondary education): refused, citing the reform', () => {
    const e = firstIssue(() =>
      end({
        regime: 'integreringsloven',
        startDate: '2026-02-02',
        priorEducation: 'withUpperSecondary',
        granted: { months: 12 },
        extension: { months: 1 },
        extensionConditionMet: true,
      }),
    );
    expect(e).toMatchObject({ code: 'extension_not_allowed', path: 'extension' });
    expect(e?.nb).toContain('lov 20. juni 2025 nr. 35');
  });
  it('2021 rules with upper-secondary education: 6 months + an extension of 6 (IMDi) end 2023-01-02 + 12 months = 2024-01-02, less one day; 6 months and 1 day of extension are refused', () => {
    const vgo: ProgrammeEndDateInput = {
      regime: 'integreringsloven',
      startDate: '2023-01-02',
      priorEducation: 'withUpperSecondary',
      granted: { months: 6 },
      extensionConditionMet: true,
    };
    expect(end({ ...vgo, extension: { months: 6 } }).lastDay).toBe('2024-01-01');
    // Granted end 2023-07-02; + 6 months = 2024-01-02 allowed; + 6 months 1 day = 2024-01-03 is one day over.
    const e = firstIssue(() => end({ ...vgo, extension: { months: 6, days: 1 } }));
    expect(e).toMatchObject({ code: 'exceeds_maximum', path: 'extension' });
    expect(e?.nb).toBe(
      'er lengre enn høyst 6 måneders forlengelse etter integreringsloven § 13 (2021); IMDi, «Sluttmål og varighet i integreringsloven»',
    );
    expect(firstIssue(() => end({ ...vgo, granted: { months: 6, days: 1 } }))).toMatchObject({ code: 'exceeds_maximum', path: 'granted' });
  });
  it('below the 2021 minimum of 3 months is refused', () => {
    const e = firstIssue(() =>
      end({
        regime: 'integreringsloven',
        startDate: '2023-01-02',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 2 },
      }),
    );
    expect(e).toMatchObject({ code: 'below_minimum', path: 'granted' });
  });
  it('month-end start: 24 months from 2023-01-31 ends 2025-01-30 (the period ends on addMonths − 1 day)', () => {
    expect(
      end({
        regime: 'integreringsloven',
        startDate: '2023-01-31',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 24 },
      }).lastDay,
    ).toBe('2025-01-30');
  });
});

describe('extensions under the temporary covid-19 rules ("utvidet introduksjonsprogram", Introduction Act programmes started up to 2020-03-31)', () => {
  // Introduction Act § 5: 24 months + up to 12; the covid extension comes on top (IMDi: first the covid months, then § 5's third year).
  const q1: ProgrammeEndDateInput = {
    regime: 'introduksjonsloven',
    startDate: '2020-03-01',
    granted: { months: 24 },
    extension: { months: 12 },
    extensionConditionMet: true,
  };
  const covid = (months: number, days = 0) => ({ covidExtension: { months, days }, covidExtensionConditionMet: true });
  it('started 2020-03-01 (FOR-2022-01-24-111: starts 1 January–31 March 2020, up to 4 months): 24 + 12 + 4 = 40 months, 2020-03-01 + 40 months = 2023-07-01, less one day', () => {
    expect(end({ ...q1, ...covid(4) })).toMatchObject({ lastDay: '2023-06-30', plannedLastDay: '2023-06-30' });
    // Not refused as over § 5's maximum: the covid months are counted apart from the § 5 extension.
    const r = programmeEndDate({ ...q1, ...covid(4) });
    const step = r.explanation.steps.find((s) => s.rule === 'programme.covid-extension');
    expect(step).toMatchObject({ basis: 'official', reference: { id: 'FOR-2022-01-24-111' } });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Utvidet introduksjonsprogram etter de midlertidige covid-19-reglene med 4 måneder og 0 dager (høyst 4 måneder for programmer startet 2020-01-01–2020-03-31)',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'Extended programme under the temporary covid-19 rules by 4 months and 0 days (at most 4 months for programmes started 2020-01-01–2020-03-31)',
    );
  });
  it('one day over 4 months is refused, naming the limit and the regulation; the condition must be asserted', () => {
    const over = firstIssue(() => end({ ...q1, ...covid(4, 1) }));
    expect(over).toMatchObject({ code: 'exceeds_maximum', path: 'covidExtension' });
    expect(over?.nb).toContain(
      'høyst 4 måneders utvidelse for et program startet 2020-03-01 etter midlertidig forskrift 24. januar 2022 nr. 111',
    );
    expect(over?.en).toContain(
      'the maximum extension of 4 months for a programme started on 2020-03-01 under Temporary Regulation of 24 January 2022 no. 111',
    );
    const cond = firstIssue(() => end({ ...q1, covidExtension: { months: 2 } }));
    expect(cond).toMatchObject({ code: 'condition_not_met', path: 'covidExtensionConditionMet' });
    expect(cond?.en).toContain('the participant needs the extension to get into work or education');
  });
  it('the cohort boundaries: started 2019-12-31 → 4 months (§ 2 second paragraph); 2020-03-31 → 4 months; 2020-04-01 → no such rule, refused saying what the library knows', () => {
    // 2019-12-31 + 24 + 4 = 28 months = 2022-04-30 (clamped from the 31st), less one day.
    expect(end({ regime: 'introduksjonsloven', startDate: '2019-12-31', granted: { months: 24 }, ...covid(4) }).lastDay).toBe('2022-04-29');
    // 2020-03-31 + 28 months = 2022-07-31, less one day.
    expect(end({ regime: 'introduksjonsloven', startDate: '2020-03-31', granted: { months: 24 }, ...covid(4) }).lastDay).toBe('2022-07-30');
    expect(firstIssue(() => end({ regime: 'introduksjonsloven', startDate: '2020-04-01', granted: { months: 24 }, ...covid(1) }))).toEqual({
      code: 'covid_extension_not_available',
      path: 'covidExtension',
      nb: 'ingen midlertidig covid-19-regel om utvidet introduksjonsprogram dekker et program etter introduksjonsloven startet 2020-04-01: reglene biblioteket kjenner (parameteren covidProgrammeExtension) gjaldt programmer etter introduksjonsloven startet til og med 2020-03-31. Er utvidelsen gitt etter en annen regel, legg den inn i parameteren',
      en: 'no temporary covid-19 rule on an extended introduction programme covers a programme under the Introduction Act started on 2020-04-01: the rules the library knows (the covidProgrammeExtension parameter) covered Introduction Act programmes started up to and including 2020-03-31. If the extension was granted under another rule, add it to the parameter',
    });
    // And a start in 2020-04 gets no covid pointer when its § 5 extension is too long.
    expect(
      firstIssue(() =>
        end({
          regime: 'introduksjonsloven',
          startDate: '2020-04-01',
          granted: { months: 24 },
          extension: { months: 13 },
          extensionConditionMet: true,
        }),
      )?.en,
    ).toBe('exceeds the maximum extension of 12 months under the Introduction Act § 5');
  });
  it('an Integration Act programme had no such rule: refused, naming the Act', () => {
    const e = firstIssue(() =>
      end({
        regime: 'integreringsloven',
        startDate: '2021-03-01',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 24 },
        ...covid(4),
      }),
    );
    expect(e).toMatchObject({ code: 'covid_extension_not_available', path: 'covidExtension' });
    expect(e?.en).toContain('covers a programme under the Integration Act started on 2021-03-01');
  });
  it('started before 2019 (§ 2 first paragraph, up to 6 months, IMDi): 2018-08-15 + 24 + 12 + 6 = 42 months = 2022-02-15, less one day; 6 months and 1 day refused', () => {
    const pre: ProgrammeEndDateInput = {
      regime: 'introduksjonsloven',
      startDate: '2018-08-15',
      granted: { months: 24 },
      extension: { months: 12 },
      extensionConditionMet: true,
    };
    expect(end({ ...pre, ...covid(6) }).lastDay).toBe('2022-02-14');
    expect(firstIssue(() => end({ ...pre, ...covid(6, 1) }))).toMatchObject({ code: 'exceeds_maximum', path: 'covidExtension' });
  });
  it('started before 2019 but ended before the temporary Act came (26 May 2020): refused; still in it thanks to leave: allowed', () => {
    // 2017-01-02 + 36 months = 2020-01-02, less one day = 2020-01-01, before 2020-05-26.
    const early: ProgrammeEndDateInput = {
      regime: 'introduksjonsloven',
      startDate: '2017-01-02',
      granted: { months: 24 },
      extension: { months: 12 },
      extensionConditionMet: true,
    };
    expect(firstIssue(() => end({ ...early, ...covid(6) }))).toMatchObject({
      code: 'covid_extension_not_available',
      path: 'covidExtension',
      nb: expect.stringContaining('programmet sluttet 2020-01-01, før 2020-05-26') as unknown as string,
      en: expect.stringContaining('the programme ended on 2020-01-01, before 2020-05-26') as unknown as string,
    });
    // With 6 months of approved leave it ran to 2017-01-02 + 42 months = 2020-07-02, less one day = 2020-07-01: covered.
    // + 6 covid months: 2017-01-02 + 48 months = 2021-01-02, less one day.
    expect(end({ ...early, leave: [{ kind: 'leave', months: 6 }], ...covid(6) }).lastDay).toBe('2021-01-01');
    // A refusal of a too-long § 5 extension points to the covid route only where it could still apply:
    // asked to end 2017-01-02 + 37 months = 2020-02-02 (before 2020-05-26): no pointer.
    expect(firstIssue(() => end({ ...early, extension: { months: 13 } }))?.en).toBe(
      'exceeds the maximum extension of 12 months under the Introduction Act § 5',
    );
  });
});

describe('Integration Act from 2026: § 10 (absence) and § 19 (time off and leave) are two totals, each over ten working days', () => {
  // Work-qualifying programme, start Monday 2026-02-02, 24 months: 2026-02-02 + 24 months = 2028-02-02, so the
  // planned last day is 2028-02-01 and N added days give a last day of 2028-02-02 + N − 1.
  // Working days (virkedager) are every day but Sundays and public holidays, Saturdays included (ferieloven § 5).
  // March 2026: Monday 2 March, Sunday 8 and 15 March.
  const wq: ProgrammeEndDateInput = {
    regime: 'integreringsloven',
    startDate: '2026-02-02',
    priorEducation: 'withoutUpperSecondary',
    endGoal: 'workQualifying',
    granted: { months: 24 },
  };
  const elevenDays = { kind: 'absence', from: '2026-03-02', to: '2026-03-13' } as const;
  it('absence 2026-03-02 … 2026-03-13 = 12 calendar days, less Sunday 8 March = 11 working days > 10: all 12 days added → 2028-02-13', () => {
    // Mon 2 – Sat 7 = 6 working days, Mon 9 – Fri 13 = 5: 6 + 5 = 11. 2028-02-02 + 12 days = 2028-02-14, less one day.
    const r = end({ ...wq, leave: [elevenDays] });
    expect(r).toMatchObject({ lastDay: '2028-02-13', leaveMovedEndDate: true, leaveAdded: { months: 0, days: 12 } });
    expect(r.leaveTotals).toEqual([
      {
        section: '§ 10',
        ruleFrom: '2026-01-01',
        kinds: ['absence'],
        thresholdWorkingDays: 10,
        workingDays: 11,
        added: true,
        reading: 'allDays',
        addedMonths: 0,
        addedDays: 12,
      },
      {
        section: '§ 19',
        ruleFrom: '2026-01-01',
        kinds: ['timeOff', 'leave'],
        thresholdWorkingDays: 10,
        workingDays: 0,
        added: false,
        addedMonths: 0,
        addedDays: 0,
      },
    ]);
  });
  it('exactly ten working days is not more than ten: absence 2026-03-02 … 2026-03-12 = 11 calendar days − Sunday 8 March = 10 → not added', () => {
    expect(end({ ...wq, leave: [{ kind: 'absence', from: '2026-03-02', to: '2026-03-12' }] })).toMatchObject({
      lastDay: '2028-02-01',
      leaveMovedEndDate: false,
      leaveTotals: [
        { section: '§ 10', workingDays: 10, added: false },
        { section: '§ 19', workingDays: 0 },
      ],
    });
  });
  it('the totals are not pooled: 8 working days of absence + 8 of leave (16 together) move nothing', () => {
    // Absence Mon 2 – Tue 10 March: 9 calendar days − Sunday 8 March = 8 working days (§ 10).
    // Leave Mon 4 – Tue 12 May: 9 calendar days − Sunday 10 May = 8 working days (§ 19; no holiday: 1 May is before, Ascension Day is 14 May).
    // Pooled, 8 + 8 = 16 > 10 would have added 9 + 9 = 18 days; apart, neither total is more than ten.
    const r = end({
      ...wq,
      leave: [
        { kind: 'absence', from: '2026-03-02', to: '2026-03-10' },
        { kind: 'leave', from: '2026-05-04', to: '2026-05-12' },
      ],
    });
    expect(r).toMatchObject({
      lastDay: '2028-02-01',
      leaveMovedEndDate: false,
      leaveTotals: [
        { section: '§ 10', workingDays: 8, added: false },
        { section: '§ 19', workingDays: 8, added: false },
      ],
    });
  });
  it('time off and leave share the § 19 total: 8 + 3 = 11 working days > 10 → both periods added (9 + 3 = 12 days) → 2028-02-13', () => {
    // Time off Mon 4 – Tue 12 May (8 working days, as above) and leave Mon 1 – Wed 3 June (3 working days, 3 days).
    const r = end({
      ...wq,
      leave: [
        { kind: 'timeOff', from: '2026-05-04', to: '2026-05-12' },
        { kind: 'leave', from: '2026-06-01', to: '2026-06-03' },
      ],
    });
    expect(r).toMatchObject({
      lastDay: '2028-02-13',
      leaveAdded: { months: 0, days: 12 },
      leaveTotals: [
        { section: '§ 10', workingDays: 0 },
        { section: '§ 19', workingDays: 11, added: true, addedDays: 12 },
      ],
    });
  });
  it('Easter 2026 inside a leave: public holidays are not working days, so 11 weekdays are only 10 working days', () => {
    // Leave Mon 30 March – Mon 13 April 2026 = 15 calendar days. Sundays 5 and 12 April; public holidays Maundy Thursday
    // 2 April, Good Friday 3 April, Easter Monday 6 April (Easter Sunday 5 April is a Sunday already); Saturdays 4 and 11 April count.
    // 15 − 2 − 3 = 10 working days: not more than ten. (Counting Monday–Friday without holidays, as before, gave 11 and added 15 days.)
    const r = end({ ...wq, leave: [{ kind: 'leave', from: '2026-03-30', to: '2026-04-13' }] });
    expect(r).toMatchObject({
      lastDay: '2028-02-01',
      leaveTotals: [{ section: '§ 10' }, { section: '§ 19', workingDays: 10, added: false }],
    });
    // One more day (Tuesday 14 April) makes 11 > 10: all 16 days are added: 2028-02-02 + 16 days = 2028-02-18, less one day.
    expect(end({ ...wq, leave: [{ kind: 'leave', from: '2026-03-30', to: '2026-04-14' }] })).toMatchObject({
      lastDay: '2028-02-17',
      leaveTotals: [{}, { workingDays: 11, added: true, addedDays: 16 }],
    });
  });
  it('holiday (§ 18) and days off under § 17 second paragraph never count, in neither total', () => {
    const tenDays = { kind: 'absence', from: '2026-03-02', to: '2026-03-12' } as const; // 10 working days, as above
    const r = end({
      ...wq,
      leave: [
        tenDays,
        { kind: 'holiday', from: '2026-07-06', to: '2026-07-24' },
        { kind: 'dayOffSection17', from: '2026-05-04', to: '2026-05-04' },
      ],
    });
    expect(r).toMatchObject({
      lastDay: '2028-02-01',
      leaveTotals: [
        { section: '§ 10', workingDays: 10 },
        { section: '§ 19', workingDays: 0 },
      ],
    });
  });
  it('leave given as a count: its working days decide, its calendar length is what is added', () => {
    // 2 months of leave with 43 working days (> 10): 2026-02-02 + 26 months = 2028-04-02, less one day.
    expect(end({ ...wq, leave: [{ kind: 'leave', months: 2, workingDays: 43 }] }).lastDay).toBe('2028-04-01');
    // 5 working days of absence (≤ 10) need no calendar length: nothing is added.
    expect(end({ ...wq, leave: [{ kind: 'absence', workingDays: 5 }] })).toMatchObject({
      lastDay: '2028-02-01',
      leaveTotals: [{ workingDays: 5, added: false }, {}],
    });
    // Dates and counts add up in one total: 8 working days as dates + 3 as a count = 11 > 10: 9 + 4 calendar days added.
    const r = end({
      ...wq,
      leave: [
        { kind: 'absence', from: '2026-03-02', to: '2026-03-10' },
        { kind: 'absence', workingDays: 3, calendarDays: 4 },
      ],
    });
    expect(r).toMatchObject({ lastDay: '2028-02-14', leaveTotals: [{ workingDays: 11, addedDays: 13 }, {}] });
  });
  it('a count must give what the rule needs: its working days under a threshold, its calendar length when it is added', () => {
    expect(firstIssue(() => end({ ...wq, leave: [{ kind: 'leave', months: 2 }] }))).toMatchObject({
      code: 'required',
      path: 'leave.0.workingDays',
    });
    expect(firstIssue(() => end({ ...wq, leave: [{ kind: 'leave', workingDays: 11 }] }))).toMatchObject({
      code: 'required',
      path: 'leave.0.calendarDays',
    });
  });
  it('the explanation names the section, the totals and the reading of "kommer i tillegg", nb and en alike', () => {
    const r = programmeEndDate({ ...wq, leave: [elevenDays, { kind: 'timeOff', from: '2026-03-16', to: '2026-03-16' }] });
    const nb = renderExplanation(r.explanation, 'nb');
    const en = renderExplanation(r.explanation, 'en');
    expect(nb).toContain(
      '§ 10 (tekst fra 2026-01-01): summen av fravær er 11 virkedager (12 kalenderdager med datoer; søndager og helligdager telles ikke); grensen er mer enn 10: bibliotekets lesning av «kommer i tillegg»: alle dagene legges til, programmet forlenges med 0 måneder og 12 dager (integreringsforskriften § 10; FOR-2025-09-17-1909; antagelse)',
    );
    expect(en).toContain(
      '§ 10 (text from 2026-01-01): the total of absence is 11 working days (12 calendar days given as dates; Sundays and public holidays do not count); the limit is more than 10: the library\'s reading of "kommer i tillegg": all the days are added, the programme is extended by 0 months and 12 days (the Integration Regulation § 10; FOR-2025-09-17-1909; assumption)',
    );
    expect(nb).toContain(
      '§ 19 (tekst fra 2026-01-01): summen av fri og permisjon er 1 virkedag (1 kalenderdag med datoer; søndager og helligdager telles ikke); grensen er mer enn 10: programmet forlenges ikke',
    );
    expect(en).toContain(
      '§ 19 (text from 2026-01-01): the total of time off and leave is 1 working day (1 calendar day given as dates; Sundays and public holidays do not count); the limit is more than 10: the programme is not extended',
    );
    // Monday 16 March (time off, § 19) is not pooled with the absence: 12 days added, not 13.
    expect(r.value.lastDay).toBe('2028-02-13');
  });
  it('the other reading, only the days beyond ten (a parameter): 11 working days add only Friday 13 March', () => {
    // Working days Mon 2 (1st) … Sat 7 (6th), Mon 9 (7th) … Thu 12 (10th); only Fri 13 March comes after the 10th: 1 day.
    const v = leaveAdditionReading.values[0]!;
    const parameters = withParameters({
      programme: { leaveAdditionReading: withValues(leaveAdditionReading, [{ ...v, value: 'daysBeyondThreshold' }]) },
    });
    const r = programmeEndDate({ ...wq, leave: [elevenDays] }, { parameters });
    expect(r.value).toMatchObject({
      lastDay: '2028-02-02',
      leaveTotals: [{ workingDays: 11, reading: 'daysBeyondThreshold', addedDays: 1 }, {}],
    });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'bibliotekets lesning av «kommer i tillegg»: bare dagene etter den 10. virkedagen legges til, programmet forlenges med 0 måneder og 1 dager',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'the library\'s reading of "kommer i tillegg": only the days after the 10th working day are added, the programme is extended by 0 months and 1 days',
    );
    // Under that reading a count has no days to pick from: dates are required.
    expect(
      firstIssue(() => programmeEndDate({ ...wq, leave: [{ kind: 'absence', workingDays: 11, calendarDays: 14 }] }, { parameters })),
    ).toMatchObject({ code: 'dates_required', path: 'leave.0' });
  });
  it('Saturdays as working days are a parameter: counting Monday–Friday, 2026-03-02 … 2026-03-13 is 10 working days → not added', () => {
    const v = leaveWorkingDayRule.values[0]!;
    const parameters = withParameters({
      programme: { leaveWorkingDayRule: withValues(leaveWorkingDayRule, [{ ...v, value: { saturdays: false } }]) },
    });
    const r = programmeEndDate({ ...wq, leave: [elevenDays] }, { parameters });
    expect(r.value).toMatchObject({ lastDay: '2028-02-01', leaveTotals: [{ workingDays: 10, added: false }, {}] });
    expect(renderExplanation(r.explanation, 'nb')).toContain('søndager, lørdager og helligdager telles ikke');
    expect(renderExplanation(r.explanation, 'en')).toContain('Sundays, Saturdays and public holidays do not count');
  });
});

describe('Integration Act before 2026 (integreringsforskriften §§ 10 and 19 as worded 2021–2025: an assumption)', () => {
  // Start 2025-09-01, other end goal (2021 rules), 24 months: 2025-09-01 + 24 months = 2027-09-01, planned last day 2027-08-31.
  const y2025: ProgrammeEndDateInput = {
    regime: 'integreringsloven',
    startDate: '2025-09-01',
    priorEducation: 'withoutUpperSecondary',
    endGoal: 'other',
    granted: { months: 24 },
  };
  it('days taken before 2026 are added day for day (the assumed 2021 text), and the explanation says it is an assumption', () => {
    const r = programmeEndDate({
      regime: 'integreringsloven',
      startDate: '2023-01-02',
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'other',
      granted: { months: 24 },
      leave: [{ kind: 'leave', from: '2023-06-05', to: '2023-06-30' }],
    });
    // 2023-06-05 … 2023-06-30: 26 calendar days. 2023-01-02 + 24 months = 2025-01-02; + 26 days = 2025-01-28; less one day.
    expect(r.value).toMatchObject({
      lastDay: '2025-01-27',
      leaveTotals: [
        { section: '§ 10', ruleFrom: '2021-01-01', added: false },
        { section: '§ 19', ruleFrom: '2021-01-01', thresholdWorkingDays: 0, added: true, addedDays: 26 },
      ],
    });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '§ 19 (tekst fra 2021-01-01): fri og permisjon legges til programmets varighet dag for dag: programmet forlenges med 0 måneder og 26 dager (integreringsforskriften § 19; antagelse)',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      "§ 19 (text from 2021-01-01): time off and leave are added to the programme's duration day for day: the programme is extended by 0 months and 26 days (the Integration Regulation § 19; assumption)",
    );
    // A short absence in 2023, 2 days, is added too (no threshold before 2026): 2025-01-02 + 2 days − 1.
    expect(
      end({
        regime: 'integreringsloven',
        startDate: '2023-01-02',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 24 },
        leave: [{ kind: 'absence', from: '2023-03-06', to: '2023-03-07' }],
      }).lastDay,
    ).toBe('2025-01-03');
  });
  it('chapter 6A follows the same rule', () => {
    const r = end({
      regime: 'integreringsloven-6A',
      startDate: '2023-01-02',
      granted: { months: 12 },
      leave: [{ kind: 'leave', from: '2023-06-05', to: '2023-06-30' }],
    });
    // 2023-01-02 + 12 months = 2024-01-02; + 26 days = 2024-01-28; less one day.
    expect(r.lastDay).toBe('2024-01-27');
  });
  it('leave over New Year 2026 is split by day: the 2025 days follow the old text, the 2026 days the ten-day rule', () => {
    // Leave Mon 29 December 2025 – Fri 9 January 2026.
    // 2025 part: 29, 30, 31 December = 3 days, added day for day.
    // 2026 part: 1–9 January = 9 days; New Year's Day (Thu 1) and Sunday 4 January are not working days: 7 working days ≤ 10, not added.
    // 2027-09-01 + 3 days = 2027-09-04, less one day.
    const r = end({ ...y2025, leave: [{ kind: 'leave', from: '2025-12-29', to: '2026-01-09' }] });
    expect(r).toMatchObject({
      lastDay: '2027-09-03',
      leaveAdded: { months: 0, days: 3 },
      leaveTotals: [
        { section: '§ 10', ruleFrom: '2021-01-01', added: false },
        { section: '§ 19', ruleFrom: '2021-01-01', added: true, addedDays: 3 },
        { section: '§ 10', ruleFrom: '2026-01-01', workingDays: 0 },
        { section: '§ 19', ruleFrom: '2026-01-01', workingDays: 7, added: false, addedDays: 0 },
      ],
    });
  });
  it('the wording is the one in force when the absence is taken, not at the programme start: 5 days of absence in March 2026 are not added', () => {
    // The programme started in 2025, but Mon 2 – Fri 6 March 2026 falls under the 2026 § 10: 5 working days ≤ 10.
    expect(end({ ...y2025, leave: [{ kind: 'absence', from: '2026-03-02', to: '2026-03-06' }] })).toMatchObject({
      lastDay: '2027-08-31',
      leaveMovedEndDate: false,
    });
  });
  it('a count without its first day is refused when the programme spans the change; with it, the wording of that day applies', () => {
    const e = firstIssue(() => end({ ...y2025, leave: [{ kind: 'absence', workingDays: 5, calendarDays: 7 }] }));
    expect(e).toMatchObject({ code: 'required', path: 'leave.0.firstDay' });
    expect(e?.en).toContain('spans a change in the Integration Regulation §§ 10 og 19; FOR-2025-09-17-1909 on 2026-01-01');
    // Taken in 2025: day for day, 7 calendar days added: 2027-09-01 + 7 days − 1 = 2027-09-07.
    expect(end({ ...y2025, leave: [{ kind: 'absence', workingDays: 5, calendarDays: 7, firstDay: '2025-10-06' }] }).lastDay).toBe(
      '2027-09-07',
    );
    // Taken in 2026: 5 working days ≤ 10, nothing added.
    expect(end({ ...y2025, leave: [{ kind: 'absence', workingDays: 5, calendarDays: 7, firstDay: '2026-10-05' }] }).lastDay).toBe(
      '2027-08-31',
    );
    // A first day before the start is refused like a date range.
    expect(firstIssue(() => end({ ...y2025, leave: [{ kind: 'absence', calendarDays: 7, firstDay: '2025-08-29' }] }))).toMatchObject({
      code: 'before_start',
      path: 'leave.0.firstDay',
    });
  });
});

describe('leave and dates that cannot be right are refused', () => {
  it('leave before the start, overlapping, or after the end; a stop before the start; an offer after the start', () => {
    expect(firstIssue(() => end({ ...P1, leave: [{ kind: 'leave', from: '2020-02-28', to: '2020-03-05' }] }))?.path).toBe('leave.0.from');
    expect(
      firstIssue(() =>
        end({
          ...P1,
          leave: [
            { kind: 'leave', from: '2020-04-01', to: '2020-04-10' },
            { kind: 'leave', from: '2020-04-10', to: '2020-04-12' },
          ],
        }),
      )?.path,
    ).toBe('leave.1');
    expect(firstIssue(() => end({ ...P1, leave: [{ kind: 'holiday', from: '2023-01-01', to: '2023-01-02' }] }))?.path).toBe('leave.0.to');
    expect(firstIssue(() => end({ ...P1, leave: [{ kind: 'leave', from: '2020-05-02', to: '2020-05-01' }] }))?.path).toBe('leave.0.to');
    expect(firstIssue(() => end({ ...P1, permanentStopFrom: '2020-03-01' }))?.path).toBe('permanentStopFrom');
    expect(firstIssue(() => end({ ...P1, startOfferedOn: '2020-03-02' }))?.path).toBe('startOfferedOn');
    expect(firstIssue(() => end({ ...P1, granted: { months: 0 } }))?.path).toBe('granted');
    expect(firstIssue(() => end({ ...P1, granted: { months: 1.5 } }))?.path).toBe('granted.months');
  });
});

describe('invariants (property tests)', () => {
  const date = fc
    .date({ min: new Date(2010, 0, 1), max: new Date(2020, 11, 31), noInvalidDate: true })
    .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
  it('Introduction Act: leave of L months ends where a programme of granted + L months would end', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 12 }), (startDate, months, leaveMonths) => {
        const a = end({
          regime: 'introduksjonsloven',
          startDate,
          granted: { months },
          leave: [{ kind: 'leave', months: leaveMonths }],
        }).lastDay;
        const b =
          months + leaveMonths <= 36
            ? end({
                regime: 'introduksjonsloven',
                startDate,
                granted: { months: Math.min(24, months + leaveMonths) },
                extension: months + leaveMonths > 24 ? { months: months + leaveMonths - 24 } : undefined,
                extensionConditionMet: true,
              }).lastDay
            : a;
        expect(a).toBe(b);
      }),
    );
  });
  it('leave given as dates moves the end by exactly its calendar days', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 90 }),
        (startDate, months, offset, length) => {
          const base = end({ regime: 'introduksjonsloven', startDate, granted: { months } });
          const from = addDaysToDate(startDate, offset);
          fc.pre(from <= base.lastDay);
          const r = end({
            regime: 'introduksjonsloven',
            startDate,
            granted: { months },
            leave: [{ kind: 'leave', from, to: addDaysToDate(from, length) }],
          });
          expect(daysBetween(base.lastDay, r.lastDay)).toBe(length + 1);
        },
      ),
    );
  });
});
