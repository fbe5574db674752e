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
