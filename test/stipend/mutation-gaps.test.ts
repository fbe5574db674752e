/**
 * Tests written for mutants that survived `npx stryker run --mutate 'src/stipend/…'`: each pins a piece of
 * the rule no earlier test reached. Expected figures are worked out by hand from the rule (IMDi on
 * Integration Act § 21: an individual decision is needed when a deduction is at least 50 % of the payment
 * it is taken from AND at least 1/12 G).
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, isInputError, renderExplanation, stipendDecisionRequired, stipendForMonth, stipendRates, type InputError } from '../../src/index.js';

function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

const adult = { regime: 'integreringsloven', birthDate: '1980-01-15' } as const;

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
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-04', payment: '19770', deduction: '9884.99' }).value.required).toBe(false);
  });
  it('exactly half, above 1/12 G: required (payment 24 000, half 12 000 ≥ 10 335.666…)', () => {
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }).value.required).toBe(true);
  });
  it('exactly 1/12 G, above half: required (payment 10 000, half 5 000; deduction 9 885 = 118 620 / 12)', () => {
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-04', payment: '10000', deduction: '9885' }).value.required).toBe(true);
  });
  it('as known on: May 2024 paid on 15 May used G 2023 (9 885 = 1/12 G → required); with G 2024 (10 335.666…) 9 885 is not enough', () => {
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-05', payment: '19770', deduction: '9885', asKnownOn: '2024-05-15' }).value.required).toBe(true);
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-05', payment: '19770', deduction: '9885' }).value.required).toBe(false);
  });
});

describe('decision threshold: the explanation in both languages', () => {
  it('not required: says so, with the three amounts, the rule id and the threshold used', () => {
    const e = stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '30000', deduction: '12000' }).explanation;
    const [s] = explanationToJSON(e).steps;
    expect(s?.rule).toBe('stipend.decision-threshold');
    expect(s?.text.nb).toMatch(/^Trekket 12\s000,00 kr er ikke både minst 50 % av utbetalingen \(15\s000,00 kr\) og minst 1\/12 G \(10\s335,67 kr\): enkeltvedtak kreves ikke$/u);
    expect(s?.text.en).toBe('The deduction NOK 12,000.00 is not both at least 50 % of the payment (NOK 15,000.00) and at least 1/12 G (NOK 10,335.67): no individual decision is required');
    // the step uses the threshold and G (for 1/12 G): both listed
    expect(s?.used.map((u) => [u.parameter, u.value])).toEqual([['stipendDecisionThresholdIntegrationAct', '1/2 / 1/12 G'], ['grunnbelop', '124028']]);
    expect(renderExplanation(e, 'en')).toContain('Threshold for an individual decision on a deduction (Integration Act): 1/2 / 1/12 G from 2021-01-01');
  });
  it('required: no "not"/"ikke", and the decision is named', () => {
    const [s] = explanationToJSON(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }).explanation).steps;
    expect(s?.text.nb).toMatch(/^Trekket 12\s000,00 kr er både minst 50 % .*: enkeltvedtak kreves$/u);
    expect(s?.text.en).toMatch(/^The deduction NOK 12,000.00 is both at least 50 % .*: an individual decision is required$/u);
  });
  it('no explanation when not asked for', () => {
    expect(stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '24000', deduction: '12000' }, { explain: false }).explanation.steps).toEqual([]);
  });
});

describe('partial months at their edges (calendar days × month / 30)', () => {
  it('a programme starting on the last day of the month has one day: 1 × (248 056 / 12) / 30 = 689.0444… → 689.04', () => {
    const r = stipendForMonth({ ...adult, month: '2024-06', programme: { start: '2024-06-30' } }).value;
    expect(r.daysInProgramme).toBe(1);
    expect(r.payment.toFixed(2)).toBe('689.04');
  });
  it('an end before the start is refused at programme.end, in both languages', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...adult, month: '2024-06', programme: { start: '2024-06-10', end: '2024-06-09' } }));
    expect(e.issues[0]).toMatchObject({
      code: 'end_before_start',
      path: ['programme', 'end'],
      message: { nb: 'programmet slutter (2024-06-09) før det starter (2024-06-10)', en: 'the programme ends (2024-06-09) before it starts (2024-06-10)' },
    });
  });
  it('a month before the start is refused at month; with no end the period is open', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...adult, month: '2024-05', programme: { start: '2024-06-01' } }));
    expect(e.issues[0]).toMatchObject({
      code: 'month_outside_programme',
      path: ['month'],
      message: { nb: 'måneden 2024-05 er utenfor programperioden 2024-06-01–', en: 'the month 2024-05 is outside the programme period 2024-06-01–' },
    });
  });
  it('a month after the end names the end', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...adult, month: '2024-07', programme: { start: '2024-01-01', end: '2024-06-30' } }));
    expect(e.issues[0]?.message.en).toBe('the month 2024-07 is outside the programme period 2024-01-01–2024-06-30');
  });
});

describe('rates: regime, timing override and the dates checked against the month', () => {
  it('Introduction Act has no couples rule: June 2025 couple stays full, 2 × 130 160 / 12 = 260 320 / 12 = 21 693.333… → 21 693.33', () => {
    const r = stipendRates({ regime: 'introduksjonsloven', month: '2025-06', birthDate: '1980-01-15', childlessCoupleBothParticipating: true }).value;
    expect(r.fraction).toBe('1');
    expect(r.monthly.toFixed(2)).toBe('21693.33');
  });
  it('Introduction Act, under 25 with a parent: the explanation speaks of the under-25 stipend, not of living with a parent (no such rule)', () => {
    const e = stipendRates({ regime: 'introduksjonsloven', month: '2024-06', birthDate: '2002-01-01', livesWithParent: true }).explanation;
    const text = renderExplanation(e, 'en');
    expect(text).toContain('Fraction 2/3: the stipend for a participant under 25 (25th birthday 2027-01-01)');
    expect(text).not.toContain('living with a parent');
  });
  it('fractionChangeTiming sameMonth also moves the household change: moved out 10 May 2024 at 22, May already 2/3 = 496 112 / 36 = 13 780.888… → 13 780.89', () => {
    const p = { regime: 'integreringsloven', birthDate: '2002-01-01', livesWithParent: false, householdChangedOn: '2024-05-10', fractionChangeTiming: 'sameMonth' } as const;
    expect(stipendRates({ ...p, month: '2024-05' }).value.monthly.toFixed(2)).toBe('13780.89');
  });
  it('born on the last day of the month is accepted (2/3 × 248 056 / 12 = 13 780.89); a day later is refused at birthDate', () => {
    expect(stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '2024-06-30' }).value.monthly.toFixed(2)).toBe('13780.89');
    const e = inputErrorOf(() => stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '2024-07-01' }));
    expect(e.issues[0]).toMatchObject({
      code: 'birth_after_month',
      path: ['birthDate'],
      message: { nb: 'fødselsdatoen 2024-07-01 er etter måneden 2024-06', en: 'the birth date 2024-07-01 is after the month 2024-06' },
    });
  });
  it('a move on the last day of the month is accepted; a move after the month is refused at householdChangedOn', () => {
    // moved in with a parent on 30 June, aged 22: the change takes effect from July, so June is still 2/3
    const p = { regime: 'integreringsloven', month: '2024-06', birthDate: '2002-01-01', livesWithParent: true } as const;
    expect(stipendRates({ ...p, householdChangedOn: '2024-06-30' }).value.monthly.toFixed(2)).toBe('13780.89');
    const e = inputErrorOf(() => stipendRates({ ...p, householdChangedOn: '2024-07-01' }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: 'change_after_month',
      path: ['householdChangedOn'],
      message: { nb: 'flyttedatoen 2024-07-01 er etter måneden 2024-06', en: 'the moving date 2024-07-01 is after the month 2024-06' },
    });
  });
  it('the rates explain themselves when asked, and not otherwise', () => {
    expect(stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' }).explanation.steps.length).toBeGreaterThan(0);
    expect(stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' }, { explain: false }).explanation.steps).toEqual([]);
  });
});
