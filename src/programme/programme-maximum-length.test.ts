import { describe, expect, it } from 'vitest';
import {
  InputError,
  defaultParameters,
  programmeMaximumLength,
  renderExplanation,
  valueOn,
  withParameters,
  withValues,
  type ProgrammeMaximumLengthInput,
} from '../index.js';
import { firstIssue } from '../../test/helpers/input-error.js';

const max = (i: ProgrammeMaximumLengthInput, options?: Parameters<typeof programmeMaximumLength>[1]) =>
  programmeMaximumLength(i, options).value;
const noVgo = (startOfferedOn: string, endGoal: ProgrammeMaximumLengthInput['endGoal']) =>
  max({ regime: 'integreringsloven', startOfferedOn, priorEducation: 'withoutUpperSecondary', endGoal });
const noVgoInput = (startOfferedOn: string, endGoal: ProgrammeMaximumLengthInput['endGoal']) =>
  ({ regime: 'integreringsloven', startOfferedOn, priorEducation: 'withoutUpperSecondary', endGoal }) as const;
const texts = (i: ProgrammeMaximumLengthInput) => {
  const r = programmeMaximumLength(i);
  return {
    nb: renderExplanation(r.explanation, 'nb'),
    en: renderExplanation(r.explanation, 'en'),
    rules: r.explanation.steps.map((s) => s.rule),
  };
};

