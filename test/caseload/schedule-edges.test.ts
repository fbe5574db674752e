/**
 * Edges of the follow-up schedule (Grong target by default: weekly for a month, every 14 days for 3
 * months, then monthly, from the programme start): talks moved off weekends and holidays and the day
 * named, talks not held, the cadence in words, the input limits and the sentences in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  GRONG_CADENCE, GRONG_PLAN, LIBRARY_SCHEDULING_RULE, describeCadence, explanationToJSON, followUpCadence, followUpSchedule, references, renderExplanation, withParameters, withValues,
} from '../../src/index.js';
import { refusal } from './refusal.js';

const stepsOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps;

describe('talks moved at the start and the end of a programme', () => {
  // Programme Sat 1 June–Sun 9 June 2024, weekly phase: planned Sat 1 June → Mon 3 June (+2 days);
  // planned Sat 8 June → Mon 10 June is after the end, so the last working day before, Fri 7 June (−1 day).
  const run = () => followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-09' });
  it('holds talks on Mon 3 and Fri 7 June', () => {
    expect(run().value.talks.map((t) => [t.planned, t.date, t.shiftDays])).toEqual([['2024-06-01', '2024-06-03', 2], ['2024-06-08', '2024-06-07', -1]]);
  });
  it('explains the cadence (from the Grong plan, practice) and each move (library rule, assumption) in both languages', () => {
    const steps = stepsOf(run().explanation);
    expect(steps.map((s) => [s.rule, s.text.nb, s.text.en, s.reference?.id, s.basis])).toEqual([
      ['caseload.follow-up-cadence',
        'Oppfølgingssamtaler fra programstart 2024-06-01 til programslutt 2024-06-09 (1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned): 2 samtaler',
        'Follow-up talks from the programme start 2024-06-01 to the programme end 2024-06-09 (1 month(s): every 7 days; 3 month(s): every 14 days; then: every month): 2 talks',
        GRONG_PLAN.id, 'practice'],
      ['caseload.talk-moved', 'Samtalen planlagt 2024-06-01 (lørdag) holdes 2024-06-03, første arbeidsdag etter', 'The talk planned on 2024-06-01 (a Saturday) is held on 2024-06-03, the first working day after', LIBRARY_SCHEDULING_RULE.id, 'assumption'],
      ['caseload.talk-moved', 'Samtalen planlagt 2024-06-08 (lørdag) holdes 2024-06-07, siste arbeidsdag før, fordi programmet slutter', 'The talk planned on 2024-06-08 (a Saturday) is held on 2024-06-07, the last working day before, as the programme ends', LIBRARY_SCHEDULING_RULE.id, 'assumption'],
    ]);
    expect(renderExplanation(run().explanation, 'en')).toContain('Values used:\n- Programme adviser follow-up cadence: 1 month(s): every 7 days; 3 month(s): every 14 days; then: every month from 2017-01-01');
  });
  it('names a Sunday: planned Sun 2 June 2024, held Mon 3 June', () => {
    const moved = stepsOf(followUpSchedule({ programmeStart: '2024-06-02', programmeEnd: '2024-06-05' }).explanation)[1];
    expect(moved?.text).toEqual({ nb: 'Samtalen planlagt 2024-06-02 (søndag) holdes 2024-06-03, første arbeidsdag etter', en: 'The talk planned on 2024-06-02 (a Sunday) is held on 2024-06-03, the first working day after' });
  });
  it('names a holiday in lower case in bokmål: Maundy Thursday 28 March 2024 moves past Easter to Tue 2 April; only that talk is moved', () => {
    // Programme 28 March–30 April 2024, weekly: 28 Mar (→ 2 Apr, past Good Friday, the weekend and Easter
    // Monday), 4, 11, 18, 25 April (Thursdays); the next, 2 May, is after the end. 5 talks, one moved.
    const r = followUpSchedule({ programmeStart: '2024-03-28', programmeEnd: '2024-04-30' });
    expect(r.value.talks.map((t) => t.date)).toEqual(['2024-04-02', '2024-04-04', '2024-04-11', '2024-04-18', '2024-04-25']);
    const steps = stepsOf(r.explanation);
    expect(steps.map((s) => s.rule)).toEqual(['caseload.follow-up-cadence', 'caseload.talk-moved']);
    expect(steps[1]?.text).toEqual({ nb: 'Samtalen planlagt 2024-03-28 (skjærtorsdag) holdes 2024-04-02, første arbeidsdag etter', en: 'The talk planned on 2024-03-28 (Maundy Thursday) is held on 2024-04-02, the first working day after' });
  });
});

describe('talks not held', () => {
  it('a one-day programme on a Saturday (1 June 2024) has no working day for its talk', () => {
    // Next working day Mon 3 June is after the end; the last before, Fri 31 May, is before the start.
    const r = followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-01' });
    expect(r.value.talks).toEqual([]);
    expect(r.value.skipped).toEqual([{ planned: '2024-06-01', phase: 0, reason: 'no_working_day' }]);
    expect(stepsOf(r.explanation).map((s) => [s.rule, s.text.nb, s.text.en, s.reference?.id, s.basis])).toEqual([
      ['caseload.follow-up-cadence', 'Oppfølgingssamtaler fra programstart 2024-06-01 til programslutt 2024-06-01 (1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned): 0 samtaler', 'Follow-up talks from the programme start 2024-06-01 to the programme end 2024-06-01 (1 month(s): every 7 days; 3 month(s): every 14 days; then: every month): 0 talks', GRONG_PLAN.id, 'practice'],
      ['caseload.talk-skipped', 'Samtalen planlagt 2024-06-01 holdes ikke: ingen ledig arbeidsdag innenfor programmet', 'The talk planned on 2024-06-01 is not held: no free working day inside the programme', LIBRARY_SCHEDULING_RULE.id, 'assumption'],
    ]);
  });
  it('a one-day leave on Mon 10 June 2024 takes out exactly that talk (both ends of the leave count)', () => {
    // Weekly on Mondays from 3 June to 30 June: 3, 10, 17, 24 June; 10 June is in the leave.
    const r = followUpSchedule({ programmeStart: '2024-06-03', programmeEnd: '2024-06-30', leave: [{ from: '2024-06-10', to: '2024-06-10' }] });
    expect(r.value.talks.map((t) => t.date)).toEqual(['2024-06-03', '2024-06-17', '2024-06-24']);
    expect(r.value.skipped).toEqual([{ planned: '2024-06-10', phase: 0, reason: 'leave' }]);
    expect(stepsOf(r.explanation).map((s) => s.rule)).toEqual(['caseload.follow-up-cadence', 'caseload.talk-skipped']);
    expect(stepsOf(r.explanation)[1]?.text).toEqual({ nb: 'Samtalen planlagt 2024-06-10 holdes ikke: deltakeren har permisjon', en: 'The talk planned on 2024-06-10 is not held: the participant is on leave' });
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(followUpSchedule({ programmeStart: '2024-06-01', programmeEnd: '2024-06-09' }, { explain: false }).explanation.steps).toEqual([]);
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
    expect(describeCadence(GRONG_CADENCE)).toEqual({ nb: '1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned', en: '1 month(s): every 7 days; 3 month(s): every 14 days; then: every month' });
    expect(describeCadence([{ intervalMonths: 2 }])).toEqual({ nb: 'hele programmet: hver 2. måned', en: 'whole programme: every 2 months' });
    expect(describeCadence([{ months: 6, intervalDays: 10 }, { intervalMonths: 3 }])).toEqual({ nb: '6 mnd.: hver 10. dag; deretter: hver 3. måned', en: '6 month(s): every 10 days; then: every 3 months' });
  });
  it('refuses a phase with both or neither interval', () => {
    const both = { code: 'one_interval', path: ['cadence', 0], message: { nb: 'oppgi nøyaktig én av intervalDays og intervalMonths', en: 'give exactly one of intervalDays and intervalMonths' } };
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ intervalDays: 7, intervalMonths: 1 }] })).issues).toEqual([both]);
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{}] })).issues).toEqual([both]);
  });
  it('refuses a length on the last phase, and a missing length on an earlier one', () => {
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ months: 2, intervalDays: 14 }] })).issues).toEqual([{
      code: 'last_phase_open', path: ['cadence', 0, 'months'],
      message: { nb: 'den siste fasen varer til programslutt og skal ikke ha months', en: 'the last phase runs to the programme end and must not have months' },
    }]);
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31', cadence: [{ intervalDays: 7 }, { intervalMonths: 1 }] })).issues).toEqual([{
      code: 'required', path: ['cadence', 0, 'months'],
      message: { nb: 'mangler lengde i måneder (bare den siste fasen kan mangle den)', en: 'needs a length in months (only the last phase may leave it out)' },
    }]);
  });
  it('checks a cadence given as a parameter override the same way, naming the parameter', () => {
    const parameters = withParameters({ caseload: { followUpCadence: withValues(followUpCadence, [{ from: '2017-01-01', value: [{ months: 2, intervalDays: 14 }], reference: references.integrationAct(), basis: 'assumption', note: { nb: 'egen', en: 'own' } }]) } });
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-03-31' }, { parameters })).issues).toEqual([{
      code: 'last_phase_open', path: ['parameters', 'followUpCadence', 0, 'months'],
      message: { nb: 'den siste fasen varer til programslutt og skal ikke ha months', en: 'the last phase runs to the programme end and must not have months' },
    }]);
  });
});

describe('input limits', () => {
  it('refuses a leave that ends before it starts, naming it', () => {
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-12-31', leave: [{ from: '2024-03-01', to: '2024-02-29' }] })).issues).toEqual([{
      code: 'end_before_start', path: ['leave', 0, 'to'], message: { nb: 'slutter før den begynner', en: 'ends before it starts' },
    }]);
  });
  it('refuses a programme that ends before it starts', () => {
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-02', programmeEnd: '2024-01-01' })).issues).toEqual([{
      code: 'end_before_start', path: ['programmeEnd'], message: { nb: 'programslutt er før programstart', en: 'the programme ends before it starts' },
    }]);
  });
  it('allows exactly 3653 days (1 Jan 2024–1 Jan 2034: 10 × 365 + 3 leap days), refuses 3654', () => {
    expect(() => followUpSchedule({ programmeStart: '2024-01-01', programmeEnd: '2034-01-01' }, { explain: false })).not.toThrow();
    expect(refusal(() => followUpSchedule({ programmeStart: '2024-01-01', programmeEnd: '2034-01-02' })).issues).toEqual([{
      code: 'too_long', path: ['programmeEnd'], message: { nb: 'programmet er lengre enn 10 år', en: 'the programme is longer than 10 years' },
    }]);
  });
  const years = { nb: 'året må være fra 1995 til 2198 (helligdagene beregnes for disse årene)', en: 'the year must be from 1995 to 2198 (the years holidays are computed for)' };
  it('allows 1995 (the first holiday year; the default cadence is from 2017, so one is given): Mon 2 Jan 1995 as a one-day programme has its one talk', () => {
    expect(followUpSchedule({ programmeStart: '1995-01-02', programmeEnd: '1995-01-02', cadence: [{ intervalMonths: 1 }] }).value.talks.map((t) => t.date)).toEqual(['1995-01-02']);
  });
  it('refuses 1994, naming the field', () => {
    expect(refusal(() => followUpSchedule({ programmeStart: '1994-12-31', programmeEnd: '1995-06-30' })).issues).toEqual([{ code: 'out_of_range', path: ['programmeStart'], message: years }]);
  });
  it('allows 2198 (the last year with a following year for shifts), refuses 2199', () => {
    expect(() => followUpSchedule({ programmeStart: '2198-12-01', programmeEnd: '2198-12-31' })).not.toThrow();
    expect(refusal(() => followUpSchedule({ programmeStart: '2198-12-01', programmeEnd: '2199-01-01' })).issues).toEqual([{ code: 'out_of_range', path: ['programmeEnd'], message: years }]);
  });
});
