import { describe, expect, it } from 'vitest';
import { defaultParameters, programmeEndDate, renderExplanation, withParameters, type ProgrammeEndDateInput } from '../index.js';
import { firstIssue } from '../../test/helpers/input-error.js';
import { resolveProgrammeOptions } from './options.js';
import { computeSchedule, programmeScheduleSchema } from './schedule.js';

// Introduction Act § 5: at most 24 months, extension up to 12 months. 2020-03-01 + 24 months = 2022-03-01, less one day.
const base: ProgrammeEndDateInput = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } };
const end = (i: ProgrammeEndDateInput, o?: Parameters<typeof programmeEndDate>[1]) => programmeEndDate(i, o).value;
const text = (i: ProgrammeEndDateInput, lang: 'nb' | 'en') => renderExplanation(programmeEndDate(i).explanation, lang);
// The 2026 reform (lov 20. juni 2025 nr. 35) as the source is cited, with the paragraph and the transitional rule that dates it.
const REFORM_13_NB = 'integreringsloven § 13 tredje ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 75 (FOR-2025-06-20-1154)';
const REFORM_13_EN = 'Integration Act § 13 third paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 75 (FOR-2025-06-20-1154)';
const REFORM_14_NB =
  'integreringsloven § 14 fjerde ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 første ledd (FOR-2025-06-20-1154)';
const REFORM_14_EN =
  'Integration Act § 14 fourth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 first paragraph (FOR-2025-06-20-1154)';
// A start in January–March 2020 was covered by the temporary covid-19 rule (FOR-2022-01-24-111: up to 4 months), so a refusal points there.
const COVID_HINT_NB =
  ' (en utvidelse etter de midlertidige covid-19-reglene, høyst 4 måneder for et program startet 2020-03-01, oppgis som covidExtension)';
const COVID_HINT_EN =
  ' (an extension under the temporary covid-19 rules, at most 4 months for a programme started on 2020-03-01, goes in covidExtension)';

describe('the granted length at the limit, with month ends', () => {
  it('a start on 29 February 2020: 24 months end 2022-02-28 (clamped), so the last day is 2022-02-27; 730 days reach the same day and 731 are refused', () => {
    // 2020-02-29 + 365 days = 2021-02-28 (306 days to the end of 2020 + 59); + 365 more = 2022-02-28.
    expect(end({ ...base, startDate: '2020-02-29' }).lastDay).toBe('2022-02-27');
    expect(end({ ...base, startDate: '2020-02-29', granted: { days: 730 } }).lastDay).toBe('2022-02-27');
    expect(firstIssue(() => end({ ...base, startDate: '2020-02-29', granted: { days: 731 } }))).toMatchObject({
      code: 'exceeds_maximum',
      path: 'granted',
    });
  });
  it('one day over the maximum names both last days: granted 24 months + 1 day from 2020-03-01 ends 2022-03-01, the maximum 2022-02-28', () => {
    // 2020-03-01 + 24 months = 2022-03-01; + 1 day = 2022-03-02; less one day = 2022-03-01.
    expect(firstIssue(() => end({ ...base, granted: { months: 24, days: 1 } }))).toEqual({
      code: 'exceeds_maximum',
      path: 'granted',
      nb: `innvilget lengde (siste dag 2022-03-01) er lengre enn høyst 24 måneder (siste dag 2022-02-28) etter introduksjonsloven § 5${COVID_HINT_NB}`,
      en: `the granted length (last day 2022-03-01) exceeds the maximum of 24 months (last day 2022-02-28) under the Introduction Act § 5${COVID_HINT_EN}`,
    });
  });
  it('a granted length of nothing is refused in both languages', () => {
    expect(firstIssue(() => end({ ...base, granted: { months: 0, days: 0 } }))).toEqual({
      code: 'too_small',
      path: 'granted',
      nb: 'innvilget lengde må være mer enn null',
      en: 'the granted length must be more than zero',
    });
  });
  it('below the 2021 minimum of 3 months: the refusal names the minimum and its source', () => {
    const e = firstIssue(() =>
      end({
        regime: 'integreringsloven',
        startDate: '2023-01-02',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 2 },
      }),
    );
    expect(e).toMatchObject({ code: 'below_minimum', path: 'granted' });
    expect(e?.nb).toMatch(/^er kortere enn minst 3 måneder etter integreringsloven § 13 \(2021\)/);
    expect(e?.en).toMatch(/^is shorter than the minimum of 3 months under Integration Act § 13 \(2021\)/);
    // Exactly 3 months is allowed: 2023-01-02 + 3 months = 2023-04-02, less one day.
    expect(
      end({
        regime: 'integreringsloven',
        startDate: '2023-01-02',
        priorEducation: 'withoutUpperSecondary',
        endGoal: 'other',
        granted: { months: 3 },
      }).lastDay,
    ).toBe('2023-04-01');
  });
  it('an offer dated after the start is refused, naming the start date', () => {
    expect(firstIssue(() => end({ ...base, startOfferedOn: '2020-03-02' }))).toEqual({
      code: 'after_start',
      path: 'startOfferedOn',
      nb: 'kan ikke være etter startdatoen 2020-03-01',
      en: 'cannot be after the start date 2020-03-01',
    });
  });
});

