/**
 * Grunnbeløpet (G), the National Insurance basic amount: the yardstick of the introduction stipend (2 G a
 * year) and of several thresholds. Set once a year after the wage settlement and applied from 1 May
 * (folketrygdloven § 1-4); because the decision comes after 1 May, each value carries `knownFrom`, the
 * date NAV's payment systems started using it, so a computation "as known on" an earlier date uses the
 * previous G (and the difference is back-pay).
 *
 * Values: NAV's published table of G (nav.no/grunnbelopet), cross-checked with NAV's own open-source rate
 * tables (navikt/dp-grunnbelop, navikt/familie-ef-sak) and, for 2019, Prop. 89 L (2019–2020). `knownFrom`
 * is the date NAV's systems started applying the new G (navikt/dp-grunnbelop, 2015–2024) or the date the
 * yearly settlement concluded (2025: 22 May; 2026: about 20 May) — a close, documented stand-in for the
 * formal decision date.
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter, type DatedValue } from '../../core/parameters.js';
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';

/** The rate is decided under folketrygdloven § 1-4; NAV's table of the basic amount gives the figures. */
const NAV_G: LegalReference = {
  ...references.nationalInsuranceAct('§ 1-4'),
  title: { nb: 'folketrygdloven', en: 'National Insurance Act' },
  url: 'https://www.nav.no/grunnbelopet',
  related: [
    {
      kind: 'agency',
      title: { nb: 'NAV, grunnbeløpet i folketrygden', en: 'NAV, the basic amount' },
      url: 'https://www.nav.no/grunnbelopet',
    },
  ],
};

function g(from: string, amount: number, knownFrom?: string): DatedValue<Decimal> {
  return {
    from,
    value: new Decimal(amount),
    reference: NAV_G,
    basis: 'official',
    ...(knownFrom === undefined ? {} : { knownFrom }),
  };
}

/**
 * The basic amount G in kroner a year, 2015–2026, each from 1 May. A later G (2027 onward) can be added
 * by the caller with {@link withValues} until the library ships it.
 *
 * @example
 * ```ts
 * import { grunnbelop, valueOn } from 'integreringsregler';
 * valueOn(grunnbelop, '2025-05-01').value.toString(); // '130160'
 * ```
 */
export const grunnbelop = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'grunnbelop',
  name: { nb: 'Grunnbeløpet (G)', en: 'The basic amount (G)' },
  unit: 'NOK/year',
  values: [
    g('2015-05-01', 90_068, '2015-05-31'),
    g('2016-05-01', 92_576, '2016-05-29'),
    g('2017-05-01', 93_634, '2017-05-28'),
    g('2018-05-01', 96_883, '2018-06-03'),
    g('2019-05-01', 99_858, '2019-05-26'),
    g('2020-05-01', 101_351, '2020-09-19'),
    g('2021-05-01', 106_399, '2021-05-23'),
    g('2022-05-01', 111_477, '2022-05-21'),
    g('2023-05-01', 118_620, '2023-05-27'),
    g('2024-05-01', 124_028, '2024-06-01'),
    g('2025-05-01', 130_160, '2025-05-22'),
    {
      ...g('2026-05-01', 136_549, '2026-05-20'),
      note: {
        nb: 'Bekreftet i NAVs egen kildekode (tester i navikt/familie-ef-personhendelse, mai 2026); ingen nav.no-side funnet i kildene våre. Kunngjøringsdatoen er anslått.',
        en: "Confirmed in NAV's own source code (tests in navikt/familie-ef-personhendelse, May 2026); no nav.no page found in our sources. The announcement date is approximate.",
      },
    },
  ],
});
