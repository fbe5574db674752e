/**
 * How soon the municipality must act after settlement, or after the person asked for a programme:
 * - Introduction Act § 3 second paragraph: the programme is offered as soon as possible and at the latest
 *   within three months (IMDi, "Hvem kan delta i introduksjonsprogram");
 * - Integration Act 2021 – 19 June 2025 (§ 12 before the 2025 amendment): the programme starts at the
 *   latest within three months (IMDi, "Målgruppe for introduksjonsprogram etter integreringsloven",
 *   2021 and 2022 versions; the 2021 wording of § 12 itself was not read);
 * - Integration Act from 20 June 2025 (§ 12 second paragraph as amended by Lov 20. juni 2025 nr. 35, in
 *   force at once by FOR-2025-06-20-1102): the municipality decides on and starts the programme as soon as
 *   possible and at the latest within three months.
 * @module
 */
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';

/** What the municipality must have done by the deadline. */
export type StartDuty = 'offer' | 'start' | 'decideAndStart';

/** The start deadline: how many months, and what must be done within them. */
export interface StartDeadlineRule {
  /** Months after settlement (or the request) — the deadline is the same day number that many months later. */
  readonly months: number;
  readonly duty: StartDuty;
}

/**
 * Introduction Act § 3 second paragraph: the programme offered within three months.
 *
 * @example
 * ```ts
 * import { introductionActStartDeadline, valueOn } from 'integreringsregler';
 * valueOn(introductionActStartDeadline, '2019-06-01').value; // { months: 3, duty: 'offer' }
 * ```
 */
export const introductionActStartDeadline = /* @__PURE__ */ defineParameter<StartDeadlineRule>({
  id: 'introductionActStartDeadline',
  name: {
    nb: 'Frist for tilbud om introduksjonsprogram (introduksjonsloven), måneder',
    en: 'Deadline to offer the programme (Introduction Act), months',
  },
  unit: 'months',
  values: [
    {
      from: '2003-09-01',
      value: { months: 3, duty: 'offer' },
      reference: {
        ...references.introductionAct('§ 3 andre ledd'),
        url: 'https://www.imdi.no/introduksjonsprogram/regler-om-deltakelse-i-introduksjonsprogramet/hvem-kan-delta-i-introduksjonsprogram/',
      },
      basis: 'official',
    },
  ],
});

/**
 * Integration Act: the programme started within three months (2021, IMDi), and from 2025-06-20 decided
 * on and started within three months (§ 12 second paragraph as amended). Chapter 6A has no start rule of
 * its own in the library.
 *
 * @example
 * ```ts
 * import { integrationActStartDeadline, valueOn } from 'integreringsregler';
 * valueOn(integrationActStartDeadline, '2025-06-19').value.duty; // 'start'
 * valueOn(integrationActStartDeadline, '2025-06-20').value.duty; // 'decideAndStart'
 * ```
 */
export const integrationActStartDeadline = /* @__PURE__ */ defineParameter<StartDeadlineRule>({
  id: 'integrationActStartDeadline',
  name: {
    nb: 'Frist for vedtak og oppstart (integreringsloven § 12), måneder',
    en: 'Deadline to decide on and start the programme (Integration Act § 12), months',
  },
  unit: 'months',
  values: [
    {
      from: '2021-01-01',
      value: { months: 3, duty: 'start' },
      reference: {
        kind: 'agency',
        title: {
          nb: 'integreringsloven § 12 (2021); IMDi, målgruppe for introduksjonsprogram etter integreringsloven',
          en: 'Integration Act § 12 (2021); IMDi, target group of the programme under the Integration Act',
        },
        id: 'LOV-2020-11-06-127',
        url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/',
      },
      basis: 'official',
    },
    {
      from: '2025-06-20',
      value: { months: 3, duty: 'decideAndStart' },
      reference: {
        kind: 'act',
        title: {
          nb: 'integreringsloven § 12 andre ledd (lov 20. juni 2025 nr. 35)',
          en: 'Integration Act § 12 second paragraph (Act of 20 June 2025 no. 35)',
        },
        id: 'LOV-2025-06-20-35',
        url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
      },
      basis: 'statute',
    },
  ],
});