describe('extensions', () => {
  it('an extension of days only still needs the case worker’s finding on the condition', () => {
    expect(firstIssue(() => end({ ...base, extension: { days: 10 } }))).toMatchObject({
      code: 'condition_not_met',
      path: 'extensionConditionMet',
    });
    expect(firstIssue(() => end({ ...base, extension: { months: 1, days: 1 } }))).toMatchObject({
      code: 'condition_not_met',
      path: 'extensionConditionMet',
    });
  });
  it('extension days add to the end: 24 months + 10 days from 2020-03-01 = 2022-03-11, less one day = 2022-03-10', () => {
    expect(end({ ...base, extension: { days: 10 }, extensionConditionMet: true })).toMatchObject({
      lastDay: '2022-03-10',
      plannedLastDay: '2022-03-10',
    });
  });
  it('with leave, the planned last day counts the extension but not the leave', () => {
    // planned: 2020-03-01 + 26 months = 2022-05-01; + 10 days = 2022-05-11; less one day = 2022-05-10.
    // with 6 months of leave: + 32 months = 2022-11-01; + 10 days = 2022-11-11; less one day = 2022-11-10.
    const r = end({ ...base, extension: { months: 2, days: 10 }, extensionConditionMet: true, leave: [{ kind: 'leave', months: 6 }] });
    expect(r).toMatchObject({ plannedLastDay: '2022-05-10', lastDay: '2022-11-10' });
  });
  it('an extension one day over 12 months is refused, naming the limit and its source in both languages', () => {
    expect(firstIssue(() => end({ ...base, extension: { months: 12, days: 1 }, extensionConditionMet: true }))).toEqual({
      code: 'exceeds_maximum',
      path: 'extension',
      nb: `er lengre enn høyst 12 måneders forlengelse etter introduksjonsloven § 5${COVID_HINT_NB}`,
      en: `exceeds the maximum extension of 12 months under the Introduction Act § 5${COVID_HINT_EN}`,
    });
  });
  it('no extension under the 2026 rules with upper-secondary education: the refusal cites the reform in both languages', () => {
    const e = firstIssue(() =>
      end({
        regime: 'integreringsloven',
        startDate: '2026-02-02',
        priorEducation: 'withUpperSecondary',
        granted: { months: 12 },
        extension: { months: 1 },
        extensionConditionMet: true,
      }),
    );
    expect(e).toEqual({
      code: 'extension_not_allowed',
      path: 'extension',
      nb: `forlengelse er ikke tillatt etter ${REFORM_13_NB}`,
      en: `no extension is allowed under ${REFORM_13_EN}`,
    });
  });
  it('an extension rule of "none" refuses an extension even where a number of months is set, and 0 months refuses one under any rule', () => {
    const t = defaultParameters.programme.introductionActDuration;
    const withValue = (value: Record<string, unknown>) =>
      withParameters({
        programme: {
          introductionActDuration: { ...t, values: t.values.map((v) => ({ ...v, value: { ...v.value, ...value } })) } as typeof t,
        },
      });
    const input = { ...base, extension: { months: 1 }, extensionConditionMet: true };
    expect(firstIssue(() => end(input, { parameters: withValue({ extension: 'none', extensionMonths: 12 }) }))).toMatchObject({
      code: 'extension_not_allowed',
      path: 'extension',
    });
    expect(firstIssue(() => end(input, { parameters: withValue({ extension: 'discretionary', extensionMonths: 0 }) }))).toMatchObject({
      code: 'extension_not_allowed',
      path: 'extension',
    });
  });
  it('the Introduction Act condition is named in Norwegian too when not asserted', () => {
    expect(firstIssue(() => end({ ...base, extension: { months: 6 } }))).toEqual({
      code: 'condition_not_met',
      path: 'extensionConditionMet',
      nb: 'må være true for å gi forlengelse: vilkåret etter introduksjonsloven § 5 er at forlengelsen gir deltakeren bedre mulighet for arbeid eller utdanning',
      en: "must be true to grant an extension: the condition under the Introduction Act § 5 is that the extension improves the participant's chance of work or education",
    });
  });
  it('from 2026, full upper-secondary as end goal: the condition is that the extension helps reach the end goal (§ 14)', () => {
    const vgo: ProgrammeEndDateInput = {
      regime: 'integreringsloven',
      startDate: '2026-02-02',
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'fullUpperSecondary',
      granted: { months: 48 },
      extension: { months: 12 },
    };
    expect(firstIssue(() => end(vgo))).toEqual({
      code: 'condition_not_met',
      path: 'extensionConditionMet',
      nb: `må være true for å gi forlengelse: vilkåret etter ${REFORM_14_NB} er at forlengelsen hjelper deltakeren å nå sluttmålet`,
      en: `must be true to grant an extension: the condition under ${REFORM_14_EN} is that the extension helps the participant reach the end goal`,
    });
    // Granted: 2026-02-02 + 60 months = 2031-02-02, less one day.
    const ok = { ...vgo, extensionConditionMet: true };
    expect(end(ok).lastDay).toBe('2031-02-01');
    expect(text(ok, 'nb')).toContain(
      'Forlengelse med 12 måneder og 0 dager; saksbehandler har lagt til grunn at vilkåret er oppfylt: forlengelsen hjelper deltakeren å nå sluttmålet',
    );
    expect(text(ok, 'en')).toContain(
      'Extension by 12 months and 0 days; the case worker has found the condition met: the extension helps the participant reach the end goal',
    );
  });
  it('2021 rules (discretionary): the condition is that the end goal can reasonably be reached within the extension', () => {
    const old: ProgrammeEndDateInput = {
      regime: 'integreringsloven',
      startDate: '2023-01-02',
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'other',
      granted: { months: 24 },
      extension: { months: 3 },
    };
    const e = firstIssue(() => end(old));
    expect(e?.nb).toMatch(/er at deltakeren kan med rimelighet forventes å nå sluttmålet innen forlengelsen$/);
    expect(e?.en).toMatch(/is that the participant can reasonably be expected to reach the end goal within the extension$/);
    expect(text({ ...old, extensionConditionMet: true }, 'en')).toContain(
      'the case worker has found the condition met: the participant can reasonably be expected to reach the end goal within the extension',
    );
  });
});

