import { describe, expect, it } from 'vitest';
import { InputError, programmeTargetGroup, renderExplanation, type ProgrammeTargetGroupInput } from '../../src/index.js';

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
const tg = (over: Partial<ProgrammeTargetGroupInput>, options?: Parameters<typeof programmeTargetGroup>[1]) => programmeTargetGroup({ ...base, ...over }, options);

describe('target group edges: the municipality date and the assessed date', () => {
  it('assessed on the very day the person started living in the municipality: allowed, and newly arrived', () => {
    // 2024-04-01 + 24 months = 2026-04-01 is the first day not newly arrived; the last day newly arrived is 2026-03-31.
    expect(tg({ livingInMunicipalitySince: '2024-04-01', date: '2024-04-01' }).value).toMatchObject({ status: 'rightAndDuty', newlyArrivedUntil: '2026-03-31', unmet: [] });
  });
  it('refuses a municipality date one day after the assessed date, in both languages', () => {
    let error: unknown;
    try {
      tg({ livingInMunicipalitySince: '2024-04-02', date: '2024-04-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([
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
    expect(renderExplanation(r.explanation, 'nb')).toContain('; ikke oppfylt: over aldersgrensen: ikke rett, men kommunen kan tilby programmet (over aldersgrensen)');
    expect(renderExplanation(r.explanation, 'en')).toContain('; not met: over the age limit: no right, but the municipality may offer the programme (above the age limit)');
  });
  it('chapter 6A: a right without the duty, in both languages', () => {
    const r = tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection' });
    expect(renderExplanation(r.explanation, 'nb')).toContain('vurdert 2024-04-01: rett (uten plikt) til introduksjonsprogram etter kapittel 6A');
    expect(renderExplanation(r.explanation, 'en')).toContain('assessed on 2024-04-01: a right (without the duty) to take part under chapter 6A');
  });
  it('asked not to explain: the same result with no steps', () => {
    const r = tg({}, { explain: false });
    expect(r.value).toEqual({ status: 'rightAndDuty', ageOnPermitDate: 18, newlyArrivedUntil: '2026-02-28', unmet: [], notChecked: [] });
    expect(r.explanation.steps).toEqual([]);
  });
});
