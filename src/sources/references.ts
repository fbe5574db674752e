/**
 * The Acts and regulations the library cites most, each named once: a builder per source that takes the
 * section (`references.integrationAct('§ 20')`), so every table and rule cites an Act the same way, with
 * its Lovdata date code and address.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';
import type { LocalizedText } from '../core/localized-text.js';

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