describe('the explanation of the end date, in both languages', () => {
  it('names the length rule first, then the end date without a leave remark when no leave moved it', () => {
    const nb = text(base, 'nb');
    expect(nb).toContain('Varighet etter introduksjonsloven, oppstart tilbudt 2020-03-01: høyst 24 måneder');
    expect(nb).toContain('Start 2020-03-01 + 24 måneder og 0 dager, minus én dag: siste programdag 2022-02-28 (introduksjonsloven § 5)');
    expect(text(base, 'en')).toContain(
      'Start 2020-03-01 + 24 months and 0 days, less one day: last programme day 2022-02-28 (the Introduction Act § 5)',
    );
  });
  it('the Introduction Act extension, as the case worker asserted it', () => {
    const i = { ...base, extension: { months: 12 }, extensionConditionMet: true };
    expect(text(i, 'nb')).toContain(
      'Forlengelse med 12 måneder og 0 dager; saksbehandler har lagt til grunn at vilkåret er oppfylt: forlengelsen gir deltakeren bedre mulighet for arbeid eller utdanning',
    );
  });
  it('leave that moves the end: the planned last day without leave is shown', () => {
    // 2020-03-01 + 30 months = 2022-09-01, less one day; without leave 2022-02-28.
    const i = { ...base, leave: [{ kind: 'leave' as const, months: 6 }] };
    expect(text(i, 'nb')).toContain(
      'Start 2020-03-01 + 30 måneder og 0 dager, minus én dag: siste programdag 2022-08-31 (uten permisjon: 2022-02-28) (',
    );
    expect(text(i, 'en')).toContain(
      'Start 2020-03-01 + 30 months and 0 days, less one day: last programme day 2022-08-31 (without leave: 2022-02-28) (',
    );
  });
  it('a permanent stop: the last day is the day before, and the stop is named', () => {
    const i = { ...base, leave: [{ kind: 'leave' as const, months: 6 }], permanentStopFrom: '2021-01-01' };
    expect(text(i, 'nb')).toContain('siste programdag 2020-12-31 (uten permisjon: 2022-02-28); varig stans fra 2021-01-01 (');
    expect(text(i, 'en')).toContain('last programme day 2020-12-31 (without leave: 2022-02-28); permanently stopped from 2021-01-01 (');
  });
  it('a stop after the last day changes nothing and is not mentioned', () => {
    const i = { ...base, permanentStopFrom: '2022-03-01' };
    expect(end(i)).toMatchObject({ lastDay: '2022-02-28', stopped: false });
    expect(text(i, 'nb')).toContain('siste programdag 2022-02-28 (introduksjonsloven § 5)');
    expect(text(i, 'nb')).not.toContain('stans');
    expect(text(i, 'en')).not.toContain('stopped');
  });
  it('the end-date step carries its rule id and the stop date', () => {
    const steps = programmeEndDate({ ...base, permanentStopFrom: '2021-01-01' }).explanation.steps;
    const last = steps[steps.length - 1]!;
    expect(last).toMatchObject({
      rule: 'programme.end-date',
      params: { start: '2020-03-01', planned: '2022-02-28', last: '2020-12-31', leaveMoved: false, stop: '2021-01-01' },
    });
    // A stop brings the end forward, but no leave moved it: no "without leave" remark.
    const line = (locale: 'nb' | 'en') => (last.message[locale] as (p: unknown) => string)(last.params);
    expect(line('en')).toBe(
      'Start 2020-03-01 + 24 months and 0 days, less one day: last programme day 2020-12-31; permanently stopped from 2021-01-01',
    );
    expect(line('nb')).toBe(
      'Start 2020-03-01 + 24 måneder og 0 dager, minus én dag: siste programdag 2020-12-31; varig stans fra 2021-01-01',
    );
    expect(steps.find((s) => s.rule === 'programme.extension')).toBeUndefined();
    const ext = programmeEndDate({ ...base, extension: { months: 1 }, extensionConditionMet: true }).explanation.steps;
    expect(ext.map((s) => s.rule)).toContain('programme.extension');
  });
  it('without an explanation asked for, no steps are computed', () => {
    const s = programmeScheduleSchema.parse({
      ...base,
      extension: { months: 1 },
      extensionConditionMet: true,
      permanentStopFrom: '2021-01-01',
    });
    expect(computeSchedule(s, resolveProgrammeOptions({ explain: false })).steps).toEqual([]);
  });
});

