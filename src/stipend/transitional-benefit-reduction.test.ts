/**
 * The reduction for overgangsstønad (`transitionalBenefitReduction`): 40 % of the yearly benefit above ½ G,
 * a twelfth a month, with the G known on `asKnownOn`. The month's deduction line for it is specified with
 * `stipendForMonth` (stipend-for-month.test.ts). Figures by hand: G from 1 May 2024 is 124 028 kr (½ G =
 * 62 014); before, and as known on 15 May 2024, 118 620 (½ G = 59 310).
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, transitionalBenefitReduction } from '../index.js';

describe('overgangsstønad: G is the one known on asKnownOn', () => {
  it('May 2024 computed on 15 May 2024 uses G 2023 (118 620): 0.4 × (200 000 − 59 310) = 56 276 a year; / 12 = 4 689.666… → 4 689.67', () => {
    const r = transitionalBenefitReduction({
      regime: 'integreringsloven',
      month: '2024-05',
      transitionalBenefitPerYear: '200000',
      asKnownOn: '2024-05-15',
    }).value;
    expect(r.yearly.toFixed(2)).toBe('56276.00');
    expect(r.monthly.toFixed(2)).toBe('4689.67');
    // without asKnownOn, G 2024 (124 028): 0.4 × (200 000 − 62 014) = 55 194.40; / 12 = 4 599.53
    expect(
      transitionalBenefitReduction({
        regime: 'integreringsloven',
        month: '2024-05',
        transitionalBenefitPerYear: '200000',
      }).value.monthly.toFixed(2),
    ).toBe('4599.53');
  });
});

describe('overgangsstønad: the explanation', () => {
  it('transitionalBenefitReduction explains its one step with the rule and G used, and nothing when not asked', () => {
    const input = { regime: 'introduksjonsloven', month: '2024-06', transitionalBenefitPerYear: '200000' } as const;
    const e = explanationToJSON(transitionalBenefitReduction(input).explanation);
    expect(e.steps).toHaveLength(1);
    expect(e.steps[0]).toMatchObject({ rule: 'stipend.transitional-benefit', amount: '4599.53' });
    expect(e.steps[0]?.text.nb.replace(/[\u00a0\u202f]/gu, ' ')).toBe(
      'Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12',
    );
    expect(e.steps[0]?.text.en).toBe(
      'Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12',
    );
    expect(e.steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['transitionalBenefitRuleIntroductionAct', '2/5 × (OS − 1/2 G)'],
      ['grunnbelop', '124028'],
      ['stipendDivisorsIntroductionAct', '1/12, 1/30, 1/1850'],
    ]);
    // The rule is read in the amending Act (statute), but G and the 1/12 divisor are official: the step is
    // official, the weakest of the three (it was labelled statute).
    expect(e.steps[0]?.basis).toBe('official');
    expect(transitionalBenefitReduction(input, { explain: false }).explanation.steps).toEqual([]);
  });
});
