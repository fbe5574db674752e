import { describe, expect, it } from 'vitest';
import {
  defaultParameters,
  defineParameter,
  programmeRegime,
  renderExplanation,
  withParameters,
  withValues,
  type ProgrammeRegimeInput,
} from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

// Integration Act § 51 (transitional rule): the Introduction Act governs only when the permit was granted AND the
// person arrived before 2021-01-01. Chapter 6A (collective protection, utlendingsloven § 34): permits granted from
// 2022-03-11, in force 2022-06-15 … 2026-06-30.
const regime = (over: Partial<ProgrammeRegimeInput>, options?: Parameters<typeof programmeRegime>[1]) =>
  programmeRegime({ permitDate: '2020-11-01', arrivalDate: '2020-12-15', permitType: 'ordinary', date: '2021-02-01', ...over }, options);

describe('regime: which Act governs (cutover 2021-01-01 on both the permit and the arrival date)', () => {
  const ordinary = (permitDate: string, arrivalDate: string) =>
    programmeRegime({ permitDate, arrivalDate, permitType: 'ordinary', date: '2021-06-01' }).value;
  it('permit and arrival both on 2020-12-31: the Introduction Act', () => {
    expect(ordinary('2020-12-31', '2020-12-31')).toEqual({ regime: 'introduksjonsloven', reason: 'permitAndArrivalBeforeIntegrationAct' });
  });
  it('permit before but arrival on 2021-01-01: the Integration Act', () => {
    expect(ordinary('2020-12-31', '2021-01-01').regime).toBe('integreringsloven');
  });
  it('permit on 2021-01-01 after arriving in 2020: the Integration Act', () => {
    expect(ordinary('2021-01-01', '2020-06-01')).toEqual({ regime: 'integreringsloven', reason: 'permitOrArrivalUnderIntegrationAct' });
  });
  it('explains with both Acts and cites the transitional rule', () => {
    const text = renderExplanation(
      programmeRegime({ permitDate: '2020-11-01', arrivalDate: '2020-12-01', permitType: 'ordinary', date: '2021-02-01' }).explanation,
      'nb',
    );
    expect(text).toContain('introduksjonsloven gjaldt da');
    expect(text).toContain('§ 51');
  });
});

