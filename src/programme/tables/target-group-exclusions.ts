/**
 * Who is left out of the right and duty to the programme although age, time in a municipality and
 * settlement fit (Integration Act § 8 as amended by Lov 20. juni 2025 nr. 35, in force 1 January 2026 by
 * FOR-2025-06-20-1102 for the fourth and fifth paragraphs):
 * - fourth paragraph: the first paragraph (the right and duty) does not apply to a person who is in
 *   work, or has been offered work, of at least 30 hours a week — unless the employment ends or the
 *   offer lapses within the deadline set in the first paragraph, third sentence;
 * - fifth paragraph: Nordic citizens and persons covered by the EEA Agreement are outside § 8 altogether.
 *   The Act as enacted in 2021 already left them out (Prop. 73 L (2022–2023) pkt. 3.1, describing the law
 *   in force; the 2025 Act rewrites "the fourth and a new fifth paragraph", so the rule moved, it did not
 *   start in 2026).
 * Neither exclusion is part of the Introduction Act's target group in the library (no source read).
 * @module
 */
import type { LegalReference } from '../../core/legal-reference.js';
import { defineParameter } from '../../core/parameters.js';

const AMENDED_8 = (nb: string, en: string): LegalReference => ({
  kind: 'act',
  title: { nb: `integreringsloven § 8 ${nb} (lov 20. juni 2025 nr. 35)`, en: `Integration Act § 8 ${en} (Act of 20 June 2025 no. 35)` },
  id: 'LOV-2025-06-20-35',
  url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
});

/** The work exclusion of § 8 fourth paragraph, first sentence. */
export interface WorkExclusion {
  /** Work (held or offered) of at least this many hours a week takes the person out of the right and duty. */
  readonly minimumHoursPerWeek: number;
}

/**
 * § 8 fourth paragraph: no right and duty for a person in work, or offered work, of at least 30 hours a
 * week. In force from 2026-01-01; a lookup before that finds no value (the exclusion did not exist).
 *
 * @example
 * ```ts
 * import { programmeWorkExclusion, valueOn } from 'integreringsregler';
 * valueOn(programmeWorkExclusion, '2026-01-01').value.minimumHoursPerWeek; // 30
 * ```
 */
export const programmeWorkExclusion = /* @__PURE__ */ defineParameter<WorkExclusion>({
  id: 'programmeWorkExclusion',
  name: {
    nb: 'Arbeid som utelukker rett og plikt, timer i uken (minst)',
    en: 'Work that rules out the right and duty, hours a week (at least)',
  },
  unit: 'hours/week',
  values: [
    { from: '2026-01-01', value: { minimumHoursPerWeek: 30 }, reference: AMENDED_8('fjerde ledd', 'fourth paragraph'), basis: 'statute' },
  ],
});

/** The deadline of § 8 fourth paragraph, second sentence, as the library reads it. */
export interface WorkExclusionDeadline {
  /**
   * The work must end (or the offer lapse) before this many months have passed since the person first
   * lived in a Norwegian municipality — the last day is the start plus these months, minus one day.
   */
  readonly monthsAfterMunicipality: number;
}

/**
 * The deadline within which the employment must end, or the offer lapse, for the right and duty to
 * apply after all: "the deadline set in the first paragraph, third sentence". The library reads it as
 * the two-year limit of the first paragraph (lived in a municipality for less than 2 years), as Prop. 81 L
 * (2024–2025) pkt. 4.1 ties the older chapter 6A job rule to "lived in the municipality for less than two
 * years, cf. § 8 first paragraph". An assumption: the consolidated text of § 8 first paragraph was not read.
 *
 * @example
 * ```ts
 * import { programmeWorkExclusionDeadline, valueOn } from 'integreringsregler';
 * valueOn(programmeWorkExclusionDeadline, '2026-01-01').value.monthsAfterMunicipality; // 24
 * ```
 */
