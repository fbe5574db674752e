/**
 * Where a rule or a figure comes from, and how certain it is.
 * @module
 */
import type { Locale, LocalizedText } from './localized-text.js';

/** What kind of source a reference points to. */
export type SourceKind = 'act' | 'regulation' | 'circular' | 'budget' | 'guidance' | 'agency' | 'municipal' | 'other';

/**
 * How certain a value is (the same scale everywhere in the library):
 * - `statute`: read in the Act or regulation itself;
 * - `official`: stated by IMDi, the ministry (bill, circular, budget proposition), NAV or a county governor;
 * - `practice`: seen in municipal practice or derived by careful arithmetic from official figures;
 * - `assumption`: not confirmed anywhere; a documented default the caller can override.
 */
export type Basis = 'statute' | 'official' | 'practice' | 'assumption';

/** Every basis, from most to least certain. */
export const BASES: readonly Basis[] = ['statute', 'official', 'practice', 'assumption'];

/**
 * The least certain of the bases given: a step is only as certain as the weakest value it used (a figure
 * from the statute divided by a divisor known from practice is practice). With no basis given, `statute`.
 *
 * @example
 * ```ts
 * import { weakestBasis } from 'integreringsregler';
 * weakestBasis('official', 'practice'); // 'practice'
 * weakestBasis('statute', 'assumption', 'official'); // 'assumption'
 * weakestBasis('official'); // 'official'
 * ```
 */
export function weakestBasis(...bases: readonly Basis[]): Basis {
  let weakest = 0;
  for (const b of bases) weakest = Math.max(weakest, BASES.indexOf(b));
  return BASES[weakest] ?? 'assumption';
}

/** A legal or official source. */
export interface LegalReference {
  /** What kind of document. */
  readonly kind: SourceKind;
  /** Its short name in both languages, e.g. `{ nb: 'integreringsloven', en: 'the Integration Act' }`. */
  readonly title: LocalizedText;
  /** The section, paragraph or chapter, e.g. `§ 20 andre ledd` or `kap. 671 post 60`. */
  readonly section?: string;
  /** The official identifier, e.g. `LOV-2020-11-06-127`. */
  readonly id?: string;
  /** Where to read it. */
  readonly url?: string;
  /**
   * Further sources the same rule rests on, cited after this one — e.g. the regulation that fills in an
   * Act's section (`introduksjonsloven § 5; forskrift 18. juli 2003 nr. 973 …`).
   */
  readonly related?: readonly LegalReference[];
}

/**
 * A short citation for a decision letter, e.g. `integreringsloven § 20` or `the Integration Act § 20`;
 * related sources follow, separated by `; `.
 *
 * @example
 * ```ts
 * import { cite, references } from 'integreringsregler';
 * cite(references.integrationAct('§ 20'), 'nb'); // 'integreringsloven § 20'
 * cite(references.integrationAct('§ 20'), 'en'); // 'the Integration Act § 20'
 * cite({ ...references.introductionAct('§ 10'), related: [references.introductionActLeaveRegulation()] }, 'nb'); // 'introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven)'
 * ```
 */
export function cite(ref: LegalReference, locale: Locale): string {
  const own = ref.section === undefined ? ref.title[locale] : `${ref.title[locale]} ${ref.section}`;
  return ref.related === undefined || ref.related.length === 0 ? own : [own, ...ref.related.map((r) => cite(r, locale))].join('; ');
}

/** Labels for each basis, for rendered explanations. */
export const BASIS_LABELS: Readonly<Record<Basis, LocalizedText>> = {
  statute: { nb: 'lovtekst', en: 'statute' },
  official: { nb: 'offisiell kilde', en: 'official source' },
  practice: { nb: 'praksis', en: 'practice' },
  assumption: { nb: 'antagelse', en: 'assumption' },
};

function act(title: LocalizedText, id: string, url: string) {
  return (section?: string): LegalReference => ({ kind: 'act', title, id, url, ...(section === undefined ? {} : { section }) });
}

function regulation(title: LocalizedText, id: string, url: string) {
  return (section?: string): LegalReference => ({ kind: 'regulation', title, id, url, ...(section === undefined ? {} : { section }) });
}

/**
 * Builders for the references the library cites most, so every file names an Act the same way.
 *
 * @example
 * ```ts
 * import { references } from 'integreringsregler';
 * references.introductionAct('§ 9').id; // 'LOV-2003-07-04-80'
 * ```
 */
export const references = {
  /** Lov om integrering gjennom opplæring, utdanning og arbeid (integreringsloven), in force 2021-01-01. */
  integrationAct: act(
    { nb: 'integreringsloven', en: 'the Integration Act' },
    'LOV-2020-11-06-127',
    'https://lovdata.no/lov/2020-11-06-127',
  ),
  /** Lov om introduksjonsordning og norskopplæring for nyankomne innvandrere (introduksjonsloven), 2004–2020. */
  introductionAct: act(
    { nb: 'introduksjonsloven', en: 'the Introduction Act' },
    'LOV-2003-07-04-80',
    'https://lovdata.no/lov/2003-07-04-80',
  ),
  /**
   * Forskrift 18. juli 2003 nr. 973 om fravær og permisjon ved nyankomne innvandreres deltakelse i
   * introduksjonsordning (given under the Introduction Act § 10 first paragraph second sentence and § 20):
   * absence, self-certification and leave under the Introduction Act.
   */
  introductionActLeaveRegulation: regulation(
    {
      nb: 'forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven)',
      en: 'the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act)',
    },
    'FOR-2003-07-18-973',
    'https://lovdata.no/forskrift/2003-07-18-973',
  ),
  /** Forskrift til integreringsloven (integreringsforskriften). */
  integrationRegulation: regulation(
    { nb: 'integreringsforskriften', en: 'the Integration Regulation' },
    'FOR-2020-12-15-2912',
    'https://lovdata.no/forskrift/2020-12-15-2912',
  ),
  /** Lov om folketrygd (folketrygdloven): the basic amount G is set under § 1-4. */
  nationalInsuranceAct: act(
    { nb: 'folketrygdloven', en: 'the National Insurance Act' },
    'LOV-1997-02-28-19',
    'https://lovdata.no/lov/1997-02-28-19',
  ),
  /** Lov om utlendingers adgang til riket (utlendingsloven). */
  immigrationAct: act({ nb: 'utlendingsloven', en: 'the Immigration Act' }, 'LOV-2008-05-15-35', 'https://lovdata.no/lov/2008-05-15-35'),
} as const;
