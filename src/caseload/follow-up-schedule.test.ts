/**
 * Follow-up schedules, counted by hand on a calendar. Default cadence (Grong plan, biweekly phase taken
 * as 3 months): weekly from the programme start for one month, then every 14 days for 3 months, then
 * monthly; the next talk is one interval of the current talk's phase later; a talk on a Saturday, Sunday
 * or public holiday moves to the next working day (back to the last working day if that passes the end).
 *
 * Edges: talks moved off weekends and holidays and the day named, talks not held, the cadence in words,
 * the input limits and the sentences in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRONG_CADENCE,
  GRONG_PLAN,
  InputError,
  LIBRARY_SCHEDULING_RULE,
  describeCadence,
  explanationToJSON,
  followUpCadence,
  followUpSchedule,
  isWorkingDay,
  references,
  renderExplanation,
  withParameters,
  withValues,
  type FollowUpScheduleInput,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const dates = (input: FollowUpScheduleInput) => followUpSchedule(input).value.talks.map((t) => t.date);
const stepsOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps;

describe('a participant starting 2024-01-08 (a Monday), two-year programme to 2026-01-07', () => {
  const s = followUpSchedule({ programmeStart: '2024-01-08', programmeEnd: '2026-01-07' });
  const talks = s.value.talks;
  it('month 1 [8 Jan, 8 Feb): weekly on Mondays 8, 15, 22, 29 Jan and 5 Feb', () => {
    expect(talks.filter((t) => t.phase === 0).map((t) => t.date)).toEqual([
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
      '2024-01-29',
      '2024-02-05',
    ]);
  });
  it('months 2–4 [8 Feb, 8 May): 5 Feb + 7 = 12 Feb starts the 14-day phase: 12, 26 Feb, 11, 25 Mar, 8, 22 Apr, 6 May', () => {
    expect(talks.filter((t) => t.phase === 1).map((t) => t.date)).toEqual([
      '2024-02-12',
      '2024-02-26',
      '2024-03-11',
      '2024-03-25',
      '2024-04-08',
      '2024-04-22',
      '2024-05-06',
    ]);
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
    expect(dates({ programmeStart: '2024-03-14', programmeEnd: '2024-04-13' })).toEqual([
      '2024-03-14',
      '2024-03-21',
      '2024-04-02',
      '2024-04-04',
      '2024-04-11',
    ]);
  });
  it('Easter 2025: start Thu 3 Apr; 17 Apr (Maundy Thursday) → Tue 22 Apr; 1 May → Fri 2 May', () => {
    expect(dates({ programmeStart: '2025-04-03', programmeEnd: '2025-05-02' })).toEqual([
      '2025-04-03',
      '2025-04-10',
      '2025-04-22',
      '2025-04-24',
      '2025-05-02',
    ]);
  });
  it('17 May 2024: start Fri 3 May; 17 May, the weekend and Whit Monday push the talk to Tue 21 May', () => {
    expect(dates({ programmeStart: '2024-05-03', programmeEnd: '2024-06-02' })).toEqual([
      '2024-05-03',
      '2024-05-10',
      '2024-05-21',
      '2024-05-24',
      '2024-05-31',
    ]);
  });
});

describe('month ends, programme end and leave', () => {
  it('monthly from 31 Jan 2024: 29 Feb, 31 Mar (Easter Sunday → Tue 2 Apr), 30 Apr, 31 May, 30 Jun (Sun) back to Fri 28 Jun', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-31', programmeEnd: '2024-06-30', cadence: [{ intervalMonths: 1 }] }).value;
    expect(s.talks.map((t) => t.date)).toEqual(['2024-01-31', '2024-02-29', '2024-04-02', '2024-04-30', '2024-05-31', '2024-06-28']);
    expect(s.talks.at(-1)?.shiftDays).toBe(-2);
  });
  it('a Saturday talk on the last weekend moves back to Friday: every 3 days from Wed 3 Jan 2024 to Sun 7 Jan', () => {
    expect(dates({ programmeStart: '2024-01-03', programmeEnd: '2024-01-07', cadence: [{ intervalDays: 3 }] })).toEqual([
      '2024-01-03',
      '2024-01-05',
    ]);
  });
  it('a programme of one weekend has no working day: the talk is skipped', () => {
    const s = followUpSchedule({ programmeStart: '2024-01-06', programmeEnd: '2024-01-07' }).value;
    expect(s.talks).toEqual([]);
    expect(s.skipped).toEqual([{ planned: '2024-01-06', phase: 0, reason: 'no_working_day' }]);
  });
  it('talks inside a leave (20 Jan–10 Feb 2024) are not held; the cadence runs on', () => {
    const s = followUpSchedule({
      programmeStart: '2024-01-08',
      programmeEnd: '2024-03-31',
      leave: [{ from: '2024-01-20', to: '2024-02-10' }],
    }).value;
    expect(s.talks.map((t) => t.date).slice(0, 4)).toEqual(['2024-01-08', '2024-01-15', '2024-02-12', '2024-02-26']);
    expect(s.skipped.map((t) => t.planned)).toEqual(['2024-01-22', '2024-01-29', '2024-02-05']);
  });
  it('a 2-month biweekly phase (the plan says 2–3) by overriding the cadence', () => {
    const s = followUpSchedule({
      programmeStart: '2024-01-08',
      programmeEnd: '2024-06-30',
      cadence: [{ months: 1, intervalDays: 7 }, { months: 2, intervalDays: 14 }, { intervalMonths: 1 }],
    }).value;
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
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', cadence: [{ months: 1, intervalDays: 7 }] })).toEqual([
      'cadence.0.months',
    ]);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', cadence: [{ intervalDays: 0 }] })).toEqual([
      'cadence.0.intervalDays',
    ]);
    expect(paths({ programmeStart: '2024-02-01', programmeEnd: '2024-03-01', leave: [{ from: '2024-02-10', to: '2024-02-01' }] })).toEqual([
      'leave.0.to',
    ]);
    expect(paths({ programmeStart: '1990-02-01', programmeEnd: '1991-03-01' })).toEqual(['programmeStart', 'programmeEnd']);
    expect(paths({ programmeStart: '2024-01-01', programmeEnd: '2040-01-01' })).toEqual(['programmeEnd']);
  });
});

describe('talks moved at the start and the end of a programme', () => {
  // Programme Sat 1 June–Sun 9 June 2024, weekly phase: planned Sat 1 June → Mon 3 June (+2 days);
  // planned Sat 8 June → Mon 10 June is after the end, so the last working day before, Fri 7 June (−1 day).
  const run = () => followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-09' });
  it('holds talks on Mon 3 and Fri 7 June', () => {
    expect(run().value.talks.map((t) => [t.planned, t.date, t.shiftDays])).toEqual([
      ['2024-06-01', '2024-06-03', 2],
      ['2024-06-08', '2024-06-07', -1],
    ]);
  });
  it('explains the cadence (from the Grong plan, practice) and each move (library rule, assumption) in both languages', () => {
    const steps = stepsOf(run().explanation);
    expect(steps.map((s) => [s.rule, s.text.nb, s.text.en, s.reference?.id, s.basis])).toEqual([
      [
        'caseload.follow-up-cadence',
        'Oppfølgingssamtaler fra programstart 2024-06-01 til programslutt 2024-06-09 (1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned): 2 samtaler',
        'Follow-up talks from the programme start 2024-06-01 to the programme end 2024-06-09 (1 month(s): every 7 days; 3 month(s): every 14 days; then: every month): 2 talks',
        GRONG_PLAN.id,
        'practice',
      ],
      [
        'caseload.talk-moved',
        'Samtalen planlagt 2024-06-01 (lørdag) holdes 2024-06-03, første arbeidsdag etter',
        'The talk planned on 2024-06-01 (a Saturday) is held on 2024-06-03, the first working day after',
        LIBRARY_SCHEDULING_RULE.id,
        'assumption',
      ],
      [
        'caseload.talk-moved',
        'Samtalen planlagt 2024-06-08 (lørdag) holdes 2024-06-07, siste arbeidsdag før, fordi programmet slutter',
        'The talk planned on 2024-06-08 (a Saturday) is held on 2024-06-07, the last working day before, as the programme ends',
        LIBRARY_SCHEDULING_RULE.id,
        'assumption',
      ],
    ]);
    expect(renderExplanation(run().explanation, 'en')).toContain(
      'Values used:\n- Programme adviser follow-up cadence: 1 month(s): every 7 days; 3 month(s): every 14 days; then: every month from 2017-01-01',
    );
  });
  it('names a Sunday: planned Sun 2 June 2024, held Mon 3 June', () => {
    const moved = stepsOf(followUpSchedule({ programmeStart: '2024-06-02', programmeEnd: '2024-06-05' }).explanation)[1];
    expect(moved?.text).toEqual({
      nb: 'Samtalen planlagt 2024-06-02 (søndag) holdes 2024-06-03, første arbeidsdag etter',
      en: 'The talk planned on 2024-06-02 (a Sunday) is held on 2024-06-03, the first working day after',
    });
  });
  it('names a holiday in lower case in bokmål: Maundy Thursday 28 March 2024 moves past Easter to Tue 2 April; only that talk is moved', () => {
    // Programme 28 March–30 April 2024, weekly: 28 Mar (→ 2 Apr, past Good Friday, the weekend and Easter
    // Monday), 4, 11, 18, 25 April (Thursdays); the next, 2 May, is after the end. 5 talks, one moved.
    const r = followUpSchedule({ programmeStart: '2024-03-28', programmeEnd: '2024-04-30' });
    expect(r.value.talks.map((t) => t.date)).toEqual(['2024-04-02', '2024-04-04', '2024-04-11', '2024-04-18', '2024-04-25']);
    const steps = stepsOf(r.explanation);
    expect(steps.map((s) => s.rule)).toEqual(['caseload.follow-up-cadence', 'caseload.talk-moved']);
    expect(steps[1]?.text).toEqual({
      nb: 'Samtalen planlagt 2024-03-28 (skjærtorsdag) holdes 2024-04-02, første arbeidsdag etter',
      en: 'The talk planned on 2024-03-28 (Maundy Thursday) is held on 2024-04-02, the first working day after',
    });
  });
});

describe('talks not held', () => {
  it('a one-day programme on a Saturday (1 June 2024) has no working day for its talk', () => {
    // Next working day Mon 3 June is after the end; the last before, Fri 31 May, is before the start.
    const r = followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-01' });
    expect(r.value.talks).toEqual([]);
    expect(r.value.skipped).toEqual([{ planned: '2024-06-01', phase: 0, reason: 'no_working_day' }]);
    expect(stepsOf(r.explanation).map((s) => [s.rule, s.text.nb, s.text.en, s.reference?.id, s.basis])).toEqual([
      [
        'caseload.follow-up-cadence',
        'Oppfølgingssamtaler fra programstart 2024-06-01 til programslutt 2024-06-01 (1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned): 0 samtaler',
        'Follow-up talks from the programme start 2024-06-01 to the programme end 2024-06-01 (1 month(s): every 7 days; 3 month(s): every 14 days; then: every month): 0 talks',
        GRONG_PLAN.id,
        'practice',
      ],
      [
        'caseload.talk-skipped',
        'Samtalen planlagt 2024-06-01 holdes ikke: ingen ledig arbeidsdag innenfor programmet',
        'The talk planned on 2024-06-01 is not held: no free working day inside the programme',
        LIBRARY_SCHEDULING_RULE.id,
        'assumption',
      ],
    ]);
  });
  it('a one-day leave on Mon 10 June 2024 takes out exactly that talk (both ends of the leave count)', () => {
    // Weekly on Mondays from 3 June to 30 June: 3, 10, 17, 24 June; 10 June is in the leave.
    const r = followUpSchedule({
      programmeStart: '2024-06-03',
      programmeEnd: '2024-06-30',
      leave: [{ from: '2024-06-10', to: '2024-06-10' }],
    });
    expect(r.value.talks.map((t) => t.date)).toEqual(['2024-06-03', '2024-06-17', '2024-06-24']);
    expect(r.value.skipped).toEqual([{ planned: '2024-06-10', phase: 0, reason: 'leave' }]);
    expect(stepsOf(r.explanation).map((s) => s.rule)).toEqual(['caseload.follow-up-cadence', 'caseload.talk-skipped']);
    expect(stepsOf(r.explanation)[1]?.text).toEqual({
      nb: 'Samtalen planlagt 2024-06-10 holdes ikke: deltakeren har permisjon',
      en: 'The talk planned on 2024-06-10 is not held: the participant is on leave',
    });
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-09' }, { explain: false }).explanation.steps).toEqual(
      [],
    );
  });
});

describe('a cadence given in the input', () => {
  it('is described in words and cites no parameter: monthly from Tue 2 Jan 2024 gives 2 Jan, 2 Feb, 4 Mar (2 Mar is a Saturday)', () => {
    const r = followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ intervalMonths: 1 }] });
    expect(r.value.talks.map((t) => t.date)).toEqual(['2024-01-02', '2024-02-02', '2024-03-04']);
    const first = r.explanation.steps[0];
    expect(first?.reference).toBeUndefined();
    expect(first?.used).toEqual([]);
    expect(stepsOf(r.explanation)[0]?.text).toEqual({
      nb: 'Oppfølgingssamtaler fra programstart 2024-01-02 til programslutt 2024-03-31 (hele programmet: hver måned): 3 samtaler',
      en: 'Follow-up talks from the programme start 2024-01-02 to the programme end 2024-03-31 (whole programme: every month): 3 talks',
    });
    expect(renderExplanation(r.explanation, 'en')).not.toContain('Values used');
  });
  it('describes phases in words in both languages', () => {
    expect(describeCadence(GRONG_CADENCE)).toEqual({
      nb: '1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned',
      en: '1 month(s): every 7 days; 3 month(s): every 14 days; then: every month',
    });
    expect(describeCadence([{ intervalMonths: 2 }])).toEqual({
      nb: 'hele programmet: hver 2. måned',
      en: 'whole programme: every 2 months',
    });
    expect(describeCadence([{ months: 6, intervalDays: 10 }, { intervalMonths: 3 }])).toEqual({
      nb: '6 mnd.: hver 10. dag; deretter: hver 3. måned',
      en: '6 month(s): every 10 days; then: every 3 months',
    });
  });
  it('refuses a phase with both or neither interval', () => {
    const both = {
      code: 'one_interval',
      path: ['cadence', 0],
      message: { nb: 'oppgi nøyaktig én av intervalDays og intervalMonths', en: 'give exactly one of intervalDays and intervalMonths' },
    };
    expect(
      inputErrorOf(() =>
        followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ intervalDays: 7, intervalMonths: 1 }] }),
      ).issues,
    ).toEqual([both]);
    expect(
      inputErrorOf(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{}] })).issues,
    ).toEqual([both]);
  });
  it('refuses a length on the last phase, and a missing length on an earlier one', () => {
    expect(
      inputErrorOf(() =>
        followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ months: 2, intervalDays: 14 }] }),
      ).issues,
    ).toEqual([
      {
        code: 'last_phase_open',
        path: ['cadence', 0, 'months'],
        message: {
          nb: 'den siste fasen varer til programslutt og skal ikke ha months',
          en: 'the last phase runs to the programme end and must not have months',
        },
      },
    ]);
    expect(
      inputErrorOf(() =>
        followUpSchedule({
          programmeStart: '2024-01-02',
          programmeEnd: '2024-03-31',
          cadence: [{ intervalDays: 7 }, { intervalMonths: 1 }],
        }),
      ).issues,
    ).toEqual([
      {
        code: 'required',
        path: ['cadence', 0, 'months'],
        message: {
          nb: 'mangler lengde i måneder (bare den siste fasen kan mangle den)',
          en: 'needs a length in months (only the last phase may leave it out)',
        },
      },
    ]);
  });
  it('checks a cadence given as a parameter override the same way, naming the parameter', () => {
    const parameters = withParameters({
      caseload: {
        followUpCadence: withValues(followUpCadence, [
          {
            from: '2017-01-01',
            value: [{ months: 2, intervalDays: 14 }],
            reference: references.integrationAct(),
            basis: 'assumption',
            note: { nb: 'egen', en: 'own' },
          },
        ]),
      },
    });
    expect(
      inputErrorOf(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31' }, { parameters })).issues,
    ).toEqual([
      {
        code: 'last_phase_open',
        path: ['parameters', 'followUpCadence', 0, 'months'],
        message: {
          nb: 'den siste fasen varer til programslutt og skal ikke ha months',
          en: 'the last phase runs to the programme end and must not have months',
        },
      },
    ]);
  });
});

describe('input limits', () => {
  it('refuses a leave that ends before it starts, naming it', () => {
    expect(
      inputErrorOf(() =>
        followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-12-31', leave: [{ from: '2024-03-01', to: '2024-02-29' }] }),
      ).issues,
    ).toEqual([
      {
        code: 'end_before_start',
        path: ['leave', 0, 'to'],
        message: { nb: 'slutter før den begynner', en: 'ends before it starts' },
      },
    ]);
  });
  it('refuses a programme that ends before it starts', () => {
    expect(inputErrorOf(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-01-01' })).issues).toEqual([
      {
        code: 'end_before_start',
        path: ['programmeEnd'],
        message: { nb: 'programslutt er før programstart', en: 'the programme ends before it starts' },
      },
    ]);
  });
  it('allows exactly 3653 days (1 Jan 2024–1 Jan 2034: 10 × 365 + 3 leap days), refuses 3654', () => {
    expect(() => followUpSchedule({ programmeStart: '2024-01-01', programmeEnd: '2034-01-01' }, { explain: false })).not.toThrow();
    expect(inputErrorOf(() => followUpSchedule({ programmeStart: '2024-01-01', programmeEnd: '2034-01-02' })).issues).toEqual([
      {
        code: 'too_long',
        path: ['programmeEnd'],
        message: { nb: 'programmet er lengre enn 10 år', en: 'the programme is longer than 10 years' },
      },
    ]);
  });
  const years = {
    nb: 'året må være fra 1995 til 2198 (helligdagene beregnes for disse årene)',
    en: 'the year must be from 1995 to 2198 (the years holidays are computed for)',
  };
  it('allows 1995 (the first holiday year; the default cadence is from 2017, so one is given): Mon 2 Jan 1995 as a one-day programme has its one talk', () => {
    expect(
      followUpSchedule({ programmeStart: '1995-01-02', programmeEnd: '1995-01-02', cadence: [{ intervalMonths: 1 }] }).value.talks.map(
        (t) => t.date,
      ),
    ).toEqual(['1995-01-02']);
  });
  it('refuses 1994, naming the field', () => {
    expect(inputErrorOf(() => followUpSchedule({ programmeStart: '1994-12-31', programmeEnd: '1995-06-30' })).issues).toEqual([
      { code: 'out_of_range', path: ['programmeStart'], message: years },
    ]);
  });
  it('allows 2198 (the last year with a following year for shifts), refuses 2199', () => {
    expect(() => followUpSchedule({ programmeStart: '2198-12-01', programmeEnd: '2198-12-31' })).not.toThrow();
    expect(inputErrorOf(() => followUpSchedule({ programmeStart: '2198-12-01', programmeEnd: '2199-01-01' })).issues).toEqual([
      { code: 'out_of_range', path: ['programmeEnd'], message: years },
    ]);
  });
});

const MONDAY_2017 = Date.UTC(2017, 0, 2); // the default cadence applies from 2017
const day = (offset: number) => new Date(MONDAY_2017 + offset * 86_400_000).toISOString().slice(0, 10);
const phaseArb = fc.oneof(
  fc.record({ intervalDays: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ intervalMonths: fc.integer({ min: 1, max: 3 }) }),
);
const cadenceArb = fc
  .tuple(fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), phaseArb), { maxLength: 3 }), phaseArb)
  .map(([head, last]) => [...head.map(([months, p]) => ({ months, ...p })), last]);

describe('schedule invariants (property tests)', () => {
  it('every talk is a working day inside the programme; talks never closer than the interval minus the shifts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36_000 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.option(cadenceArb, { nil: undefined }),
        (startOffset, length, cadence) => {
          const programmeStart = day(startOffset);
          const programmeEnd = day(startOffset + length);
          const s = followUpSchedule(
            { programmeStart, programmeEnd, ...(cadence === undefined ? {} : { cadence }) },
            { explain: false },
          ).value;
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
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