export const programmeWorkExclusionDeadline = /* @__PURE__ */ defineParameter<WorkExclusionDeadline>({
  id: 'programmeWorkExclusionDeadline',
  name: {
    nb: 'Frist for at arbeidet opphører (§ 8 første ledd tredje punktum), måneder',
    en: 'Deadline for the work to end (§ 8 first paragraph, third sentence), months',
  },
  unit: 'months',
  values: [
    {
      from: '2026-01-01',
      value: { monthsAfterMunicipality: 24 },
      reference: {
        kind: 'act',
        title: {
          nb: 'integreringsloven § 8 fjerde ledd andre punktum og første ledd tredje punktum (lov 20. juni 2025 nr. 35); Prop. 81 L (2024–2025) pkt. 4.1',
          en: 'Integration Act § 8 fourth paragraph, second sentence, and first paragraph, third sentence (Act of 20 June 2025 no. 35); Prop. 81 L (2024–2025) s. 4.1',
        },
        id: 'LOV-2025-06-20-35',
        url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
      },
      basis: 'assumption',
      note: {
        nb: 'Fristen «satt i første ledd tredje punktum» er lest som toårsfristen i første ledd (bodd i en kommune i mindre enn to år), slik Prop. 81 L (2024–2025) pkt. 4.1 knytter jobbregelen for kollektiv beskyttelse til «bodd i kommunen mindre enn to år, jf. § 8 første ledd». Den konsoliderte teksten av § 8 første ledd er ikke lest. Kontroller den på Lovdata; leser kommunen fristen som tremånedersfristen for oppstart, sett 3.',
        en: 'The deadline "set in the first paragraph, third sentence" is read as the two-year limit of the first paragraph (lived in a municipality for less than two years), as Prop. 81 L (2024–2025) s. 4.1 ties the collective-protection job rule to "lived in the municipality for less than two years, cf. § 8 first paragraph". The consolidated text of § 8 first paragraph was not read. Check it on Lovdata; a municipality reading it as the three-month start deadline sets 3.',
      },
    },
  ],
});

/** The citizenship exclusion of § 8. */
export interface CitizenshipExclusion {
  /** Nordic citizens and persons covered by the EEA Agreement are outside § 8. */
  readonly excludesNordicAndEea: true;
  /** The paragraph (ledd) of § 8 that says so, where the library has read it (5 from 2026). */
  readonly paragraph?: number;
}

/**
 * Nordic citizens and persons covered by the EEA Agreement are outside § 8: under the Act as enacted in
 * 2021 (Prop. 73 L (2022–2023) pkt. 3.1, describing the law in force), and from 2026-01-01 in the new
 * fifth paragraph (LOV-2025-06-20-35).
 *
 * @example
 * ```ts
 * import { programmeNordicEeaExclusion, valueOn } from 'integreringsregler';
 * valueOn(programmeNordicEeaExclusion, '2026-01-01').value.paragraph; // 5
 * valueOn(programmeNordicEeaExclusion, '2025-12-31').basis; // 'official'
 * ```
 */
export const programmeNordicEeaExclusion = /* @__PURE__ */ defineParameter<CitizenshipExclusion>({
  id: 'programmeNordicEeaExclusion',
  name: { nb: 'Nordiske borgere og EØS-borgere utenfor § 8', en: 'Nordic and EEA citizens outside § 8' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: { excludesNordicAndEea: true },
      reference: {
        kind: 'guidance',
        title: {
          nb: 'integreringsloven § 8 (slik den lød 2021–2025); Prop. 73 L (2022–2023) pkt. 3.1',
          en: 'Integration Act § 8 (as worded 2021–2025); Prop. 73 L (2022–2023) s. 3.1',
        },
        id: 'LOV-2020-11-06-127',
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-73-l-20222023/id2968905/?ch=3',
      },
      basis: 'official',
    },
    {
      from: '2026-01-01',
      value: { excludesNordicAndEea: true, paragraph: 5 },
      reference: AMENDED_8('femte ledd', 'fifth paragraph'),
      basis: 'statute',
    },
  ],
});