describe('regime: chapter 6A (collective protection, § 34 permits from 2022-03-11, in force 2022-06-15 … 2026-06-30)', () => {
  const sixA = (permitDate: string, date: string, permitType: 'collectiveProtection' | 'familyReunification' = 'collectiveProtection') =>
    programmeRegime({ permitDate, arrivalDate: permitDate, permitType, date }).value;
  it('a § 34 permit granted on 2022-03-11, assessed on the first day 6A is in force', () => {
    expect(sixA('2022-03-11', '2022-06-15')).toEqual({ regime: 'integreringsloven-6A', reason: 'collectiveProtectionChapter6A' });
  });
  it('the day before 6A took effect, and the day after it lapsed (1 July 2026, no extension known): the ordinary rules', () => {
    expect(sixA('2022-03-11', '2022-06-14')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ANotInForce' });
    expect(sixA('2023-05-01', '2026-06-30').regime).toBe('integreringsloven-6A');
    // From 2026-07-01 the lapse is its own reason: § 34 holders are under §§ 8–9 and 13–14 like everyone else.
    expect(sixA('2023-05-01', '2026-07-01')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ALapsed' });
    expect(sixA('2026-08-01', '2027-01-15')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ALapsed' });
  });
  it('a § 34 permit granted on 2022-03-10 is outside 6A', () => {
    expect(sixA('2022-03-10', '2022-07-01').reason).toBe('collectiveProtectionPermitBeforeChapter6A');
  });
  it('family members reunified with a § 34 holder follow the ordinary rules', () => {
    expect(sixA('2023-05-01', '2023-06-01', 'familyReunification').regime).toBe('integreringsloven');
  });
  it('an extension of 6A is a data change', () => {
    const extended = withParameters({
      programme: {
        chapter6A: withValues(defaultParameters.programme.chapter6A, [
          { ...defaultParameters.programme.chapter6A.values[0]!, to: '2027-06-30' },
        ]),
      },
    });
    expect(
      programmeRegime(
        { permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2026-07-01' },
        { parameters: extended },
      ).value.regime,
    ).toBe('integreringsloven-6A');
  });
  it('refuses an unknown permit type, naming the field', () => {
    expect(
      inputErrorOf(() =>
        programmeRegime({ permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'asylum' as 'ordinary', date: '2023-06-01' }),
      ).issues[0]?.path,
    ).toEqual(['permitType']);
  });
});

describe('regime edges: the cutover day 2021-01-01 on each of the two dates', () => {
  it('both dates on 2020-12-31, the last day of the Introduction Act: the Introduction Act', () => {
    expect(regime({ permitDate: '2020-12-31', arrivalDate: '2020-12-31' }).value.regime).toBe('introduksjonsloven');
  });
  it('both dates on 2021-01-01, the day the Integration Act took effect: the Integration Act', () => {
    expect(regime({ permitDate: '2021-01-01', arrivalDate: '2021-01-01' }).value).toEqual({
      regime: 'integreringsloven',
      reason: 'permitOrArrivalUnderIntegrationAct',
    });
  });
  it('a collective-protection permit granted and arrived in 2020 stays under the Introduction Act (6A never reached)', () => {
    expect(regime({ permitType: 'collectiveProtection', date: '2022-08-01' }).value).toEqual({
      regime: 'introduksjonsloven',
      reason: 'permitAndArrivalBeforeIntegrationAct',
    });
  });
});

describe('regime edges: chapter 6A boundaries', () => {
  const cp = (permitDate: string, date: string, options?: Parameters<typeof programmeRegime>[1]) =>
    regime({ permitDate, arrivalDate: permitDate, permitType: 'collectiveProtection', date }, options).value;
  it('a § 34 permit granted 2022-03-11 (first day covered) on the last day 6A is in force, 2026-06-30: chapter 6A', () => {
    expect(cp('2022-03-11', '2026-06-30')).toEqual({ regime: 'integreringsloven-6A', reason: 'collectiveProtectionChapter6A' });
  });
  it('a § 34 permit granted 2022-03-10 (the day before) assessed while 6A is in force: the ordinary rules', () => {
    expect(cp('2022-03-10', '2026-06-30')).toEqual({ regime: 'integreringsloven', reason: 'collectiveProtectionPermitBeforeChapter6A' });
  });
  it('an open-ended chapter 6A (no end date in the table) applies on any later date, e.g. 2030-01-01', () => {
    const { to: _end, ...openEnded } = defaultParameters.programme.chapter6A.values[0]!;
    const open = withParameters({
      programme: { chapter6A: defineParameter({ ...defaultParameters.programme.chapter6A, values: [openEnded] }) },
    });
    const r = regime(
      { permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2030-01-01' },
      { parameters: open },
    );
    expect(r.value).toEqual({ regime: 'integreringsloven-6A', reason: 'collectiveProtectionChapter6A' });
    // The value used shows "from–to, permits from" with an empty end: "2022-06-15–, 2022-03-11".
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'Integration Act chapter 6A (collective protection): 2022-06-15–, 2022-03-11 from 2022-06-15',
    );
  });
  it('a parameter set without any chapter 6A value: the ordinary rules, and the step cites no 6A value', () => {
    const none = withParameters({ programme: { chapter6A: defineParameter({ ...defaultParameters.programme.chapter6A, values: [] }) } });
    const r = regime(
      { permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2023-06-01' },
      { parameters: none },
    );
    expect(r.value).toEqual({ regime: 'integreringsloven', reason: 'chapter6ANotInForce' });
    const step = r.explanation.steps[1]!;
    expect(step.rule).toBe('programme.regime.chapter-6a');
    expect(step.reference).toBeUndefined();
    expect(step.basis).toBeUndefined();
    expect(step.used).toEqual([]);
  });
});

describe('regime edges: the explanation a case worker reads', () => {
  it('the Act step, in bokmål and English, with the values used and the § 51 source', () => {
    const r = regime({ permitDate: '2020-11-01', arrivalDate: '2021-01-01' });
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['programme.regime.act']);
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain(
      '1. Tillatelsen ble gitt 2020-11-01 (introduksjonsloven gjaldt da) og personen kom 2021-01-01 (integreringsloven gjaldt da); introduksjonsloven gjelder bare når begge datoene er før integreringsloven trådte i kraft (integreringsloven § 51',
    );
    expect(nb).toContain('- Lov som gjelder for nye tillatelser og ankomster: introduksjonsloven fra 2003-09-01');
    expect(nb).toContain('- Lov som gjelder for nye tillatelser og ankomster: integreringsloven fra 2021-01-01');
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '1. The permit was granted on 2020-11-01 (the Introduction Act in force) and the person arrived on 2021-01-01 (the Integration Act in force); the Introduction Act governs only when both dates fall before the Integration Act took effect (Integration Act § 51',
    );
    expect(en).toContain('- Act in force for new permits and arrivals: introduksjonsloven from 2003-09-01');
    expect(en).toContain('- Act in force for new permits and arrivals: integreringsloven from 2021-01-01');
  });
  it('an Act the text table does not know (a future Act added to the table) is shown by its id', () => {
    const future = withParameters({
      programme: {
        programmeActInForce: withValues(defaultParameters.programme.programmeActInForce, [
          { ...defaultParameters.programme.programmeActInForce.values[1]!, from: '2030-01-01', value: 'nyloven' as 'integreringsloven' },
        ]),
      },
    });
    const r = regime({ permitDate: '2030-01-01', arrivalDate: '2030-01-01', date: '2030-02-01' }, { parameters: future });
    expect(r.value.regime).toBe('integreringsloven');
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'The permit was granted on 2030-01-01 (nyloven in force) and the person arrived on 2030-01-01 (nyloven in force)',
    );
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Tillatelsen ble gitt 2030-01-01 (nyloven gjaldt da) og personen kom 2030-01-01 (nyloven gjaldt da)',
    );
  });
  it('chapter 6A applies: both steps, in bokmål and English, citing 6A and its dates', () => {
    const r = regime({ permitDate: '2022-04-01', arrivalDate: '2022-03-20', permitType: 'collectiveProtection', date: '2022-08-01' });
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['programme.regime.act', 'programme.regime.chapter-6a']);
    expect(r.explanation.steps[1]!.params).toEqual({
      permitDate: '2022-04-01',
      date: '2022-08-01',
      outcome: 'collectiveProtectionChapter6A',
    });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '2. Kollektiv beskyttelse (utlendingsloven § 34) gitt 2022-04-01, vurdert 2022-08-01: kapittel 6A gjelder (integreringsloven kap. 6A',
    );
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '2. Collective protection (Immigration Act § 34) granted on 2022-04-01, assessed on 2022-08-01: chapter 6A applies (Integration Act ch. 6A',
    );
    expect(en).toContain('- Integration Act chapter 6A (collective protection): 2022-06-15–2026-06-30, 2022-03-11 from 2022-06-15');
  });
  it('6A not yet in force on the date (2022-06-14): says so, and still cites the 6A table it looked in', () => {
    const r = regime({ permitDate: '2022-04-01', arrivalDate: '2022-04-01', permitType: 'collectiveProtection', date: '2022-06-14' });
    expect(r.value).toEqual({ regime: 'integreringsloven', reason: 'chapter6ANotInForce' });
    expect(r.explanation.steps[1]!.basis).toBe('official');
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '2. Kollektiv beskyttelse (utlendingsloven § 34) gitt 2022-04-01, vurdert 2022-06-14: kapittel 6A er ikke i kraft på datoen, så de alminnelige reglene gjelder (integreringsloven kap. 6A',
    );
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '2. Collective protection (Immigration Act § 34) granted on 2022-04-01, assessed on 2022-06-14: chapter 6A is not in force on the date, so the ordinary rules apply (Integration Act ch. 6A',
    );
    expect(en).toContain('- Integration Act chapter 6A (collective protection): 2022-06-15–2026-06-30, 2022-03-11 from 2022-06-15');
  });
  it('6A lapsed (2026-07-01): the ordinary rules, named with §§ 8–9 and 13–14, and marked an assumption since an extension may come', () => {
    const r = regime({ permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2026-07-01' });
    expect(r.value).toEqual({ regime: 'integreringsloven', reason: 'chapter6ALapsed' });
    expect(r.explanation.steps[1]!.basis).toBe('assumption');
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '2. Kollektiv beskyttelse (utlendingsloven § 34) gitt 2023-05-01, vurdert 2026-07-01: kapittel 6A falt bort 1. juli 2026 (ingen forlengelse er kjent for biblioteket), så de alminnelige reglene gjelder: rett og plikt etter integreringsloven §§ 8–9 og varighet etter §§ 13–14 (integreringsloven kap. 6A (gjelder til 1. juli 2026) og §§ 8–9; integreringsforskriften § 43h, opphevet 1. juli 2026 (FOR-2025-09-17-1909 del II); antagelse)',
    );
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '2. Collective protection (Immigration Act § 34) granted on 2023-05-01, assessed on 2026-07-01: chapter 6A lapsed on 1 July 2026 (the library knows no extension), so the ordinary rules apply: the right and duty under Integration Act §§ 8–9 and the lengths under §§ 13–14 (Integration Act ch. 6A (in force until 1 July 2026) and §§ 8–9; Integration Regulation § 43h, repealed 1 July 2026 (FOR-2025-09-17-1909 part II); assumption)',
    );
    expect(en).toContain('- Integration Act chapter 6A (collective protection): 2026-07-01–, 2022-03-11 from 2026-07-01');
  });
  it('a permit before 11 March 2022: says the permit predates 6A, in both languages', () => {
    const r = regime({ permitDate: '2022-03-10', arrivalDate: '2022-03-10', permitType: 'collectiveProtection', date: '2022-07-01' });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'gitt 2022-03-10, vurdert 2022-07-01: tillatelsen er eldre enn 11. mars 2022, så de alminnelige reglene gjelder',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'granted on 2022-03-10, assessed on 2022-07-01: the permit predates 11 March 2022, so the ordinary rules apply',
    );
  });
  it('asked not to explain: the same result with no steps', () => {
    const r = regime(
      { permitDate: '2022-04-01', arrivalDate: '2022-04-01', permitType: 'collectiveProtection', date: '2022-08-01' },
      { explain: false },
    );
    expect(r.value.regime).toBe('integreringsloven-6A');
    expect(r.explanation.steps).toEqual([]);
  });
});
