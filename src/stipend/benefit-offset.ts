/**
 * Offsets against other public benefits (Introduction Act § 12 from 2017, Integration Act § 22): the
 * stipend is reduced "to the extent" the participant has a right to unemployment, sickness or parental
 * benefit earned before the programme started, and for disability benefit and work assessment allowance
 * received. The library deducts the benefit for the same month krone for krone (an assumption on period
 * alignment, see docs/open-questions.md). Child benefit and cash-for-care are never deducted: when given,
 * they are listed as not deducted, with a note, rather than refused — the amount is right either way, and
 * the note tells the participant why.
 * @module
 */
import type { Money } from '../core/money.js';
import { moneyToRational } from '../core/money.js';
import type { StipendSlices } from './options.js';
import { leadMessage, type BenefitKind, type PendingDeduction } from './deduction-line.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showMoney } from './show.js';

/** The offset benefits, in the order they are deducted. */
export const OFFSET_BENEFITS: readonly BenefitKind[] = [
  'unemploymentBenefit',
  'sicknessBenefit',
  'parentalBenefit',
  'disabilityBenefit',
  'workAssessmentAllowance',
];

/** Benefits that are never deducted. */
export type NotDeductedBenefit = 'childBenefit' | 'cashForCare';

/** Names of the benefits for explanations. */
export const BENEFIT_NAMES: Readonly<Record<BenefitKind | NotDeductedBenefit, { nb: string; en: string }>> = {
  unemploymentBenefit: { nb: 'dagpenger', en: 'unemployment benefit' },
  sicknessBenefit: { nb: 'sykepenger', en: 'sickness benefit' },
  parentalBenefit: { nb: 'foreldrepenger', en: 'parental benefit' },
  disabilityBenefit: { nb: 'uføretrygd', en: 'disability benefit' },
  workAssessmentAllowance: { nb: 'arbeidsavklaringspenger', en: 'work assessment allowance' },
  childBenefit: { nb: 'barnetrygd', en: 'child benefit' },
  cashForCare: { nb: 'kontantstøtte', en: 'cash-for-care benefit' },
};

const OFFSET = /* @__PURE__ */ leadMessage(
  'Samordning med annen offentlig ytelse samme måned',
  'Offset against another public benefit for the same month',
);

type Benefits = { readonly [K in BenefitKind | NotDeductedBenefit]?: Money | undefined };

/** The offsets for the benefits given. @internal */
export function benefitDeductions(
  benefits: Benefits | undefined,
  regime: StipendRegime,
  parameters: StipendSlices,
  explain: boolean,
): PendingDeduction[] {
  if (benefits === undefined) return [];
  const rp = explain ? regimeParameters(parameters, regime) : undefined;
  const out: PendingDeduction[] = [];
  for (const kind of OFFSET_BENEFITS) {
    const amount = benefits[kind];
    if (amount === undefined || amount.isZero()) continue;
    const name = BENEFIT_NAMES[kind];
    out.push({
      kind,
      exact: moneyToRational(amount),
      info: rp && {
        rule: `stipend.benefit-offset.${kind}`,
        message: OFFSET,
        params: {
          detail: {
            nb: `${name.nb} ${showMoney(amount, 'nb')}, krone for krone`,
            en: `${name.en} ${showMoney(amount, 'en')}, krone for krone`,
          },
        },
        reference: rp.act(rp.sections.offsets),
        basis: 'assumption',
        used: [],
      },
    });
  }
  return out;
}

/** The benefits given that are never deducted. @internal */
export function notDeducted(benefits: Benefits | undefined): NotDeductedBenefit[] {
  if (benefits === undefined) return [];
  return (['childBenefit', 'cashForCare'] as const).filter((k) => benefits[k] !== undefined);
}
