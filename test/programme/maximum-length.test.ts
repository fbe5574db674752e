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
    const cut = defaultParameters.programmeDurationCutover.values[0]!;
    const strict = withParameters({ programmeDurationCutover: withValues(defaultParameters.programmeDurationCutover, [{ ...cut, value: { ...cut.value, offerOnTheDayCountsAsAfter: false } }]) });
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2025-01-01', priorEducation: 'withoutUpperSecondary', endGoal: 'fullUpperSecondary' }, { parameters: strict }).maximumMonths).toBe(36);
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' }, { parameters: strict }).maximumMonths).toBe(6);
    expect(valueOn(defaultParameters.programmeDurationCutover, '2025-01-01').basis).toBe('assumption');
  });
  it('from 2026: § 13 with upper-secondary 12 months, no extension; trade training 5 years and work-qualifying 2 years, no extension', () => {
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' })).toMatchObject({ maximumMonths: 12, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2026-02-01', 'tradeTraining')).toMatchObject({ maximumMonths: 60, extension: 'none' });
    expect(noVgo('2025-12-31', 'tradeTraining')).toMatchObject({ maximumMonths: 24, extension: 'discretionary' });
    expect(noVgo('2026-02-01', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-12-31', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 12 });
  });
  it('2021 rules, participants WITH upper-secondary education: 3–6 months + up to 6 months (not 12), official (IMDi, groups and lengths)', () => {
    // IMDi's table: "Deltakere som minimum har utdanning på videregående nivå fra før … 3 måneder – 6 måneder + 6 måneder".
    const r = programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withUpperSecondary' });
    expect(r.value).toEqual({ track: 'durationWithUpperSecondary', minimumMonths: 3, maximumMonths: 6, extensionMonths: 6, extension: 'discretionary' });
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain('minst 3 og høyst 6 måneder; forlengelse kan gis (inntil 6 måneder)');
    expect(nb).toContain('IMDi, «Sluttmål og varighet i integreringsloven»');
    expect(nb).not.toContain('antagelse');
    expect(valueOn(defaultParameters.durationWithUpperSecondary, '2025-12-31').basis).toBe('official');
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
