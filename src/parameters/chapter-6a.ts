/**
 * The temporary rules for persons with collective protection (utlendingsloven § 34, displaced persons
 * from Ukraine): Integration Act chapter 6A, in force from 15 June 2022, for permits granted from
 * 11 March 2022, and set to lapse on 1 July 2026 (last day in force 30 June 2026; integreringsforskriften
 * § 43h is repealed the same day). A further extension is a new dated value.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';
import type { IsoDate } from '../core/date.js';
import { defineParameter } from '../core/parameters.js';

/** What chapter 6A covers while it is in force. */
export interface Chapter6A {
  /** The first permit date covered (§ 34 permits granted on or after this date). */
  readonly permitsGrantedFrom: IsoDate;
}

const SIX_A: LegalReference = {
  kind: 'guidance',
  title: { nb: 'integreringsloven kap. 6A; IMDi, veileder til integreringsloven kap. 8; Prop. 81 L (2024–2025) pkt. 11.1', en: 'Integration Act ch. 6A; IMDi guide to the Integration Act ch. 8; Prop. 81 L (2024–2025) s. 11.1' },
  url: 'https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/',
};

/**
 * Chapter 6A while in force (a lookup outside 2022-06-15 … 2026-06-30 finds no value).
 *
 * @example
 * ```ts
 * import { chapter6A, valueOn } from 'integreringsregler';
 * valueOn(chapter6A, '2026-06-30').value.permitsGrantedFrom; // '2022-03-11'
 * ```
 */
export const chapter6A = defineParameter<Chapter6A>({
  id: 'chapter6A',
  name: { nb: 'Integreringsloven kapittel 6A (kollektiv beskyttelse)', en: 'Integration Act chapter 6A (collective protection)' },
  unit: 'rule',
  values: [{ from: '2022-06-15', to: '2026-06-30', value: { permitsGrantedFrom: '2022-03-11' }, reference: SIX_A, basis: 'official' }],
});
