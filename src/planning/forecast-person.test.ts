/**
 * How the forecast turns a planned person into the inputs of the library's own rules (the documented
 * choices at the top of src/planning/forecast-person.ts): permit kind → the regime rule's permit type and
 * the grant rule's family-reunification fact; settlement + delay → programme start; the plan's leave →
 * the programme-end rule's leave and the stipend rule's leave days; two participating adults with no one
 * else in the household → a childless couple (Integration Act only).
 */
import { describe, expect, it } from 'vitest';
import {
  childlessCoupleHouseholds,
  endDateInput,
  grantFacts,
  programmeStart,
  regimePermitType,
  stipendProfile,
  stipendRows,
} from './forecast-person.js';
import type { ExpandedPerson, PlannedProgramme } from './settlement-plan.js';

const PROGRAMME: PlannedProgramme = {
  startDelayMonths: 1,
  lengthMonths: 24,
  livesWithParent: false,
  priorEducation: 'withoutUpperSecondary',
  endGoal: 'workQualifying',
  leave: [],
};
const person = (over: Partial<ExpandedPerson> = {}): ExpandedPerson => ({
  entry: 0,
  id: 'P',
  household: 'H',
  settlementDate: '2024-03-01',
  birthDate: '1990-01-01',
  role: 'singleAdult',
  permit: 'refugee',
  programme: PROGRAMME,
  ...over,
});

describe('forecast person: the permit as the rules see it', () => {
  it('gives the regime rule collective protection, family reunification (with a refugee or a humanitarian permit holder) or an ordinary permit', () => {
    expect(regimePermitType(person({ permit: 'collectiveProtection' }))).toBe('collectiveProtection');
    expect(regimePermitType(person({ permit: 'familyReunification' }))).toBe('familyReunification');
    expect(regimePermitType(person({ permit: 'familyReunificationHumanitarian' }))).toBe('familyReunification');
    expect(regimePermitType(person({ permit: 'refugee' }))).toBe('ordinary');
    expect(regimePermitType(person({ permit: 'resettlement' }))).toBe('ordinary');
    expect(regimePermitType(person({ permit: 'humanitarian' }))).toBe('ordinary');
  });

  it('tells the grant rule whom a family-reunified person was reunified with, and nothing for other permits', () => {
    const base = { birthDate: '1990-01-01', settlementDate: '2024-03-01', singleAdult: true, unaccompaniedMinor: false };
    expect(grantFacts(person({ permit: 'familyReunification' }))).toEqual({ ...base, familyReunificationWith: 'refugee' });
    expect(grantFacts(person({ permit: 'familyReunificationHumanitarian' }))).toEqual({
      ...base,
      familyReunificationWith: 'humanitarianPermitHolder',
    });
    expect(grantFacts(person({ permit: 'refugee' }))).toEqual(base);
    expect(grantFacts(person({ permit: 'collectiveProtection' }))).toEqual(base);
    expect(grantFacts(person({ role: 'unaccompaniedMinor', birthDate: '2008-02-01' }))).toEqual({
      birthDate: '2008-02-01',
      settlementDate: '2024-03-01',
      singleAdult: false,
      unaccompaniedMinor: true,
    });
  });
});

describe('forecast person: the programme', () => {
  it('starts the delay in months after settlement, and not at all for a person without programme', () => {
    // 2024-03-01 + 2 months = 2024-05-01.
    expect(programmeStart(person({ programme: { ...PROGRAMME, startDelayMonths: 2 } }))).toBe('2024-05-01');
    expect(programmeStart(person({ programme: undefined }))).toBeUndefined();
  });

  it('asks the programme-end rule with the granted months, education, goal and the leave as periods of kind leave', () => {
    const leave = [{ from: '2024-07-01', to: '2024-07-31' }];
    expect(
      endDateInput(
        person({ programme: { ...PROGRAMME, leave, priorEducation: 'withUpperSecondary', endGoal: 'fullUpperSecondary' } }),
        'integreringsloven',
      ),
    ).toEqual({
      regime: 'integreringsloven',
      startDate: '2024-04-01',
      priorEducation: 'withUpperSecondary',
      endGoal: 'fullUpperSecondary',
      granted: { months: 24 },
      leave: [{ kind: 'leave', from: '2024-07-01', to: '2024-07-31' }],
    });
    expect(endDateInput(person({ programme: undefined }), 'integreringsloven')).toBeUndefined();
  });
});

