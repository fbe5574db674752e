/**
 * The sources of IMDi's grant rates, in one place so every table cites them the same way, and the notes
 * every budget-proposal figure carries. The budget chapter moved over time (kap. 821 to 2016, 496 in
 * 2017–2018, 291 in 2019–2022, 671 from 2023), which is why each source names its own chapter.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';
import type { LocalizedText } from '../core/localized-text.js';

/** IMDi's page on settlement and municipal finances, the version with the 2017 rate table. */
export const IMDI_RATES_2017: LegalReference = {
  kind: 'agency',
  title: { nb: 'IMDi, Bosetting og kommuneøkonomi (satser 2017)', en: 'IMDi, Settlement and municipal finances (2017 rates)' },
  section: 'Prop. 1 S (2016–2017) kap. 496 post 60',
  url: 'https://www.imdi.no/planlegging-og-bosetting/kommunens-arbeid/bosetting-og-kommuneokonomi/',
};

/** IMDi's circular on the special grant for unaccompanied minors for 2016. */
export const IMDI_UNACCOMPANIED_MINORS_2016: LegalReference = {
  kind: 'circular',
  title: { nb: 'IMDi, rundskriv Tilskudd enslige mindreårige 2016', en: 'IMDi, circular on the unaccompanied-minor grant 2016' },
  section: 'kap. 821 post 61',
  url: 'https://www.imdi.no/tilskudd/tilskudd-2016/tilskudd-enslige-mindrearige/',
};

/** The ministry's press release on the 2017 budget proposal for unaccompanied minors (Prop. 1 S (2016–2017)). */
export const PROPOSAL_UNACCOMPANIED_MINORS_2017: LegalReference = {
  kind: 'budget',
  title: {
    nb: 'Prop. 1 S (2016–2017), forslag (BLD: «Foreslår fast tilskot ved busetting av einslege mindreårige flyktningar»)',
    en: 'Prop. 1 S (2016–2017), proposal (ministry press release on a fixed grant for unaccompanied minors)',
  },
  section: 'kap. 496 post 61',
  url: 'https://www.regjeringen.no/no/dokumentarkiv/regjeringen-solberg/aktuelt-regjeringen-solberg/bld/nyheter/2016/statsbudsjettet-2017-foreslar-fast-tilskot-ved-busetting-av-einslege-mindrearige-flyktningar/id2514483/',
};

/** The 2023 budget proposal's grant rates, as KS reported them (Prop. 1 S (2022–2023)). */
export const PROPOSAL_2023_VIA_KS: LegalReference = {
  kind: 'budget',
  title: {
    nb: 'Prop. 1 S (2022–2023), forslag, gjengitt av KS («Kan bli vanskelig å bosette flyktninger»)',
    en: 'Prop. 1 S (2022–2023), proposal, as reported by KS',
  },
  section: 'kap. 671',
  url: 'https://www.ks.no/fagomrader/okonomi/statsbudsjettet-2023/kan-bli-vanskelig-a-bosette-flyktninger/',
};

/** The 2019 budget proposal's disability-grant rates, as KS reported them (Prop. 1 S (2018–2019)). */
export const PROPOSAL_2019_VIA_KS: LegalReference = {
  kind: 'budget',
  title: {
    nb: 'Prop. 1 S (2018–2019), forslag, gjengitt av KS («Ingen overraskelser på integreringsfeltet»)',
    en: 'Prop. 1 S (2018–2019), proposal, as reported by KS',
  },
  section: 'kap. 291 post 60',
  url: 'https://www.ks.no/fagomrader/innvandring-og-integrering/integrering/--ingen-overraskelser-pa-integreringsfeltet/',
};

/** The government's budget site, 2009 proposal (St.prp. nr. 1 (2008–2009) kap. 651 post 60). */
export const PROPOSAL_2009: LegalReference = {
  kind: 'budget',
  title: {
    nb: 'Statsbudsjettet 2009 fra A til Å, «Integreringstilskudd» (forslag)',
    en: 'State budget 2009 A–Z, "Integration grant" (proposal)',
  },
  section: 'kap. 651 post 60',
  url: 'https://www.statsbudsjettet.no/Statsbudsjettet-2009/Statsbudsjettet-fra-A-til-A/Integreringstilskudd-/',
};

