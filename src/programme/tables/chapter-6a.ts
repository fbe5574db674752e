/**
 * The temporary rules for persons with collective protection (utlendingsloven § 34, displaced persons
 * from Ukraine): Integration Act chapter 6A, in force from 15 June 2022, for permits granted from
 * 11 March 2022, and set to lapse on 1 July 2026 (last day in force 30 June 2026; integreringsforskriften
 * § 43h, set by FOR-2025-09-17-1909, is repealed the same day).
 *
 * After the lapse the ordinary Integration Act governs § 34 holders: § 9 lists the § 34 permit among
 * those giving the right and duty to a programme, and the lengths are the ordinary §§ 13–14 (from
 * 1 January 2026 § 37 c, rewritten by LOV-2025-06-20-35, sets none of its own). No act extending chapter
 * 6A beyond 30 June 2026 was found in Norsk Lovtidend up to 27 October 2025, so the lapse is shipped as a
 * dated value with basis `assumption`; an extension is a new dated value (replace the lapse with an
 * in-force value with a later `to`).
 * @module
 */
import type { LegalReference } from '../../core/legal-reference.js';
import type { IsoDate } from '../../core/date.js';
import { defineParameter } from '../../core/parameters.js';

/** What chapter 6A covers in a period. */
export interface Chapter6A {
  /** The first permit date covered (§ 34 permits granted on or after this date). */
  readonly permitsGrantedFrom: IsoDate;
  /**
   * True for the period after chapter 6A lapsed: § 34 holders are under the ordinary rules. Absent (or
   * false) while chapter 6A is in force.
   */
  readonly lapsed?: boolean;
}

const SIX_A: LegalReference = {
  kind: 'guidance',
  title: {
    nb: 'integreringsloven kap. 6A; IMDi, veileder til integreringsloven kap. 8; Prop. 81 L (2024–2025) pkt. 11.1',
    en: 'Integration Act ch. 6A; IMDi guide to the Integration Act ch. 8; Prop. 81 L (2024–2025) s. 11.1',
  },
  url: 'https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/',
};

const LAPSED: LegalReference = {
  kind: 'guidance',
  title: {
    nb: 'integreringsloven kap. 6A (gjelder til 1. juli 2026) og §§ 8–9; integreringsforskriften § 43h, opphevet 1. juli 2026 (FOR-2025-09-17-1909 del II)',
    en: 'Integration Act ch. 6A (in force until 1 July 2026) and §§ 8–9; Integration Regulation § 43h, repealed 1 July 2026 (FOR-2025-09-17-1909 part II)',
  },
  url: 'https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/8.-midlertidige-regler-for-personer-som-har-fatt-oppholdstillatelse-etter-utlendingsloven--34',
};

/** The last day chapter 6A is in force as the library knows the law (it lapses on 1 July 2026). */
const LAST_DAY_IN_FORCE: IsoDate = '2026-06-30';

/**
 * Chapter 6A: in force 2022-06-15 … 2026-06-30, lapsed from 2026-07-01 (a lookup before 2022-06-15 finds
 * no value).
 *
 * @example
 * ```ts
 * import { chapter6A, valueOn } from 'integreringsregler';
 * valueOn(chapter6A, '2026-06-30').value.permitsGrantedFrom; // '2022-03-11'
 * valueOn(chapter6A, '2026-07-01').value.lapsed; // true
 * ```
 */
export const chapter6A = /* @__PURE__ */ defineParameter<Chapter6A>({
  id: 'chapter6A',
  name: { nb: 'Integreringsloven kapittel 6A (kollektiv beskyttelse)', en: 'Integration Act chapter 6A (collective protection)' },
  unit: 'rule',
  values: [
    { from: '2022-06-15', to: LAST_DAY_IN_FORCE, value: { permitsGrantedFrom: '2022-03-11' }, reference: SIX_A, basis: 'official' },
    {
      from: '2026-07-01',
      value: { permitsGrantedFrom: '2022-03-11', lapsed: true },
      reference: LAPSED,
      basis: 'assumption',
      note: {
        nb: 'Kapittel 6A gjelder til 1. juli 2026 (sist videreført etter Prop. 72 L (2023–2024)). Ingen lov som forlenger kapitlet etter 30. juni 2026 er funnet i Norsk Lovtidend til og med 27. oktober 2025. Biblioteket lar derfor de alminnelige reglene gjelde for personer med tillatelse etter utlendingsloven § 34 fra 1. juli 2026: rett og plikt etter §§ 8–9 og varighet etter §§ 13–14. Kontroller Lovtidend for en forlengelse; er kapitlet forlenget, erstatt denne verdien med en verdi for perioden det gjelder.',
        en: 'Chapter 6A is in force until 1 July 2026 (last extended after Prop. 72 L (2023–2024)). No act extending it beyond 30 June 2026 was found in Norsk Lovtidend up to 27 October 2025. The library therefore applies the ordinary rules to holders of a permit under Immigration Act § 34 from 1 July 2026: the right and duty under §§ 8–9 and the lengths under §§ 13–14. Check Lovtidend for an extension; if chapter 6A was extended, replace this value with one for the period it applies.',
      },
    },
  ],
});