describe('maximum length by Act, prior education and end goal, keyed by the offer date', () => {
  it('Introduction Act § 5: 2 years + up to 1 year', () => {
    expect(max({ regime: 'introduksjonsloven', startOfferedOn: '2019-05-01' })).toEqual({
      track: 'introductionActDuration',
      minimumMonths: 0,
      maximumMonths: 24,
      extensionMonths: 12,
      extension: 'discretionary',
    });
  });
  it('Integration Act 2021: full upper-secondary goal 3 months–3 years; any other goal 3 months–2 years; +1 year', () => {
    expect(noVgo('2024-12-31', 'fullUpperSecondary')).toMatchObject({ minimumMonths: 3, maximumMonths: 36, extensionMonths: 12 });
    expect(noVgo('2024-06-01', 'partUpperSecondary')).toMatchObject({ minimumMonths: 3, maximumMonths: 24, extensionMonths: 12 });
    expect(noVgo('2023-06-01', 'other')).toMatchObject({ maximumMonths: 24, track: 'durationOtherGoal' });
  });
  it('§ 14 upper-secondary goals for starts offered after 2025-01-01: 4 years + 1 and 3 years + 1, mandatory where it helps', () => {
    expect(noVgo('2025-01-02', 'fullUpperSecondary')).toMatchObject({
      maximumMonths: 48,
      extensionMonths: 12,
      extension: 'mandatoryWhereItHelps',
    });
    expect(noVgo('2025-06-01', 'partUpperSecondary')).toMatchObject({
      maximumMonths: 36,
      extensionMonths: 12,
      extension: 'mandatoryWhereItHelps',
    });
  });
  it('an offer ON 1 January 2025 counts as "after" by default (an assumption parameter); switched off it keeps the 2021 rules', () => {
    expect(noVgo('2025-01-01', 'fullUpperSecondary').maximumMonths).toBe(48);
    const cut = defaultParameters.programme.programmeDurationCutover.values[0]!;
    const strict = withParameters({
      programme: {
        programmeDurationCutover: withValues(defaultParameters.programme.programmeDurationCutover, [
          { ...cut, value: { ...cut.value, offerOnTheDayCountsAsAfter: false } },
        ]),
      },
    });
    expect(
      max(
        {
          regime: 'integreringsloven',
          startOfferedOn: '2025-01-01',
          priorEducation: 'withoutUpperSecondary',
          endGoal: 'fullUpperSecondary',
        },
        { parameters: strict },
      ).maximumMonths,
    ).toBe(36);
    expect(
      max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' }, { parameters: strict })
        .maximumMonths,
    ).toBe(6);
    expect(valueOn(defaultParameters.programme.programmeDurationCutover, '2025-01-01').basis).toBe('assumption');
  });
  it('from 2026 (§ 75; § 76 second paragraph): § 13 with upper-secondary 12 months, no extension; work-qualifying 2 years, no extension', () => {
    // § 13 third paragraph: "inntil tolv måneder. Programmet kan ikke forlenges." § 14 sixth paragraph: "inntil to år og kan ikke forlenges."
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-01-01', priorEducation: 'withUpperSecondary' })).toMatchObject({
      maximumMonths: 12,
      extensionMonths: 0,
      extension: 'none',
    });
    expect(noVgo('2026-02-01', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-12-31', 'workQualifying')).toMatchObject({ maximumMonths: 24, extensionMonths: 12 });
  });
  it('trade training is formal upper-secondary education, so § 76 FIRST paragraph dates it: 5 years (60 months), no extension, for starts offered after 1 January 2025', () => {
    // § 14 fifth paragraph: "inntil fem år og kan ikke forlenges" = 5 × 12 = 60 months. Was held to the 2021 rules until 2026.
    expect(noVgo('2026-02-01', 'tradeTraining')).toMatchObject({
      track: 'durationTradeTraining',
      maximumMonths: 60,
      extensionMonths: 0,
      extension: 'none',
    });
    expect(noVgo('2025-12-31', 'tradeTraining')).toMatchObject({ maximumMonths: 60, extensionMonths: 0, extension: 'none' });
    expect(noVgo('2025-03-01', 'tradeTraining')).toMatchObject({ maximumMonths: 60, extensionMonths: 0, extension: 'none' });
    // The day before: the 2021 rules, where completing trade training completes upper-secondary (3 years = 36 months + 1 year = 12; an assumption).
    expect(noVgo('2024-12-31', 'tradeTraining')).toMatchObject({
      minimumMonths: 3,
      maximumMonths: 36,
      extensionMonths: 12,
      extension: 'discretionary',
    });
    expect(valueOn(defaultParameters.programme.durationTradeTraining, '2025-01-01').basis).toBe('statute');
    expect(valueOn(defaultParameters.programme.durationTradeTraining, '2024-12-31').basis).toBe('assumption');
  });
  it('a start offered in March 2025 gets the new § 14 bounds although § 14 took effect on 1 January 2026, and the explanation says why (§ 76 first paragraph)', () => {
    const r = programmeMaximumLength({
      regime: 'integreringsloven',
      startOfferedOn: '2025-03-01',
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'partUpperSecondary',
    });
    // § 14 fourth paragraph: part of upper-secondary "inntil tre år" = 36 months, "forlenges med inntil ett år" = 12.
    expect(r.value).toMatchObject({ maximumMonths: 36, extensionMonths: 12, extension: 'mandatoryWhereItHelps' });
    const nb = renderExplanation(r.explanation, 'nb');
    const en = renderExplanation(r.explanation, 'en');
    expect(nb).toContain(
      'rammene gjelder i loven fra 2026-01-01, men overgangsregelen gir dem til oppstart tilbudt etter 2025-01-01, så denne oppstarten får dem',
    );
    expect(nb).toContain(
      'integreringsloven § 14 fjerde ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 første ledd (FOR-2025-06-20-1154)',
    );
    expect(en).toContain(
      'the bounds apply in law from 2026-01-01, but the transitional rule gives them to starts offered after 2025-01-01, so this start gets them',
    );
    expect(en).toContain(
      'Integration Act § 14 fourth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 first paragraph (FOR-2025-06-20-1154)',
    );
    // Offered once the rules are in force: no such remark.
    expect(
      renderExplanation(
        programmeMaximumLength({
          regime: 'integreringsloven',
          startOfferedOn: '2026-03-01',
          priorEducation: 'withoutUpperSecondary',
          endGoal: 'partUpperSecondary',
        }).explanation,
        'en',
      ),
    ).not.toContain('transitional rule');
  });
  it('2021 rules, participants WITH upper-secondary education: 3–6 months + up to 6 months (not 12), official (IMDi, groups and lengths)', () => {
    // IMDi's table: "Deltakere som minimum har utdanning på videregående nivå fra før … 3 måneder – 6 måneder + 6 måneder".
    const r = programmeMaximumLength({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withUpperSecondary' });
    expect(r.value).toEqual({
      track: 'durationWithUpperSecondary',
      minimumMonths: 3,
      maximumMonths: 6,
      extensionMonths: 6,
      extension: 'discretionary',
    });
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain('minst 3 og høyst 6 måneder; forlengelse kan gis (inntil 6 måneder)');
    expect(nb).toContain('IMDi, «Sluttmål og varighet i integreringsloven»');
    expect(nb).not.toContain('antagelse');
    expect(valueOn(defaultParameters.programme.durationWithUpperSecondary, '2025-12-31').basis).toBe('official');
  });
  it('chapter 6A before 2026 uses its own (assumed) bounds; from 2026 the ordinary § 13–14 tables', () => {
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2023-01-01' })).toMatchObject({
      track: 'chapter6ADuration',
      maximumMonths: 12,
    });
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2026-02-01', priorEducation: 'withUpperSecondary' })).toMatchObject({
      track: 'durationWithUpperSecondary',
      maximumMonths: 12,
    });
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
    expect(
      paths(() => max({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withoutUpperSecondary' })),
    ).toEqual(['endGoal']);
    expect(paths(() => noVgo('2026-02-01', 'other'))).toEqual(['endGoal']);
    expect(paths(() => max({ regime: 'integreringsloven', startOfferedOn: '2020-12-31', priorEducation: 'withUpperSecondary' }))).toEqual([
      'startOfferedOn',
    ]);
  });
});

describe('the last day a table covers, and the first day before any table', () => {
  it('"other" end goal (2021 rules, to 2025-12-31): an offer on the table\'s last day still gets 24 months', () => {
    expect(max(noVgoInput('2025-12-31', 'other'))).toMatchObject({
      track: 'durationOtherGoal',
      minimumMonths: 3,
      maximumMonths: 24,
      extensionMonths: 12,
    });
  });
  it('chapter 6A (to 2025-12-31): an offer on the last day still uses the chapter 6A bounds (12 + 12 months)', () => {
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2025-12-31' })).toMatchObject({
      track: 'chapter6ADuration',
      maximumMonths: 12,
      extensionMonths: 12,
    });
  });
  it('chapter 6A lapses on 2026-07-01 (no extension known): a 6A start offered 2026-06-30 gets the ordinary § 13 table; one offered 2026-07-01 is refused, naming the gap', () => {
    expect(max({ regime: 'integreringsloven-6A', startOfferedOn: '2026-06-30', priorEducation: 'withUpperSecondary' })).toMatchObject({
      track: 'durationWithUpperSecondary',
      maximumMonths: 12,
    });
    expect(
      firstIssue(() => max({ regime: 'integreringsloven-6A', startOfferedOn: '2026-07-01', priorEducation: 'withUpperSecondary' })),
    ).toEqual({
      code: 'chapter_6a_lapsed',
      path: 'regime',
      nb: 'kapittel 6A gjelder ikke for oppstart tilbudt 2026-07-01: kapitlet falt bort 2026-07-01 etter bibliotekets parametre, som ikke kjenner noen forlengelse. Bruk «integreringsloven» (de alminnelige reglene, §§ 13–14), eller legg forlengelsen inn i parameteren chapter6A',
      en: 'chapter 6A does not apply to a start offered on 2026-07-01: it lapsed on 2026-07-01 under the library\'s parameters, which know no extension. Use "integreringsloven" (the ordinary rules, §§ 13–14), or add the extension to the chapter6A parameter',
    });
    // The same start under the ordinary rules: § 13 third paragraph, 12 months.
    expect(max({ regime: 'integreringsloven', startOfferedOn: '2026-07-01', priorEducation: 'withUpperSecondary' }).maximumMonths).toBe(12);
    // A caller who knows of an extension of chapter 6A to 30 June 2027 enters it; the start is then accepted.
    const [inForce] = defaultParameters.programme.chapter6A.values;
    const extended = withParameters({
      programme: { chapter6A: { ...defaultParameters.programme.chapter6A, values: [{ ...inForce!, to: '2027-06-30' }] } },
    });
    expect(
      max({ regime: 'integreringsloven-6A', startOfferedOn: '2026-07-01', priorEducation: 'withUpperSecondary' }, { parameters: extended })
        .maximumMonths,
    ).toBe(12);
  });
  it('Introduction Act in force from 2003-09-01: an offer that day gets 24 months; the day before is refused', () => {
    expect(max({ regime: 'introduksjonsloven', startOfferedOn: '2003-09-01' }).maximumMonths).toBe(24);
    expect(firstIssue(() => max({ regime: 'introduksjonsloven', startOfferedOn: '2003-08-31' }))).toEqual({
      code: 'no_duration_rules',
      path: 'startOfferedOn',
      nb: 'ingen varighetsregler for introduksjonsloven for oppstart tilbudt 2003-08-31',
      en: 'no length rules for introduksjonsloven for a start offered on 2003-08-31',
    });
  });
  it('Integration Act tables start 2021-01-01: an offer on 2020-12-31 is refused', () => {
    expect(
      firstIssue(() => max({ regime: 'integreringsloven', startOfferedOn: '2020-12-31', priorEducation: 'withUpperSecondary' })),
    ).toEqual({
      code: 'no_duration_rules',
      path: 'startOfferedOn',
      nb: 'ingen varighetsregler for integreringsloven for oppstart tilbudt 2020-12-31',
      en: 'no length rules for integreringsloven for a start offered on 2020-12-31',
    });
  });
});