describe('forecast person: the stipend profile', () => {
  it('uses the Introduction Act table under the Introduction Act and the Integration Act table otherwise (chapter 6A included)', () => {
    expect(stipendProfile(person(), 'introduksjonsloven', '2020-04-01', '2022-03-31', false).regime).toBe('introduksjonsloven');
    expect(stipendProfile(person(), 'integreringsloven', '2024-04-01', '2026-03-31', false).regime).toBe('integreringsloven');
    expect(stipendProfile(person(), 'integreringsloven-6A', '2024-04-01', '2025-03-31', false).regime).toBe('integreringsloven');
  });

  it('applies the childless-couple rule under the Integration Act only', () => {
    expect(stipendProfile(person(), 'integreringsloven', '2024-04-01', '2026-03-31', true).childlessCouple).toBe(true);
    expect(stipendProfile(person(), 'integreringsloven', '2024-04-01', '2026-03-31', false).childlessCouple).toBe(false);
    expect(stipendProfile(person(), 'introduksjonsloven', '2020-04-01', '2022-03-31', true).childlessCouple).toBe(false);
  });

  it('carries living with a parent, and counts leave days only in programme months', () => {
    // Leave 2024-06-20 to 2024-07-10 in a programme 2024-07-01 … 2026-06-30: June is before the start
    // (left out); July 1–10 = 10 days.
    const p = person({
      birthDate: '2002-01-01',
      programme: { ...PROGRAMME, livesWithParent: true, leave: [{ from: '2024-06-20', to: '2024-07-10' }] },
    });
    expect(stipendProfile(p, 'integreringsloven', '2024-07-01', '2026-06-30', false)).toEqual({
      regime: 'integreringsloven',
      birthDate: '2002-01-01',
      start: '2024-07-01',
      lastDay: '2026-06-30',
      livesWithParent: true,
      childlessCouple: false,
      leaveDays: { '2024-07': 10 },
    });
    // Leave after the last day is left out too: 2026-06-25 … 2026-07-05 → June 25–30 = 6 days.
    const q = person({ programme: { ...PROGRAMME, leave: [{ from: '2026-06-25', to: '2026-07-05' }] } });
    expect(stipendProfile(q, 'integreringsloven', '2024-07-01', '2026-06-30', false).leaveDays).toEqual({ '2026-06': 6 });
  });

  it('gives a person without programme no leave and not living with a parent', () => {
    expect(stipendProfile(person({ programme: undefined }), 'integreringsloven', '2024-04-01', '2024-06-30', false)).toMatchObject({
      livesWithParent: false,
      leaveDays: {},
    });
  });

  it('makes one stipend row per programme month kept, with leave days only in the months that have them', () => {
    const s = stipendProfile(
      person({ programme: { ...PROGRAMME, leave: [{ from: '2024-05-10', to: '2024-05-19' }] } }),
      'integreringsloven',
      '2024-04-15',
      '2024-07-14',
      false,
    );
    const rows = stipendRows(s, (m) => m !== '2024-07');
    // April–July 2024 is four months; July is not kept; May has 10 leave days (10th–19th).
    expect(rows.map((r) => r.month)).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(rows[0]).toEqual({
      regime: 'integreringsloven',
      month: '2024-04',
      birthDate: '1990-01-01',
      programmeStart: '2024-04-15',
      programmeEnd: '2024-07-14',
      livesWithParent: false,
      childlessCoupleBothParticipating: false,
    });
    expect(rows[1]).toEqual({ ...rows[0], month: '2024-05', leaveCalendarDays: 10 });
    expect('leaveCalendarDays' in (rows[2] ?? {})).toBe(false);
  });
});

describe('forecast person: childless couples', () => {
  const adult = (id: string, household: string) => person({ id, household, role: 'adultInFamily' });
  it('are households of exactly two adults in a family who both take part', () => {
    const persons = [
      adult('A1', 'couple'),
      adult('A2', 'couple'),
      adult('B1', 'withChild'),
      adult('B2', 'withChild'),
      person({ id: 'B3', household: 'withChild', role: 'child', programme: undefined }),
      adult('C1', 'oneOutside'),
      person({ id: 'C2', household: 'oneOutside', role: 'adultInFamily', programme: undefined }),
      adult('D1', 'alone'),
      person({ id: 'E1', household: 'singles' }),
      person({ id: 'E2', household: 'singles' }),
    ];
    expect([...childlessCoupleHouseholds(persons)]).toEqual(['couple']);
  });
});
