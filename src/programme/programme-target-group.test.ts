import { describe, expect, it } from 'vitest';
import {
  InputError,
  defaultParameters,
  programmeTargetGroup,
  renderExplanation,
  upperAge60Amendment,
  withParameters,
  withValues,
  type ProgrammeTargetGroupInput,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

// Integration Act § 8: aged 18–55 on the permit date, settled by agreement with IMDi (not after family
// reunification), and lived in a municipality for less than 24 months on the date assessed.
const base: ProgrammeTargetGroupInput = {
  regime: 'integreringsloven',
  permitType: 'ordinary',
  birthDate: '2006-02-01', // 18 on the permit date 2024-02-01
  permitDate: '2024-02-01',
  livingInMunicipalitySince: '2024-03-01', // + 24 months = 2026-03-01, so newly arrived up to and including 2026-02-28
  settledByAgreementWithImdi: true,
  date: '2024-04-01',
  // Neither a Nordic citizen nor covered by the EEA Agreement (§ 8 leaves those out; see "exclusions" below).
  citizenship: 'other',
};
const tg = (over: Partial<ProgrammeTargetGroupInput>, options?: Parameters<typeof programmeTargetGroup>[1]) =>
  programmeTargetGroup({ ...base, ...over }, options);

describe('target group: age 18–55 on the permit date, less than 2 years in a municipality', () => {
  const base: ProgrammeTargetGroupInput = {
    regime: 'integreringsloven',
    permitType: 'ordinary',
    birthDate: '2006-02-01',
    permitDate: '2024-02-01',
    livingInMunicipalitySince: '2024-03-01',
    settledByAgreementWithImdi: true,
    date: '2024-04-01',
    // Integration Act § 8 leaves Nordic and EEA citizens out (2021 wording; fifth paragraph from 2026):
    // without this fact the rule cannot conclude and says "notDetermined" (tested in target-group-edges).
    citizenship: 'other',
  };
  const tg = (over: Partial<ProgrammeTargetGroupInput>, options?: Parameters<typeof programmeTargetGroup>[1]) =>
    programmeTargetGroup({ ...base, ...over }, options).value;
  it('18 on the permit date (the 18th birthday itself): in the group; 17 the day before: outside', () => {
    expect(tg({})).toMatchObject({ status: 'rightAndDuty', ageOnPermitDate: 18, unmet: [] });
    expect(tg({ permitDate: '2024-01-31' })).toMatchObject({ status: 'outside', ageOnPermitDate: 17, unmet: ['underMinimumAge'] });
  });
  it('55 on the permit date (the day before the 56th birthday): in; 56: the municipality may offer', () => {
    // born 1968-02-02: on 2024-02-01 still 55; on 2024-02-02 turns 56.
    expect(tg({ birthDate: '1968-02-02', permitDate: '2024-02-01' })).toMatchObject({ status: 'rightAndDuty', ageOnPermitDate: 55 });
    expect(tg({ birthDate: '1968-02-02', permitDate: '2024-02-02' })).toMatchObject({
      status: 'mayBeOffered',
      ageOnPermitDate: 56,
      unmet: ['overMaximumAge'],
    });
  });
  it('exactly 2 years in a municipality is not "less than 2 years": 2024-03-01 + 24 months = 2026-03-01', () => {
    // Assessed in 2026, so the work exclusion of § 8 fourth paragraph is in force: no work is stated.
    expect(tg({ date: '2026-02-28', work: { kind: 'none' } })).toMatchObject({ status: 'rightAndDuty', newlyArrivedUntil: '2026-02-28' });
    expect(tg({ date: '2026-03-01' })).toMatchObject({ status: 'outside', unmet: ['notNewlyArrived'] });
  });
  it('month end: from 2024-02-29, 24 months ends at 2026-02-28 (clamped), so newly arrived until 2026-02-27', () => {
    expect(tg({ livingInMunicipalitySince: '2024-02-29', date: '2026-02-27' }).newlyArrivedUntil).toBe('2026-02-27');
    expect(tg({ livingInMunicipalitySince: '2024-02-29', date: '2026-02-28' }).unmet).toEqual(['notNewlyArrived']);
  });
  it('settled by agreement with IMDi is required except after family reunification', () => {
    expect(tg({ settledByAgreementWithImdi: false }).unmet).toEqual(['notSettledByAgreement']);
    expect(tg({ settledByAgreementWithImdi: false, permitType: 'familyReunification' }).status).toBe('rightAndDuty');
  });
  it('over the age limit and not newly arrived: outside, both reasons listed', () => {
    expect(tg({ birthDate: '1960-01-01', date: '2026-03-01' })).toMatchObject({
      status: 'outside',
      unmet: ['overMaximumAge', 'notNewlyArrived'],
    });
  });
  it('chapter 6A: a right without the duty', () => {
    expect(tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection' }).status).toBe('rightOnly');
  });
  it('the upper age 60 becomes law as a data change (a decree date), not a code change', () => {
    // 58 on the permit date; assessed in 2027, so § 8 fourth paragraph (work) is in force: no work stated.
    const over = { birthDate: '1968-06-01', permitDate: '2027-02-01', work: { kind: 'none' } } as const;
    expect(tg({ ...over, livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' }).status).toBe('mayBeOffered');
    const params = withParameters({
      programme: {
        programmeAgeLimits: withValues(defaultParameters.programme.programmeAgeLimits, [{ from: '2027-01-01', ...upperAge60Amendment }]),
      },
    });
    expect(tg({ ...over, livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' }, { parameters: params }).status).toBe(
      'rightAndDuty',
    );
    // A permit granted before the decree date keeps 55.
    expect(
      tg(
        { birthDate: '1968-06-01', permitDate: '2026-12-31', livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' },
        { parameters: params },
      ).status,
    ).toBe('mayBeOffered');
  });
  it('refuses a municipality date after the assessed date', () => {
    expect(() => tg({ livingInMunicipalitySince: '2024-05-01' })).toThrow(/livingInMunicipalitySince/);
  });
  it('explains the age and the limits', () => {
    expect(renderExplanation(programmeTargetGroup(base).explanation, 'en')).toContain('Age 18 on the permit date (limits 18–55)');
  });
});

describe('target group from 2026: work of at least 30 hours a week (Integration Act § 8 fourth paragraph, LOV-2025-06-20-35)', () => {
  // Lived in a municipality from 2024-03-01: + 24 months = 2026-03-01, so newly arrived up to and including
  // 2026-02-28; that is also the deadline of § 8 first paragraph, third sentence, as the library reads it.
  const base: ProgrammeTargetGroupInput = {
    regime: 'integreringsloven',
    permitType: 'ordinary',
    birthDate: '1990-05-10', // 33 on the permit date
    permitDate: '2024-02-01',
    livingInMunicipalitySince: '2024-03-01',
    settledByAgreementWithImdi: true,
    date: '2026-01-15',
    citizenship: 'other',
  };
  const tg = (over: Partial<ProgrammeTargetGroupInput>, options?: Parameters<typeof programmeTargetGroup>[1]) =>
    programmeTargetGroup({ ...base, ...over }, options);
  it('in work 37.5 hours a week: no right and duty, unless the job ends by 2026-02-28', () => {
    expect(tg({ work: { kind: 'employed', hoursPerWeek: 37.5 } }).value).toEqual({
      status: 'outside',
      ageOnPermitDate: 33,
      newlyArrivedUntil: '2026-02-28',
      unmet: ['inWork'],
      notChecked: [],
      workDeadline: '2026-02-28',
    });
  });
  it('"at least 30 hours": exactly 30 excludes, 29.5 does not', () => {
    expect(tg({ work: { kind: 'employed', hoursPerWeek: 30 } }).value.status).toBe('outside');
    expect(tg({ work: { kind: 'employed', hoursPerWeek: 29.5 } }).value).toMatchObject({ status: 'rightAndDuty', unmet: [] });
  });
  it('an offer of work counts as work; an offer that lapsed on 2026-01-10 (within the deadline) does not', () => {
    expect(tg({ work: { kind: 'offered', hoursPerWeek: 35 } }).value.unmet).toEqual(['inWork']);
    expect(tg({ work: { kind: 'offered', hoursPerWeek: 35, endedOn: '2026-01-10' } }).value).toMatchObject({
      status: 'rightAndDuty',
      unmet: [],
    });
  });
  it('a job ending on 2026-02-20 (after the assessed date, before the deadline): excluded on 2026-01-15, in again on 2026-02-21', () => {
    const work = { kind: 'employed', hoursPerWeek: 37.5, endedOn: '2026-02-20' } as const;
    expect(tg({ work }).value).toMatchObject({ status: 'outside', unmet: ['inWork'], workDeadline: '2026-02-28' });
    expect(tg({ work, date: '2026-02-21' }).value).toMatchObject({ status: 'rightAndDuty', unmet: [] });
  });
  it('the deadline is a parameter: read as three months (2025-12-01 + 3 months − 1 day = 2026-02-28), a job ending 2026-03-02 keeps the exclusion', () => {
    const threeMonths = withParameters({
      programme: {
        programmeWorkExclusionDeadline: withValues(defaultParameters.programme.programmeWorkExclusionDeadline, [
          { ...defaultParameters.programme.programmeWorkExclusionDeadline.values[0]!, value: { monthsAfterMunicipality: 3 } },
        ]),
      },
    });
    const late = {
      livingInMunicipalitySince: '2025-12-01',
      date: '2026-03-10',
      work: { kind: 'employed', hoursPerWeek: 40, endedOn: '2026-03-02' },
    } as const;
    expect(tg(late, { parameters: threeMonths }).value).toMatchObject({ status: 'outside', unmet: ['inWork'], workDeadline: '2026-02-28' });
    // The shipped reading (24 months: 2025-12-01 + 24 months − 1 day = 2027-11-30): the job ended in time.
    expect(tg(late).value).toMatchObject({ status: 'rightAndDuty', unmet: [] });
  });
  it('not in force on 2025-12-31: a full-time job does not matter, and no work fact is needed', () => {
    expect(tg({ date: '2025-12-31', work: { kind: 'employed', hoursPerWeek: 37.5 } }).value).toMatchObject({
      status: 'rightAndDuty',
      notChecked: [],
    });
    expect(tg({ date: '2025-12-31' }).value).toMatchObject({ status: 'rightAndDuty', notChecked: [] });
    expect(renderExplanation(tg({ date: '2025-12-31', work: { kind: 'employed', hoursPerWeek: 37.5 } }).explanation, 'en')).toContain(
      'no exclusion from the right and duty before 2026-01-01',
    );
  });
  it('chapter 6A in 2026: the right without the duty goes too', () => {
    expect(
      tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection', work: { kind: 'employed', hoursPerWeek: 37.5 } }).value
        .status,
    ).toBe('outside');
    expect(tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection', work: { kind: 'none' } }).value.status).toBe(
      'rightOnly',
    );
  });
  it('above the age limit: the municipality may still offer the programme (§ 8 fourth paragraph only sets aside the first)', () => {
    // Born 1960-01-01: 64 on 2024-02-01.
    expect(tg({ birthDate: '1960-01-01', work: { kind: 'employed', hoursPerWeek: 37.5 } }).value).toMatchObject({
      status: 'mayBeOffered',
      unmet: ['overMaximumAge', 'inWork'],
    });
  });
  it('explains the exclusion and the deadline, naming § 8 fourth paragraph, in both languages', () => {
    const r = tg({ work: { kind: 'employed', hoursPerWeek: 37.5 } });
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'programme.target-group',
      'programme.target-group.work',
      'programme.target-group.citizenship',
      'programme.target-group.outcome',
    ]);
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain(
      'I arbeid 37,5 timer i uken (minst 30): første ledd (rett og plikt) gjelder ikke (§ 8 fjerde ledd); den gjelder likevel om arbeidsforholdet opphører innen 2026-02-28',
    );
    expect(nb).toContain('Etter unntakene i § 8: utenfor målgruppen');
    expect(nb).toContain(
      'Arbeid som utelukker rett og plikt, timer i uken (minst): 30 fra 2026-01-01 (integreringsloven § 8 fjerde ledd (lov 20. juni 2025 nr. 35); lovtekst)',
    );
    expect(nb).toContain(
      '24 fra 2026-01-01 (integreringsloven § 8 fjerde ledd andre punktum og første ledd tredje punktum (lov 20. juni 2025 nr. 35); Prop. 81 L (2024–2025) pkt. 4.1; antagelse)',
    );
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      'In work of 37.5 hours a week (at least 30): the first paragraph (right and duty) does not apply (§ 8 fourth paragraph); it applies after all if the employment ends by 2026-02-28',
    );
    expect(en).toContain('After the exclusions in § 8: outside the target group');
  });
});

describe('target group: Nordic and EEA citizens are outside § 8 (2021 wording; fifth paragraph from 2026)', () => {
  const base: ProgrammeTargetGroupInput = {
    regime: 'integreringsloven',
    permitType: 'familyReunification',
    birthDate: '1990-05-10',
    permitDate: '2024-02-01',
    livingInMunicipalitySince: '2024-03-01',
    settledByAgreementWithImdi: false,
    date: '2024-04-01',
  };
  const tg = (over: Partial<ProgrammeTargetGroupInput>) => programmeTargetGroup({ ...base, ...over });
  it('2024 (Act as enacted, Prop. 73 L (2022–2023) pkt. 3.1): an EEA citizen is outside', () => {
    const r = tg({ citizenship: 'eea' });
    expect(r.value).toMatchObject({ status: 'outside', unmet: ['nordicOrEeaCitizen'], notChecked: [] });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Omfattet av EØS-avtalen: omfattes ikke av § 8 (§ 8), heller ikke av kommunens adgang til å tilby program (integreringsloven § 8 (slik den lød 2021–2025); Prop. 73 L (2022–2023) pkt. 3.1)',
    );
  });
  it('2026: a Nordic citizen is outside under § 8 fifth paragraph, even above the age limit (no offer either)', () => {
    const r = tg({ citizenship: 'nordic', date: '2026-01-15', work: { kind: 'none' } });
    expect(r.value.unmet).toEqual(['nordicOrEeaCitizen']);
    expect(renderExplanation(r.explanation, 'en')).toContain('A Nordic citizen: outside § 8 (§ 8 fifth paragraph)');
    expect(tg({ citizenship: 'nordic', birthDate: '1960-01-01' }).value).toMatchObject({
      status: 'outside',
      unmet: ['overMaximumAge', 'nordicOrEeaCitizen'],
    });
  });
  it('other citizens: the exclusion does not apply', () => {
    expect(tg({ citizenship: 'other' }).value).toMatchObject({ status: 'rightAndDuty', unmet: [], notChecked: [] });
  });
  it('the Introduction Act: neither exclusion is part of its target group in the library', () => {
    expect(
      tg({ regime: 'introduksjonsloven', date: '2020-06-01', permitDate: '2020-02-01', livingInMunicipalitySince: '2020-03-01' }).value,
    ).toMatchObject({ status: 'rightAndDuty', notChecked: [] });
  });
});

describe('target group: a fact the law in force makes decisive is missing — not determined, never a guess', () => {
  const base: ProgrammeTargetGroupInput = {
    regime: 'integreringsloven',
    permitType: 'ordinary',
    birthDate: '1990-05-10',
    permitDate: '2024-02-01',
    livingInMunicipalitySince: '2024-03-01',
    settledByAgreementWithImdi: true,
    date: '2026-01-15',
  };
  const tg = (over: Partial<ProgrammeTargetGroupInput>) => programmeTargetGroup({ ...base, ...over });
  it('2026 without work and citizenship: notDetermined, both named, and what it would be without an exclusion', () => {
    const r = tg({});
    expect(r.value).toEqual({
      status: 'notDetermined',
      ageOnPermitDate: 33,
      newlyArrivedUntil: '2026-02-28',
      unmet: [],
      notChecked: ['work', 'citizenship'],
      statusIfNotExcluded: 'rightAndDuty',
    });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Ikke avgjort: arbeid (§ 8 fjerde ledd) og statsborgerskap (§ 8 om nordiske borgere og EØS) er ikke kontrollert; gjelder ingen av unntakene, er resultatet rett og plikt til introduksjonsprogram',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'Not determined: work (§ 8 fourth paragraph) and citizenship (§ 8 on Nordic and EEA citizens) not checked; if no exclusion applies, the outcome is a right and a duty to take part',
    );
  });
  it('2024 without citizenship (the 2021 wording already left Nordic and EEA citizens out): notDetermined', () => {
    expect(tg({ date: '2024-04-01' }).value).toMatchObject({
      status: 'notDetermined',
      notChecked: ['citizenship'],
      statusIfNotExcluded: 'rightAndDuty',
    });
  });
  it('a missing fact that cannot change the outcome is not asked for', () => {
    // Not newly arrived on 2026-03-01: outside whatever the work or citizenship.
    expect(tg({ date: '2026-03-01' }).value).toMatchObject({ status: 'outside', notChecked: [] });
    // In full-time work: outside whatever the citizenship.
    expect(tg({ work: { kind: 'employed', hoursPerWeek: 37.5 } }).value).toMatchObject({ status: 'outside', notChecked: [] });
    // Above the age limit the work does not matter (third paragraph), the citizenship does.
    expect(tg({ birthDate: '1960-01-01', citizenship: 'other' }).value).toMatchObject({ status: 'mayBeOffered', notChecked: [] });
    expect(tg({ birthDate: '1960-01-01' }).value).toMatchObject({
      status: 'notDetermined',
      notChecked: ['citizenship'],
      statusIfNotExcluded: 'mayBeOffered',
    });
  });
  it('refuses malformed facts, naming the field', () => {
    const paths = (over: unknown) => {
      try {
        programmeTargetGroup({ ...base, ...(over as object) } as ProgrammeTargetGroupInput);
      } catch (e) {
        return (e as InputError).issues.map((x) => x.path.join('.'));
      }
      return [];
    };
    expect(paths({ citizenship: 'swedish' })).toEqual(['citizenship']);
    expect(paths({ work: { kind: 'employed' } })).toEqual(['work.hoursPerWeek']);
    expect(paths({ work: { kind: 'employed', hoursPerWeek: -1 } })).toEqual(['work.hoursPerWeek']);
    expect(paths({ work: { kind: 'none', hoursPerWeek: 10 } })).toEqual(['work']);
  });
});

describe('target group edges: the municipality date and the assessed date', () => {
  it('assessed on the very day the person started living in the municipality: allowed, and newly arrived', () => {
    // 2024-04-01 + 24 months = 2026-04-01 is the first day not newly arrived; the last day newly arrived is 2026-03-31.
    expect(tg({ livingInMunicipalitySince: '2024-04-01', date: '2024-04-01' }).value).toMatchObject({
      status: 'rightAndDuty',
      newlyArrivedUntil: '2026-03-31',
      unmet: [],
    });
  });
  it('refuses a municipality date one day after the assessed date, in both languages', () => {
    expect(inputErrorOf(() => tg({ livingInMunicipalitySince: '2024-04-02', date: '2024-04-01' })).issues).toEqual([
      {
        code: 'after_assessed_date',
        path: ['livingInMunicipalitySince'],
        message: { nb: 'kan ikke være etter vurderingsdatoen 2024-04-01', en: 'cannot be after the assessed date 2024-04-01' },
      },
    ]);
  });
});

describe('target group edges: the explanation a case worker reads', () => {
  it('in the group: age, limits, the newly-arrived period and the outcome, with no unmet criteria listed', () => {
    const r = tg({});
    // The first paragraph's criteria, then the citizenship exclusion (in force from 2021); no outcome step,
    // since the exclusion did not change the outcome.
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['programme.target-group', 'programme.target-group.citizenship']);
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain(
      '1. Alder 18 år på vedtaksdatoen for tillatelsen (grense 18–55); bodd i kommune fra 2024-03-01, nyankommet til og med 2026-02-28, vurdert 2024-04-01: rett og plikt til introduksjonsprogram (',
    );
    expect(nb).not.toContain('ikke oppfylt');
    expect(nb).toContain('- Aldersgrenser for introduksjonsprogram: 18–55 fra 2021-01-01');
    expect(nb).toContain('- Nyankommet: botid i kommune under: 24 fra 2021-01-01');
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '1. Age 18 on the permit date (limits 18–55); living in a municipality since 2024-03-01, newly arrived up to and including 2026-02-28, assessed on 2024-04-01: a right and a duty to take part (',
    );
    expect(en).not.toContain('not met');
    expect(en).toContain('- Age limits of the introduction programme: 18–55 from 2021-01-01');
    expect(en).toContain('- Newly arrived: time lived in a municipality below: 24 from 2021-01-01');
  });
  it('outside: lists every unmet criterion, separated by commas', () => {
    // Born 1960-01-01: 64 on 2024-02-01 (over 55); assessed 2026-03-01 = 2024-03-01 + 24 months (not newly arrived).
    const r = tg({ birthDate: '1960-01-01', date: '2026-03-01' });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Alder 64 år på vedtaksdatoen for tillatelsen (grense 18–55); bodd i kommune fra 2024-03-01, nyankommet til og med 2026-02-28, vurdert 2026-03-01; ikke oppfylt: over aldersgrensen, ikke nyankommet: utenfor målgruppen',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'Age 64 on the permit date (limits 18–55); living in a municipality since 2024-03-01, newly arrived up to and including 2026-02-28, assessed on 2026-03-01; not met: over the age limit, not newly arrived: outside the target group',
    );
  });
  it('above the upper age only: the municipality may offer the programme', () => {
    const r = tg({ birthDate: '1960-01-01' });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '; ikke oppfylt: over aldersgrensen: ikke rett, men kommunen kan tilby programmet (over aldersgrensen)',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      '; not met: over the age limit: no right, but the municipality may offer the programme (above the age limit)',
    );
  });
  it('chapter 6A: a right without the duty, in both languages', () => {
    const r = tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection' });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'vurdert 2024-04-01: rett (uten plikt) til introduksjonsprogram etter kapittel 6A',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'assessed on 2024-04-01: a right (without the duty) to take part under chapter 6A',
    );
  });
  it('asked not to explain: the same result with no steps', () => {
    const r = tg({}, { explain: false });
    expect(r.value).toEqual({ status: 'rightAndDuty', ageOnPermitDate: 18, newlyArrivedUntil: '2026-02-28', unmet: [], notChecked: [] });
    expect(r.explanation.steps).toEqual([]);
  });
});