/** The government's budget site, 2010 proposal. */
export const PROPOSAL_2010: LegalReference = {
  kind: 'budget',
  title: {
    nb: 'Statsbudsjettet 2010 fra A til Å, «Integreringstilskudd – bosetting av flyktninger» (forslag)',
    en: 'State budget 2010 A–Z, "Integration grant – settlement of refugees" (proposal)',
  },
  section: 'kap. 651 post 60',
};

/** The ministry's 2017 rules for the disability / behavioural-problems grant. */
export const JD_DISABILITY_RULES_2017: LegalReference = {
  kind: 'circular',
  title: {
    nb: 'JD, Tilskuddsordning for bosetting av personer med nedsatt funksjonsevne og/eller atferdsvansker 2017',
    en: 'Ministry of Justice, rules of the grant for settling persons with disabilities and/or behavioural problems 2017',
  },
  section: 'Prop. 1 S (2016–2017) kap. 496 post 60',
  url: 'https://www.regjeringen.no/no/dep/jd/tilskudd/tilskudd-fra-jd-i-2017/tilskuddsordning-for-bosetting-av-personer-med-nedsatt-funksjonsevne-ogeller-atferdsvansker-2017/id2526582/',
};

/** IMDi's page on the integration grant (target group, the three-year rule, children born after settlement). */
export const IMDI_INTEGRATION_GRANT: LegalReference = {
  kind: 'agency',
  title: { nb: 'IMDi, Integreringstilskudd', en: 'IMDi, Integration grant' },
  url: 'https://www.imdi.no/tilskudd/integreringstilskudd/',
};

/** IMDi's page on the special grant for unaccompanied minors (paid to the year the person turns 20). */
export const IMDI_UNACCOMPANIED_MINORS: LegalReference = {
  kind: 'agency',
  title: {
    nb: 'IMDi, Tilskudd for enslige mindreårige flyktninger med flere',
    en: 'IMDi, Grant for unaccompanied minor refugees and others',
  },
  url: 'https://www.imdi.no/tilskudd/tilskudd-2021/tilskudd-for-enslige-mindrearige-flyktninger-med-flere/',
};

/** IMDi's page on the disability / behavioural-problems grant. */
export const IMDI_DISABILITY_GRANT: LegalReference = {
  kind: 'agency',
  title: {
    nb: 'IMDi, Tilskudd for bosetting av personer med nedsatt funksjonsevne eller atferdsvansker',
    en: 'IMDi, Grant for settling persons with disabilities or behavioural problems',
  },
  url: 'https://www.imdi.no/tilskudd/tilskudd-bosetting-personer-nedsatt-funksjonsevne-atferdsvansker/',
};

/** IMDi circular 01/13 on the integration grant for 2013 (age bands of the elderly and kindergarten grants). */
export const IMDI_CIRCULAR_01_13: LegalReference = {
  kind: 'circular',
  title: {
    nb: 'IMDi, rundskriv 01/13 Integreringstilskudd for år 1 og år 2–5 i 2013',
    en: 'IMDi, circular 01/13 on the integration grant for years 1 and 2–5 in 2013',
  },
  section: 'kap. 821 post 60',
};

/** The note every budget-proposal figure carries. @internal */
export function proposalNote(year: number, via?: string): LocalizedText {
  const nbVia = via === undefined ? '' : `, gjengitt av ${via}`;
  const enVia = via === undefined ? '' : `, as reported by ${via}`;
  return {
    nb: `Satsen er regjeringens forslag for ${year} (Prop. 1 S${nbVia}); Stortingets vedtak og IMDis rundskriv for ${year} er ikke kontrollert. Sjekk satsen i IMDis rundskriv for ${year} og oppgi egen tabell om den avviker.`,
    en: `The rate is the government's proposal for ${year} (Prop. 1 S${enVia}); the Storting's decision and IMDi's circular for ${year} were not checked. Check the rate in IMDi's circular for ${year} and supply your own table if it differs.`,
  };
}