describe('a cutover rule applies only from its own from date', () => {
  const cutover = (from: string) => {
    const p = defaultParameters.programme.programmeDurationCutover;
    const v = p.values[0]!;
    // One value only: offers ON 2025-01-01 count as before the reform (the 2021 table: 36 months).
    return withParameters({
      programme: {
        programmeDurationCutover: {
          ...p,
          values: [{ ...v, from, value: { cutoverDates: ['2025-01-01'], offerOnTheDayCountsAsAfter: false } }],
        },
      },
    });
  };
  it('in force on the cutover day itself: the offer on 2025-01-01 is read as 2024-12-31 → 36 months', () => {
    expect(max(noVgoInput('2025-01-01', 'fullUpperSecondary'), { parameters: cutover('2025-01-01') }).maximumMonths).toBe(36);
  });
  it('in force only from 2025-06-01: an offer on 2025-01-01 is not touched by it → the new table, 48 months', () => {
    expect(max(noVgoInput('2025-01-01', 'fullUpperSecondary'), { parameters: cutover('2025-06-01') }).maximumMonths).toBe(48);
  });
});

describe('missing or impossible fields are refused, in both languages', () => {
  it('prior education under the Integration Act', () => {
    expect(firstIssue(() => max({ regime: 'integreringsloven', startOfferedOn: '2023-01-01' }))).toEqual({
      code: 'required',
      path: 'priorEducation',
      nb: 'mangler: integreringsloven skiller på tidligere utdanning',
      en: 'is required: the Integration Act distinguishes by prior education',
    });
  });
  it('the end goal without upper-secondary education', () => {
    expect(
      firstIssue(() => max({ regime: 'integreringsloven', startOfferedOn: '2023-01-01', priorEducation: 'withoutUpperSecondary' })),
    ).toEqual({
      code: 'required',
      path: 'endGoal',
      nb: 'mangler: uten videregående utdanning avhenger lengden av sluttmålet',
      en: 'is required: without upper-secondary education the length depends on the end goal',
    });
  });
  it('the end goal "other" for a start offered in 2026', () => {
    expect(firstIssue(() => max(noVgoInput('2026-02-01', 'other')))).toEqual({
      code: 'end_goal_not_available',
      path: 'endGoal',
      nb: 'sluttmålet «annet» finnes ikke for oppstart tilbudt 2026-02-01: integreringsloven § 14 (fra 2026) kjenner fullført eller deler av videregående, fag- og yrkesopplæring og arbeidskvalifiserende program',
      en: 'the end goal "other" does not exist for a start offered on 2026-02-01: Integration Act § 14 (from 2026) knows full or part upper-secondary, trade training and work-qualifying programmes',
    });
  });
});

