import { describe, expect, it } from 'vitest';
import { InputError, defaultParameters, programmeMaximumLength, renderExplanation, valueOn, withParameters, withValues, type ProgrammeMaximumLengthInput } from '../../src/index.js';

const max = (i: ProgrammeMaximumLengthInput, options?: Parameters<typeof programmeMaximumLength>[1]) => programmeMaximumLength(i, options).value;
const noVgo = (startOfferedOn: string, endGoal: ProgrammeMaximumLengthInput['endGoal']) =>
  max({ regime: 'integreringsloven', startOfferedOn, priorEducation: 'withoutUpperSecondary', endGoal });

describe('maximum length by Act, prior education and end goal, keyed by the offer date', () => {
  it('Introduction Act § 5: 2 years + up to 1 year', () => {
    expect(max({ regime: 'introduksjonsloven', startOfferedOn: '2019-05-01' })).toEqual({ track: 'introductionActDuration', minimumMonths: 0, maximumMonths: 24, extensionMonths: 12, extension: 'discretionary' });
  });
  it('Integration Act 2021: full upper-secondary goal 3 months–3 years; any other goal 3 months–2 years; +1 year', () => {
    expect(noVgo('2024-12-31', 'fullUpperSecondary')).toMatchObject({ minimumMonths: 3, maximumMonths: 36, extensionMonths: 12 });
    expect(noVgo('2024-06-01', 'partUpperSecondary')).toMatchObject({ minimumMonths: 3, maximumMonths: 24, extensionMonths: 12 });
    expect(noVgo('2023-06-01', 'other')).toMatchObject({ maximumMonths: 24, track: 'durationOtherGoal' });
  });
  it('§ 14 upper-secondary goals for starts offered after 2025-01-01: 4 years + 1 and 3 years + 1, mandatory where it helps', () => {
    expect(noVgo('2025-01-02', 'fullUpperSecondary')).toMatchObject({ maximumMonths: 48, extensionMonths: 12, extension: 'mandatoryWhereItHelps' });
    expect(noVgo('2025-06-01', 'partUpperSecondary')).toMatchObject({ maximumMonths: 36, extensionMonths: 12, extension: 'mandatoryWhereItHelps' });
  });
  it('an offer ON 1 January 2025 counts as "after" by default (an assumption parameter); switched off it keeps the 2021 rules', () => {
    expect(noVgo('2025-01-01', 'fullUpperSecondary').maximumMonths).toBe(48);
    const cut = defaultParameters.programme.programmeDurationCutover.values[0]!;
    const strict = withParameters({ programme: { programmeDurationCutover: withValues(defaultParameters.programme.programmeDurationCutover, [{ ...cut, value: { ...cut.value, offerOnTheDayCountsAsAfter: false } }]) } });
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2025-01-01', priorEducation: 'withoutUpperSecondary', endGoal: 'fullUpperSecondary' }, { parameters: strict }).maximumMonths).toBe(36);
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' }, { parameters: strict }).maximumMonths).toBe(6);
    expect(valueOn(defaultParameters.programme.programmeDurationCutover, '2025-01-01').basis).toBe('assumption');
  });
  it('from 2026 (§ 75; § 76 second paragraph): § 13 with upper-secondary 12 months, no extension; work-qualifying 2 years, no extension', () => {
    // § 13 third paragraph: "inntil tolv måneder. Programmet kan ikke forlenges." § 14 sixth paragraph: "inntil to år og kan ikke forlenges."
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' })).toMatchObject({ maximumMonths: 12, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2026-02-01', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-12-31', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 12 });
  });
  it('trade training is formal upper-secondary education, so § 76 FIRST paragraph dates it: 5 years (60 months), no extension, for starts offered after 1 January 2025', () => {
    // § 14 fifth paragraph: "inntil fem år og kan ikke forlenges" = 5 × 12 = 60 months. Was held to the 2021 rules until 2026.
    expect(noVgo('2026-02-01', 'tradeTraining')).toMatchObject({ track: 'durationTradeTraining', maximumMonths: 60, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-12-31', 'tradeTraining')).toMatchObject({ maximumMonths: 60, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-03-01', 'tradeTraining')).toMatchObject({ maximumMonths: 60, extensionMonths: 0, extension: 'none' });
    // The day before: the 2021 rules, where completing trade training completes upper-secondary (3 years = 36 months + 1 year = 12; an assumption).
    expect(noVgo('2024-12-31', 'tradeTraining')).toMatchObject({ minimumMonths: 3, maximumMonths: 36, extensionMonths: 12, extension: 'discretionary' });
    expect(valueOn(defaultParameters.programme.durationTradeTraining, '2025-01-01').basis).toBe('statute');
    expect(valueOn(defaultParameters.programme.durationTradeTraining, '2024-12-31').basis).toBe('assumption');
  });
  it('a start offered in March 2025 gets the new § 14 bounds although § 14 took effect on 1 January 2026, and the explanation says why (§ 76 first paragraph)', () => {
    const r = programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2025-03-01', priorEducation: 'withoutUpperSecondary', endGoal: 'partUpperSecondary' });
    // § 14 fourth paragraph: part of upper-secondary "inntil tre år" = 36 months, "forlenges med inntil ett år" = 12.
    expect(r.value).toMatchObject({ maximumMonths: 36, extensionMonths: 12, extension: 'mandatoryWhereItHelps' });
    const nb = renderExplanation(r.explanation, 'nb');
    const en = renderExplanation(r.explanation, 'en');
    expect(nb).toContain('rammene gjelder i loven fra 2026-01-01, men overgangsregelen gir dem til oppstart tilbudt etter 2025-01-01, så denne oppstarten får dem');
    expect(nb).toContain('integreringsloven § 14 fjerde ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 første ledd (FOR-2025-06-20-1154)');
    expect(en).toContain('the bounds apply in law from 2026-01-01, but the transitional rule gives them to starts offered after 2025-01-01, so this start gets them');
    expect(en).toContain('Integration Act § 14 fourth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 first paragraph (FOR-2025-06-20-1154)');
    // Offered once the rules are in force: no such remark.
    expect(renderExplanation(programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2026-03-01', priorEducation: 'withoutUpperSecondary', endGoal: 'partUpperSecondary' }).explanation, 'en')).not.toContain('transitional rule');
  });
  it('2021 rules, participants WITH upper-secondary education: 3–6 months + up to 6 months (not 12), official (IMDi, groups and lengths)', () => {
    // IMDi's table: "Deltakere som minimum har utdanning på videregående nivå fra før … 3 måneder – 6 måneder + 6 måneder".
    const r = programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withUpperSecondary' });
    expect(r.value).toEqual({ track: 'durationWithUpperSecondary', minimumMonths: 3, maximumMonths: 6, extensionMonths: 6, extension: 'discretionary' });
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain('minst 3 og høyst 6 måneder; forlengelse kan gis (inntil 6 måneder)');
    expect(nb).toContain('IMDi, «Sluttmål og varighet i integreringsloven»');
    expect(nb).not.toContain('antagelse');
    expect(valueOn(defaultParameters.programme.durationWithUpperSecondary, '2025-12-31').basis).toBe('official');
  });
  it('chapter 6A before 2026 uses its own (assumed) bounds; from 2026 the ordinary § 13–14 tables', () => {
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2023-01-01' })).toMatchObject({ track: 'chapter6ADuration', maximumMonths: 12 });
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2026-02-01', priorEducation: 'withUpperSecondary' })).toMatchObject({ track: 'durationWithUpperSecondary', maximumMonths: 12 });
  });
  it('names the missing or impossible field', () => {
    const paths = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).issues.map((i) => i.path.join('.'));
      }
      return [];
    };
    expect(paths(() => max({ regime: 'integreringsloven', startOfferedOn: '2023-01-01' }))).toEqual(['priorEducation']);
    expect(paths(() => max({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withoutUpperSecondary' }))).toEqual(['endGoal']);
    expect(paths(() => noVgo('2026-02-01', 'other'))).toEqual(['endGoal']);
    expect(paths(() => max({ regime: 'integreringsloven', startOfferedOn: '2020-12-31', priorEducation: 'withUpperSecondary' }))).toEqual(['startOfferedOn']);
  });
});
