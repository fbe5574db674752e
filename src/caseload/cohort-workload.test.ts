/**
 * A cohort's workload month by month, counted by hand: active participants (at least one programme day
 * outside leave in the month), FTE = active / 20, talks from each participant's schedule, hours =
 * talks × minutes / 60.
 *
 * Edges: when a participant counts as active in a month (at least one programme day outside every leave
 * period), which month is the peak (the first of equal months), the month and programme limits, and the
 * sentences a case worker reads.
 */
import { describe, expect, it } from 'vitest';
import {
  InputError,
  caseloadNorm,
  cohortWorkload,
  explanationToJSON,
  followUpCadence,
  references,
  renderExplanation,
  withParameters,
  withValues,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const monthly = [{ intervalMonths: 1 }];
type Leave = { from: string; to: string };
/** Active participants in March 2024 (1–31 March) for one participant with these dates and leave. */
const activeInMarch = (programmeStart: string, programmeEnd: string, leave: Leave[]) =>
  cohortWorkload({
    from: '2024-03',
    to: '2024-03',
    minutesPerTalk: 30,
    cadence: monthly,
    participants: [{ programmeStart, programmeEnd, leave }],
  }).value.months[0]?.activeParticipants;

describe('two participants, January–March 2024, 45 minutes a talk', () => {
  // A starts Mon 8 Jan: Jan 8, 15, 22, 29 | Feb 5, 12, 26 | Mar 11, 25.
  // B starts Thu 1 Feb: Feb 1, 8, 15, 22, 29 (weekly month to 1 Mar) | Mar 7, 21 (14 days).
  const w = cohortWorkload({
    from: '2024-01',
    to: '2024-03',
    minutesPerTalk: 45,
    participants: [
      { id: 'A', programmeStart: '2024-01-08', programmeEnd: '2026-01-07' },
      { id: 'B', programmeStart: '2024-02-01', programmeEnd: '2026-01-31' },
    ],
  });
  it('active: 1, 2, 2; FTE 1/20 = 0.05, 2/20 = 0.1, 0.1', () => {
    expect(w.value.months.map((m) => m.activeParticipants)).toEqual([1, 2, 2]);
    expect(w.value.months.map((m) => m.fteNeeded.toString())).toEqual(['0.05', '0.1', '0.1']);
  });
  it('talks 4, 3 + 5 = 8, 2 + 2 = 4; hours 4 × 45 / 60 = 3, 8 × 45 / 60 = 6, 4 × 45 / 60 = 3', () => {
    expect(w.value.months.map((m) => m.talks)).toEqual([4, 8, 4]);
    expect(w.value.months.map((m) => m.adviserMinutes)).toEqual([180, 360, 180]);
    expect(w.value.months.map((m) => m.adviserHours.toString())).toEqual(['3', '6', '3']);
    expect(w.value.totalTalks).toBe(16);
  });
  it('peaks: first month with most participants is February, most talks February', () => {
    expect(w.value.peakParticipants.month).toBe('2024-02');
    expect(w.value.peakTalks.month).toBe('2024-02');
    expect(renderExplanation(w.explanation, 'nb')).toContain(
      '2024-02: 2 aktive deltakere / 20 = 0,1 årsverk; 8 samtaler × 45 min = 6 timer',
    );
  });
});

describe('leave and programme ends', () => {
  it('a participant on leave all of March is not active in March; talks in the leave are not held', () => {
    // P1 starts Mon 8 Jan 2024, leave 25 Feb–2 Apr: February talks 5, 12 Feb (26 Feb in leave); March 11, 25 in
    // leave; April 8, 22. P2 starts Tue 2 Jan, ends 29 Feb: weekly 2–30 Jan, then 6, 20 Feb.
    const w = cohortWorkload({
      from: '2024-02',
      to: '2024-04',
      minutesPerTalk: 50,
      participants: [
        { programmeStart: '2024-01-08', programmeEnd: '2026-01-07', leave: [{ from: '2024-02-25', to: '2024-04-02' }] },
        { programmeStart: '2024-01-02', programmeEnd: '2024-02-29' },
      ],
    }).value;
    expect(w.months.map((m) => m.activeParticipants)).toEqual([2, 0, 1]);
    expect(w.months.map((m) => m.fteNeeded.toString())).toEqual(['0.1', '0', '0.05']);
    expect(w.months.map((m) => m.talks)).toEqual([4, 0, 2]);
    // 4 × 50 = 200 min = 3.333… h → 3.33; 2 × 50 = 100 min = 1.666… h → 1.67 (half-up to two decimals)
    expect(w.months.map((m) => m.adviserHours.toString())).toEqual(['3.33', '0', '1.67']);
  });
  it('Vestfold "VIS": 125 participants active in a month need 125 / 20 = 6.25 FTE', () => {
    const participants = Array.from({ length: 125 }, () => ({ programmeStart: '2024-01-01', programmeEnd: '2025-12-31' }));
    const w = cohortWorkload({ from: '2024-06', to: '2024-06', minutesPerTalk: 60, participants }).value;
    expect(w.months[0]?.fteNeeded.toString()).toBe('6.25');
    // All started Mon 1 Jan 2024 (a holiday: first talk Tue 2 Jan). Weekly from 1 Jan to 29 Jan; 5 Feb begins the
    // 14-day phase: 5, 19 Feb, 4, 18 Mar, 1 Apr (Easter Monday → 2 Apr), 15, 29 Apr; 13 May is in the monthly
    // phase (from 1 May): 13 May, 13 Jun. One talk each in June: 125 talks, 125 hours.
    expect(w.months[0]?.talks).toBe(125);
    expect(w.months[0]?.adviserHours.toString()).toBe('125');
  });
});

describe('input', () => {
  it('names the participant field at fault', () => {
    try {
      cohortWorkload({
        from: '2024-01',
        to: '2024-02',
        minutesPerTalk: 45,
        participants: [{ programmeStart: '2024-03-01', programmeEnd: '2024-01-01' }],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues[0]?.path).toEqual(['participants', 0, 'programmeEnd']);
    }
  });
  it('refuses a month range that ends before it starts, and a zero talk length', () => {
    expect(() => cohortWorkload({ from: '2024-03', to: '2024-01', minutesPerTalk: 45, participants: [] })).toThrow(InputError);
    expect(() => cohortWorkload({ from: '2024-01', to: '2024-03', minutesPerTalk: 0, participants: [] })).toThrow(InputError);
  });
  it('an empty cohort needs no advisers', () => {
    const w = cohortWorkload({ from: '2024-01', to: '2024-02', minutesPerTalk: 45, participants: [] }).value;
    expect(w.months.map((m) => m.fteNeeded.toString())).toEqual(['0', '0']);
  });
});

describe('cohort participants with a count', () => {
  it('counts a group that shares its dates as that many participants', () => {
    // Hand count: 3 participants from 2024-01-08 are 3 active in January → 3/20 = 0.15 FTE; each has 4 weekly
    // talks in January (8, 15, 22, 29) → 12 talks.
    const grouped = cohortWorkload({
      from: '2024-01',
      to: '2024-01',
      minutesPerTalk: 60,
      participants: [{ programmeStart: '2024-01-08', programmeEnd: '2026-01-07', count: 3 }],
    }).value;
    expect(grouped.months[0]).toMatchObject({ activeParticipants: 3, talks: 12, adviserMinutes: 720 });
    expect(grouped.months[0]?.fteNeeded.toString()).toBe('0.15');
    const single = { programmeStart: '2024-01-08', programmeEnd: '2026-01-07' };
    const separate = cohortWorkload({ from: '2024-01', to: '2024-06', minutesPerTalk: 45, participants: [single, single, single] }).value;
    const weighted = cohortWorkload({ from: '2024-01', to: '2024-06', minutesPerTalk: 45, participants: [{ ...single, count: 3 }] }).value;
    expect(JSON.stringify(weighted)).toBe(JSON.stringify(separate));
  });
});

describe('active in March 2024: a programme day of the month outside every leave', () => {
  const year = ['2024-01-02', '2024-12-31'] as const;
  it.each<[string, Leave[], number]>([
    [
      'leave 16–31 and 1–15 March, given in that order, cover the whole month',
      [
        { from: '2024-03-16', to: '2024-03-31' },
        { from: '2024-03-01', to: '2024-03-15' },
      ],
      0,
    ],
    [
      'leave 21–31, 11–20 and 1–10 March, given backwards, cover the whole month',
      [
        { from: '2024-03-21', to: '2024-03-31' },
        { from: '2024-03-11', to: '2024-03-20' },
        { from: '2024-03-01', to: '2024-03-10' },
      ],
      0,
    ],
    [
      'leave 20–31 and 1–10 March leave 11–19 March free',
      [
        { from: '2024-03-20', to: '2024-03-31' },
        { from: '2024-03-01', to: '2024-03-10' },
      ],
      1,
    ],
    [
      'a January leave before the month does not hide a leave over all of March',
      [
        { from: '2024-01-02', to: '2024-01-31' },
        { from: '2024-03-01', to: '2024-03-31' },
      ],
      0,
    ],
    [
      'leave 1 February–1 March then 2–31 March covers the month (the first ends on its first day)',
      [
        { from: '2024-02-01', to: '2024-03-01' },
        { from: '2024-03-02', to: '2024-03-31' },
      ],
      0,
    ],
    ['a leave of exactly 1–31 March', [{ from: '2024-03-01', to: '2024-03-31' }], 0],
    [
      'a leave of exactly 1–31 March, and another in May',
      [
        { from: '2024-03-01', to: '2024-03-31' },
        { from: '2024-05-01', to: '2024-05-31' },
      ],
      0,
    ],
    ['leave 1–30 March leaves 31 March', [{ from: '2024-03-01', to: '2024-03-30' }], 1],
  ])('%s: %i active', (_, leave, expected) => {
    expect(activeInMarch(year[0], year[1], leave)).toBe(expected);
  });
  it("a programme starting on 31 March counts for March (the adviser's work starts that day)", () => {
    expect(activeInMarch('2024-03-31', '2025-03-30', [])).toBe(1);
  });
  it('a programme that ended in February is not active in March, even with a leave registered later', () => {
    expect(activeInMarch('2023-06-01', '2024-02-29', [{ from: '2024-06-01', to: '2024-06-30' }])).toBe(0);
  });
  it('a programme starting in April is not active in March, even with a leave registered in May', () => {
    expect(activeInMarch('2024-04-01', '2025-03-31', [{ from: '2024-05-01', to: '2024-05-31' }])).toBe(0);
  });
});

describe('peaks are the first month with the most', () => {
  // Monthly talks from each programme start (weekend → next working day):
  // A 2 Jan–30 Apr 2024: Tue 2 Jan, Fri 2 Feb, Sat 2 Mar → Mon 4 Mar, Tue 2 Apr.
  // B 1 Feb–31 Mar 2024: Thu 1 Feb, Fri 1 Mar.
  // Active: Jan 1, Feb 2, Mar 2, Apr 1. Talks: Jan 1, Feb 2, Mar 2, Apr 1.
  const run = () =>
    cohortWorkload({
      from: '2024-01',
      to: '2024-04',
      minutesPerTalk: 30,
      cadence: monthly,
      participants: [
        { programmeStart: '2024-01-02', programmeEnd: '2024-04-30' },
        { programmeStart: '2024-02-01', programmeEnd: '2024-03-31' },
      ],
    });
  it('active 1, 2, 2, 1 and talks 1, 2, 2, 1: both peaks are February, not the tied March', () => {
    const w = run().value;
    expect(w.months.map((m) => m.activeParticipants)).toEqual([1, 2, 2, 1]);
    expect(w.months.map((m) => m.talks)).toEqual([1, 2, 2, 1]);
    expect(w.peakParticipants.month).toBe('2024-02');
    expect(w.peakTalks.month).toBe('2024-02');
    expect(w.totalTalks).toBe(6);
  });
  it('FTE 1/20 = 0.05, 2/20 = 0.1; hours 1 × 30 / 60 = 0.5, 2 × 30 / 60 = 1, in both languages', () => {
    const steps = explanationToJSON(run().explanation).steps;
    expect(steps.map((s) => s.rule)).toEqual([
      'caseload.norm',
      'caseload.cohort-month',
      'caseload.cohort-month',
      'caseload.cohort-month',
      'caseload.cohort-month',
      'caseload.cohort-peak',
    ]);
    expect(steps[0]?.text).toEqual({
      nb: 'Normen 2024-01-01 er 20 deltakere per årsverk programrådgiver',
      en: 'The norm on 2024-01-01 is 20 participants per full-time programme adviser',
    });
    expect(steps.slice(1, 5).map((s) => s.text)).toEqual([
      {
        nb: '2024-01: 1 aktive deltakere / 20 = 0,05 årsverk; 1 samtaler × 30 min = 0,5 timer',
        en: '2024-01: 1 active participants / 20 = 0.05 FTE; 1 talks × 30 min = 0.5 hours',
      },
      {
        nb: '2024-02: 2 aktive deltakere / 20 = 0,1 årsverk; 2 samtaler × 30 min = 1 timer',
        en: '2024-02: 2 active participants / 20 = 0.1 FTE; 2 talks × 30 min = 1 hours',
      },
      {
        nb: '2024-03: 2 aktive deltakere / 20 = 0,1 årsverk; 2 samtaler × 30 min = 1 timer',
        en: '2024-03: 2 active participants / 20 = 0.1 FTE; 2 talks × 30 min = 1 hours',
      },
      {
        nb: '2024-04: 1 aktive deltakere / 20 = 0,05 årsverk; 1 samtaler × 30 min = 0,5 timer',
        en: '2024-04: 1 active participants / 20 = 0.05 FTE; 1 talks × 30 min = 0.5 hours',
      },
    ]);
  });
  it('different peak months are named apart: most participants in October, most talks in September', () => {
    // Every 14 days from Mon 2 Sep 2024 to 31 Oct: 2, 16, 30 Sep; 14, 28 Oct (all Mondays, no holidays).
    // The second starts and ends on Thu 31 Oct: active in October, one talk that day.
    // Active: Sep 1, Oct 2 → peak October. Talks: Sep 3, Oct 2 + 1 = 3 → the first, September.
    // Hours: 3 × 45 min = 135 min = 2.25 h in each month.
    const w = cohortWorkload({
      from: '2024-09',
      to: '2024-10',
      minutesPerTalk: 45,
      cadence: [{ intervalDays: 14 }],
      participants: [
        { programmeStart: '2024-09-02', programmeEnd: '2024-10-31' },
        { programmeStart: '2024-10-31', programmeEnd: '2024-10-31' },
      ],
    });
    expect(w.value.peakParticipants.month).toBe('2024-10');
    expect(w.value.peakTalks.month).toBe('2024-09');
    const steps = explanationToJSON(w.explanation).steps;
    expect(steps.map((s) => s.text)).toEqual([
      {
        nb: 'Normen 2024-09-01 er 20 deltakere per årsverk programrådgiver',
        en: 'The norm on 2024-09-01 is 20 participants per full-time programme adviser',
      },
      {
        nb: '2024-09: 1 aktive deltakere / 20 = 0,05 årsverk; 3 samtaler × 45 min = 2,25 timer',
        en: '2024-09: 1 active participants / 20 = 0.05 FTE; 3 talks × 45 min = 2.25 hours',
      },
      {
        nb: '2024-10: 2 aktive deltakere / 20 = 0,1 årsverk; 3 samtaler × 45 min = 2,25 timer',
        en: '2024-10: 2 active participants / 20 = 0.1 FTE; 3 talks × 45 min = 2.25 hours',
      },
      {
        nb: 'Flest aktive deltakere: 2 i 2024-10; flest samtaler: 3 i 2024-09',
        en: 'Most active participants: 2 in 2024-10; most talks: 3 in 2024-09',
      },
    ]);
    // A cadence given in the input is no parameter: only the norm is listed as a value used.
    expect(renderExplanation(w.explanation, 'en').split('Values used:\n')[1]).toBe(
      "- Participants per full-time programme adviser: 20 from 2017-01-01 (Grong municipality, organisation plan for the refugee service (2017), citing IMDi's recommendation; practice)",
    );
  });
  it('with the default cadence, the cadence parameter is listed as a value used', () => {
    const w = cohortWorkload({
      from: '2024-01',
      to: '2024-01',
      minutesPerTalk: 60,
      participants: [{ programmeStart: '2024-01-08', programmeEnd: '2026-01-07' }],
    });
    expect(renderExplanation(w.explanation, 'en')).toContain(
      '- Programme adviser follow-up cadence: 1 month(s): every 7 days; 3 month(s): every 14 days; then: every month from 2017-01-01',
    );
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(
      cohortWorkload({ from: '2024-01', to: '2024-01', minutesPerTalk: 60, participants: [] }, { explain: false }).explanation.steps,
    ).toEqual([]);
  });
});

describe('limits of a cohort', () => {
  const one = (programmeStart: string, programmeEnd: string) => ({
    from: '2024-05',
    to: '2024-05',
    minutesPerTalk: 60,
    cadence: monthly,
    participants: [{ programmeStart, programmeEnd }],
  });
  it('a one-day programme (start = end, Fri 31 May 2024) is allowed: active in May, one talk', () => {
    const m = cohortWorkload(one('2024-05-31', '2024-05-31')).value.months[0];
    expect([m?.activeParticipants, m?.talks]).toEqual([1, 1]);
  });
  it('refuses a programme that ends before it starts, naming the participant', () => {
    expect(inputErrorOf(() => cohortWorkload(one('2024-05-31', '2024-05-30'))).issues).toEqual([
      {
        code: 'end_before_start',
        path: ['participants', 0, 'programmeEnd'],
        message: { nb: 'programslutt er før programstart', en: 'the programme ends before it starts' },
      },
    ]);
  });
  it('allows a programme of exactly 3653 days (1 Jan 2024–1 Jan 2034: 10 × 365 + 3 leap days), refuses one day more', () => {
    expect(() => cohortWorkload(one('2024-01-01', '2034-01-01'))).not.toThrow();
    expect(inputErrorOf(() => cohortWorkload(one('2024-01-01', '2034-01-02'))).issues).toEqual([
      {
        code: 'too_long',
        path: ['participants', 0, 'programmeEnd'],
        message: { nb: 'programmet er lengre enn 10 år', en: 'the programme is longer than 10 years' },
      },
    ]);
  });
  it('refuses a last month before the first; allows one month (from = to)', () => {
    expect(inputErrorOf(() => cohortWorkload({ from: '2024-05', to: '2024-04', minutesPerTalk: 60, participants: [] })).issues).toEqual([
      {
        code: 'end_before_start',
        path: ['to'],
        message: { nb: 'siste måned er før første', en: 'the last month is before the first' },
      },
    ]);
  });
  it('allows 240 months (January 2024–December 2043 = 20 × 12), refuses 241', () => {
    expect(
      cohortWorkload({ from: '2024-01', to: '2043-12', minutesPerTalk: 60, participants: [] }, { explain: false }).value.months,
    ).toHaveLength(240);
    expect(inputErrorOf(() => cohortWorkload({ from: '2024-01', to: '2044-01', minutesPerTalk: 60, participants: [] })).issues).toEqual([
      {
        code: 'too_long',
        path: ['to'],
        message: { nb: 'høyst 240 måneder', en: 'at most 240 months' },
      },
    ]);
  });
});

describe('a cohort whose norm or cadence changes during the period', () => {
  it('cites every norm in force and every cadence a participant was scheduled by', () => {
    const own = { reference: references.integrationAct(), basis: 'assumption' as const, note: { nb: 'egen', en: 'own' } };
    const parameters = withParameters({
      caseload: {
        caseloadNorm: withValues(caseloadNorm, [{ from: '2024-06-01', value: 15, ...own }]),
        followUpCadence: withValues(followUpCadence, [{ from: '2024-06-01', value: [{ intervalMonths: 1 }], ...own }]),
      },
    });
    // One participant from 8 January (the shipped cadence), one from 1 July (the monthly cadence from June).
    const w = cohortWorkload(
      {
        from: '2024-05',
        to: '2024-07',
        minutesPerTalk: 60,
        participants: [
          { programmeStart: '2024-01-08', programmeEnd: '2026-01-07' },
          { programmeStart: '2024-07-01', programmeEnd: '2026-06-30' },
        ],
      },
      { parameters },
    );
    // FTE to four decimals, rounded up: May 1 / 20 = 0.05; June 1 / 15 = 0.0666… → 0.0667; July 2 / 15 = 0.1333… → 0.1334.
    expect(w.value.months.map((m) => m.fteNeeded.toString())).toEqual(['0.05', '0.0667', '0.1334']);
    const text = renderExplanation(w.explanation, 'en');
    expect(text).toContain('The norm on 2024-05-01 is 20 participants per full-time programme adviser');
    expect(text).toContain('The norm on 2024-06-01 is 15 participants per full-time programme adviser');
    const used = text.split('Values used:\n')[1] ?? '';
    expect(used).toContain(
      'Programme adviser follow-up cadence: 1 month(s): every 7 days; 3 month(s): every 14 days; then: every month from 2017-01-01',
    );
    expect(used).toContain('Programme adviser follow-up cadence: whole programme: every month from 2024-06-01');
    expect(used).toContain('Participants per full-time programme adviser: 15 from 2024-06-01');
  });
});
