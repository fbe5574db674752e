/**
 * The sources the caseload rules cite: the two Acts that make a day a public holiday, and the municipal
 * plan that states the adviser norm and the follow-up cadence.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';

/** Lov 24. februar 1995 nr. 12 om helligdager og helligdagsfred § 2 (a)–(k): the holidays. */
export const HOLIDAYS_ACT: LegalReference = {
  kind: 'act',
  title: { nb: 'lov om helligdager og helligdagsfred', en: 'the Public Holidays Act' },
  section: '§ 2',
  id: 'LOV-1995-02-24-12',
  url: 'https://lovdata.no/lov/1995-02-24-12',
};

/** Lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager § 1: 1 and 17 May rank with Sundays. */
export const MAY_DAYS_ACT: LegalReference = {
  kind: 'act',
  title: { nb: 'lov om 1. og 17. mai som høgtidsdager', en: 'the Act on 1 and 17 May as public holidays' },
  section: '§ 1',
  id: 'LOV-1947-04-26-1',
  url: 'https://lovdata.no/lov/1947-04-26-1',
};

/**
 * Grong kommune's organisation plan for its refugee service (2017), which cites IMDi's recommendation of
 * 20 participants per full-time programme adviser and sets the follow-up cadence. No IMDi page stating
 * the ratio has been found (see docs/open-questions.md).
 */
export const GRONG_PLAN: LegalReference = {
  kind: 'municipal',
  title: {
    nb: 'Grong kommune, organisasjonsplan for flyktningtjenesten (2017), som viser til IMDis anbefaling',
    en: "Grong municipality, organisation plan for the refugee service (2017), citing IMDi's recommendation",
  },
  id: 'Grong kommune, organisasjonsplan 2017',
};

/** The library's own planning rule (no legal source): how talks are placed on working days. */
export const LIBRARY_SCHEDULING_RULE: LegalReference = {
  kind: 'other',
  title: { nb: 'integreringsregler, planleggingsregel for samtaler', en: 'integreringsregler, talk scheduling rule' },
  id: 'docs/open-questions.md#caseload',
};
