/**
 * The individual-decision threshold (`stipendDecisionRequired`). Tests written for mutants that survived
 * `npx stryker run --mutate 'src/stipend/…'`: each pins a piece of the rule no earlier test reached.
 * Expected figures are worked out by hand from the rule (IMDi on Integration Act § 21: an individual
 * decision is needed when a deduction is at least 50 % of the payment it is taken from AND at least 1/12 G).
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, renderExplanation, stipendDecisionRequired } from '../index.js';

describe('decision threshold: each of the two limits counts on its own, and each is inclusive', () => {
  it('at least 1/12 G but under half the payment: no decision (payment 30 000, half 15 000; G 2024 124 028 / 12 = 10 335.666…; 12 000 < 15 000)', () => {
    const r = stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '30000', deduction: '12000' }).value;
    expect(r.required).toBe(false);
    expect(r.shareOfPayment.toFixed(2)).toBe('15000.00'); // 30 000 / 2
    expect(r.shareOfG.toFixed(2)).toBe('10335.67'); // 124 028 / 12 = 10 335.666… → 10 335.67
  });
  it('exactly half and exactly 1/12 G: required (April 2024 still has G 2023 = 118 620; 118 620 / 12 = 9 885; payment 19 770 / 2 = 9 885)', () => {
    const r = stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-04', payment: '19770', deduction: '9885' }).value;
    expect(r.shareOfPayment.toFixed(2)).toBe('9885.00');
    expect(r.shareOfG.toFixed(2)).toBe('9885.00');
    expect(r.required).toBe(true);
  });
  it('one øre under either limit: not required (9 884.99 < 9 885)', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-04', payment: '19770', deduction: '9884.99' }).value.required,
    ).toBe(false);
  });
  it('exactly half, above 1/12 G: required (payment 24 000, half 12 000 ≥ 10 335.666…)', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }).value.required,
    ).toBe(true);
  });
  it('exactly 1/12 G, above half: required (payment 10 000, half 5 000; deduction 9 885 = 118 620 / 12)', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-04', payment: '10000', deduction: '9885' }).value.required,
    ).toBe(true);
  });
  it('as known on: May 2024 paid on 15 May used G 2023 (9 885 = 1/12 G → required); with G 2024 (10 335.666…) 9 885 is not enough', () => {
    expect(
      stipendDecisionRequired({
        regime: 'integreringsloven',
        month: '2024-05',
        payment: '19770',
        deduction: '9885',
        asKnownOn: '2024-05-15',
      }).value.required,
    ).toBe(true);
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-05', payment: '19770', deduction: '9885' }).value.required,
    ).toBe(false);
  });
});

describe('decision threshold: the explanation in both languages', () => {
  it('not required: says so, with the three amounts, the rule id and the threshold used', () => {
    const e = stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '30000', deduction: '12000' }).explanation;
    const [s] = explanationToJSON(e).steps;
    expect(s?.rule).toBe('stipend.decision-threshold');
    expect(s?.text.nb).toMatch(
      /^Trekket 12\s000,00 kr er ikke både minst 50 % av utbetalingen \(15\s000,00 kr\) og minst 1\/12 G \(10\s335,67 kr\): enkeltvedtak kreves ikke$/u,
    );
    expect(s?.text.en).toBe(
      'The deduction NOK 12,000.00 is not both at least 50 % of the payment (NOK 15,000.00) and at least 1/12 G (NOK 10,335.67): no individual decision is required',
    );
    // the step uses the threshold and G (for 1/12 G): both listed
    expect(s?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['stipendDecisionThresholdIntegrationAct', '1/2 / 1/12 G'],
      ['grunnbelop', '124028'],
    ]);
    expect(renderExplanation(e, 'en')).toContain(
      'Threshold for an individual decision on a deduction (Integration Act): 1/2 / 1/12 G from 2021-01-01',
    );
  });
  it('required: no "not"/"ikke", and the decision is named', () => {
    const [s] = explanationToJSON(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }).explanation,
    ).steps;
    expect(s?.text.nb).toMatch(/^Trekket 12\s000,00 kr er både minst 50 % .*: enkeltvedtak kreves$/u);
    expect(s?.text.en).toMatch(/^The deduction NOK 12,000.00 is both at least 50 % .*: an individual decision is required$/u);
  });
  it('no explanation when not asked for', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }, { explain: false })
        .explanation.steps,
    ).toEqual([]);
  });
});