describe('a stop and leave at the last day', () => {
  it('a stop exactly on the last day ends the programme the day before', () => {
    // Last day 2022-02-28; stop from 2022-02-28 means the last day is 2022-02-27.
    expect(end({ ...base, permanentStopFrom: '2022-02-28' })).toMatchObject({ lastDay: '2022-02-27', stopped: true });
  });
  it('a stop on the start date is refused, naming the start date', () => {
    expect(firstIssue(() => end({ ...base, permanentStopFrom: '2020-03-01' }))).toEqual({
      code: 'before_start',
      path: 'permanentStopFrom',
      nb: 'må være etter startdatoen 2020-03-01',
      en: 'must be after the start date 2020-03-01',
    });
  });
  it('absence ending on the last day is accepted; one day later is refused, naming the last day', () => {
    // Absence does not move the end under the Introduction Act: last day stays 2022-02-28.
    expect(end({ ...base, leave: [{ kind: 'absence', from: '2022-02-20', to: '2022-02-28' }] }).lastDay).toBe('2022-02-28');
    expect(firstIssue(() => end({ ...base, leave: [{ kind: 'absence', from: '2022-02-20', to: '2022-03-01' }] }))).toEqual({
      code: 'after_end',
      path: 'leave.0.to',
      nb: 'er etter programmets siste dag (2022-02-28)',
      en: "is after the programme's last day (2022-02-28)",
    });
  });
});