describe('the explanation names the table, the bounds and the extension, in both languages', () => {
  it('Introduction Act: no minimum, at most 24 months, an extension may be granted (up to 12 months)', () => {
    const t = texts({ regime: 'introduksjonsloven', startOfferedOn: '2019-05-01' });
    expect(t.rules).toEqual(['programme.maximum-length']);
    expect(t.nb).toContain(
      '1. Varighet etter introduksjonsloven, oppstart tilbudt 2019-05-01: høyst 24 måneder; forlengelse kan gis (inntil 12 måneder)',
    );
    expect(t.en).toContain(
      '1. Length under the Introduction Act, start offered on 2019-05-01: at most 24 months; an extension may be granted (up to 12 months)',
    );
    // The value used: minimum–maximum + extension, from the date the table entry applies.
    expect(t.nb).toContain('- Varighet etter introduksjonsloven: 0–24 + 12 fra 2003-09-01');
    expect(t.en).toContain('- Length under the Introduction Act: 0–24 + 12 from 2003-09-01');
  });
  it('2021 rules, full upper-secondary goal: at least 3 and at most 36 months', () => {
    const t = texts(noVgoInput('2024-12-31', 'fullUpperSecondary'));
    expect(t.nb).toContain(
      'Varighet, sluttmål fullført videregående, oppstart tilbudt 2024-12-31: minst 3 og høyst 36 måneder; forlengelse kan gis (inntil 12 måneder)',
    );
    expect(t.en).toContain(
      'Length, end goal full upper-secondary, start offered on 2024-12-31: at least 3 and at most 36 months; an extension may be granted (up to 12 months)',
    );
  });
  it('from 2025, full upper-secondary goal: the extension must be granted where it helps', () => {
    const t = texts(noVgoInput('2025-02-01', 'fullUpperSecondary'));
    expect(t.nb).toContain(
      'oppstart tilbudt 2025-02-01: høyst 48 måneder; forlengelse skal gis der den hjelper deltakeren å nå sluttmålet (inntil 12 måneder)',
    );
    expect(t.en).toContain(
      'start offered on 2025-02-01: at most 48 months; an extension must be granted where it helps reach the end goal (up to 12 months)',
    );
  });
  it('from 2026 with upper-secondary education: at most 12 months and no extension (no "up to 0 months")', () => {
    const t = texts({ regime: 'integreringsloven', startOfferedOn: '2026-02-01', priorEducation: 'withUpperSecondary' });
    expect(t.nb).toContain(
      '1. Varighet med videregående nivå eller høyere, oppstart tilbudt 2026-02-01: høyst 12 måneder; ingen forlengelse (',
    );
    expect(t.en).toContain(
      '1. Length with upper-secondary education or higher, start offered on 2026-02-01: at most 12 months; no extension (',
    );
    expect(t.nb).not.toContain('inntil');
    expect(t.en).not.toContain('up to');
  });
});

describe('with more than one cutover rule, the one in force on the offer date decides', () => {
  it('a later rule replaces the earlier one from its own date', () => {
    // The shipped rule (from 2021-01-01) plus a caller's rule from 2025-01-01 saying an offer made on the
    // cutover day 2025-01-01 counts as before it. Offered that day: read as 2024-12-31, under the 2021 table:
    // without upper-secondary education, aiming at full upper-secondary: 36 months.
    const p = defaultParameters.programme.programmeDurationCutover;
    const v = p.values[0]!;
    const parameters = withParameters({
      programme: {
        programmeDurationCutover: {
          ...p,
          values: [...p.values, { ...v, from: '2025-01-01', value: { cutoverDates: ['2025-01-01'], offerOnTheDayCountsAsAfter: false } }],
        },
      },
    });
    expect(max(noVgoInput('2025-01-01', 'fullUpperSecondary'), { parameters }).maximumMonths).toBe(36);
  });
});
