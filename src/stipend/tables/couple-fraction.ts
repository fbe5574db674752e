/**
 * The couples rule, Integration Act § 20 fourth paragraph (Prop. 101 L (2023–2024), adopted per
 * Innst. 431 L (2023–2024)): spouses or cohabitants who both take part in the programme and have no
 * children get 5/6 of the stipend each, multiplied with the age fraction (Prop. 101 L ch. 9.1: 2/3 × 5/6 =
 * 5/9). The Act enters into force "from the date the King decides"; the decree was not found, so the date
 * is an assumption. Before it the factor is 1 (no such rule). The Introduction Act has no couples rule.
 * @module
 */
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';
import { Rational } from '../../core/rational.js';

/**
 * The factor for a childless couple both in the programme (Integration Act only): 1 until the assumed
 * in-force date 1 July 2024, then 5/6.
 *
 * @example
 * ```ts
 * import { stipendCoupleFraction, valueOn } from 'integreringsregler';
 * valueOn(stipendCoupleFraction, '2024-06-30').value.toString(); // '1'
 * valueOn(stipendCoupleFraction, '2024-07-01').value.toString(); // '5/6'
 * ```
 */
export const stipendCoupleFraction = /* @__PURE__ */ defineParameter<Rational>({
  id: 'stipendCoupleFraction',
  name: { nb: 'Brøk for par uten barn som begge deltar', en: 'Fraction for a childless couple both participating' },
  unit: 'fraction',
  values: [
    {
      from: '2021-01-01',
      value: Rational.ONE,
      reference: references.integrationAct('§ 20'),
      basis: 'statute',
    },
    {
      from: '2024-07-01',
      value: Rational.of(5, 6),
      reference: {
        ...references.integrationAct('§ 20 fjerde ledd'),
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-101-l-20232024/id3037628/?ch=11',
      },
      basis: 'assumption',
      note: {
        nb: 'Brøken 5/6 står i lovvedtaket (Prop. 101 L (2023–2024), Innst. 431 L (2023–2024)); ikrafttredelsesdatoen er fastsatt ved kongelig resolusjon som vi ikke har funnet. 1. juli 2024 er en antagelse: kontroller datoen i Lovdata og overstyr parameteren.',
        en: 'The 5/6 fraction is in the adopted Act (Prop. 101 L (2023–2024), Innst. 431 L (2023–2024)); the in-force date was set by a royal decree we have not found. 1 July 2024 is an assumption: check the date in Lovdata and override the parameter.',
      },
    },
  ],
});
