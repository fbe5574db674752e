/**
 * A cohort's workload month by month, counted by hand: active participants (at least one programme day
 * outside leave in the month), FTE = active / 20, talks from each participant's schedule, hours =
 * talks × minutes / 60.
 */
import { describe, expect, it } from 'vitest';
import { InputError, cohortWorkload, renderExplanation } from '../../src/index.js';

describe('two participants, January–March 2024, 45 minutes a talk', () => {
  // A starts Mon 8 Jan: Jan 8, 15, 22, 29 | Feb 5, 12, 26 | Mar 11, 25.
  // B starts Thu 1 Feb: Feb 1, 8, 15, 22, 29 (weekly month to 1 Mar) | Mar 7, 21 (14 days).
  const w = cohortWorkload({
    from: '2024-01', to: '2024-03', minutesPerTalk: 45,
    participants: [{ id: 'A', programmeStart: '2024-01-08', programmeEnd: '2026-01-07' }, { id: 'B', programmeStart: '2024-02-01', programmeEnd: '2026-01-31' }],
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
    expect(renderExplanation(w.explanation, 'nb')).toContain('2024-02: 2 aktive deltakere / 20 = 0,1 årsverk; 8 samtaler × 45 min = 6 timer');
  });
});

describe('leave and programme ends', () => {
  it('a participant on leave all of March is not active in March; talks in the leave are not held', () => {
    // P1 starts Mon 8 Jan 2024, leave 25 Feb–2 Apr: February talks 5, 12 Feb (26 Feb in leave); March 11, 25 in
    // leave; April 8, 22. P2 starts Tue 2 Jan, ends 29 Feb: weekly 2–30 Jan, then 6, 20 Feb.
    const w = cohortWorkload({
      from: '2024-02', to: '2024-04', minutesPerTalk: 50,
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
      cohortWorkload({ from: '2024-01', to: '2024-02', minutesPerTalk: 45, participants: [{ programmeStart: '2024-03-01', programmeEnd: '2024-01-01' }] });
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
    const grouped = cohortWorkload({ from: '2024-01', to: '2024-01', minutesPerTalk: 60, participants: [{ programmeStart: '2024-01-08', programmeEnd: '2026-01-07', count: 3 }] }).value;
    expect(grouped.months[0]).toMatchObject({ activeParticipants: 3, talks: 12, adviserMinutes: 720 });
    expect(grouped.months[0]?.fteNeeded.toString()).toBe('0.15');
    const single = { programmeStart: '2024-01-08', programmeEnd: '2026-01-07' };
    const separate = cohortWorkload({ from: '2024-01', to: '2024-06', minutesPerTalk: 45, participants: [single, single, single] }).value;
    const weighted = cohortWorkload({ from: '2024-01', to: '2024-06', minutesPerTalk: 45, participants: [{ ...single, count: 3 }] }).value;
    expect(JSON.stringify(weighted)).toBe(JSON.stringify(separate));
  });
});
