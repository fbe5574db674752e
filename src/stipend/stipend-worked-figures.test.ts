/**
 * Every worked figure in the stipend domain notes, with its arithmetic written out. Amounts are exact
 * fractions rounded half-up to øre at the end.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  NoParameterValueError,
  Rational,
  defaultParameters,
  references,
  stipendDecisionRequired,
  stipendForMonth,
  stipendRates,
  transitionalBenefitReduction,
  withParameters,
  withValues,
} from '../index.js';

const adult = '1980-01-15';
const under25 = '2001-01-15';
const base = { programme: { start: '2020-01-01' } } as const;

describe('the month amount: 2 G / 12 with the fraction (S1–S4)', () => {
  it('S1: Integration Act, May 2024, age 44: 2 × 124 028 / 12 = 248 056 / 12 = 20 671.333… → 20 671.33', () => {
    expect(stipendForMonth({ ...base, regime: 'integreringsloven', month: '2024-05', birthDate: adult }).value.payment.toFixed(2)).toBe(
      '20671.33',
    );
  });
  it('S2: under 25 living alone: 2/3 × 248 056 / 12 = 496 112 / 36 = 13 780.888… → 13 780.89', () => {
    const r = stipendForMonth({ ...base, regime: 'integreringsloven', month: '2024-05', birthDate: under25 }).value;
    expect(r.fraction).toBe('2/3');
    expect(r.payment.toFixed(2)).toBe('13780.89');
  });
  it('S3: under 25 living with a parent: 1/3 × 248 056 / 12 = 248 056 / 36 = 6 890.444… → 6 890.44', () => {
    const r = stipendForMonth({ ...base, regime: 'integreringsloven', month: '2024-05', birthDate: under25, livesWithParent: true }).value;
    expect(r.fraction).toBe('1/3');
    expect(r.payment.toFixed(2)).toBe('6890.44');
  });
  it('S4: April 2024 still uses G 2023: 2 × 118 620 / 12 = 237 240 / 12 = 19 770.00 (both Acts)', () => {
    for (const regime of ['integreringsloven', 'introduksjonsloven'] as const) {
      expect(stipendForMonth({ ...base, regime, month: '2024-04', birthDate: adult }).value.payment.toFixed(2)).toBe('19770.00');
    }
  });
  it('Introduction Act, under 25 living with a parent: no 1/3 rule, so 2/3 × 248 056 / 12 = 13 780.89', () => {
    const r = stipendForMonth({ ...base, regime: 'introduksjonsloven', month: '2024-05', birthDate: under25, livesWithParent: true }).value;
    expect(r.fraction).toBe('2/3');
    expect(r.payment.toFixed(2)).toBe('13780.89');
  });
});

describe('the couples rule, 5/6 multiplied with the age fraction', () => {
  it('June 2025, G 130 160, both 25+: 5/6 × 260 320 / 12 = 1 301 600 / 72 = 18 077.777… → 18 077.78', () => {
    const r = stipendForMonth({
      ...base,
      regime: 'integreringsloven',
      month: '2025-06',
      birthDate: adult,
      childlessCoupleBothParticipating: true,
    }).value;
    expect(r.fraction).toBe('5/6');
    expect(r.payment.toFixed(2)).toBe('18077.78');
  });
  it('with 2/3 as well (5/9): 5/9 × 260 320 / 12 = 1 301 600 / 108 = 12 051.851… → 12 051.85', () => {
    const r = stipendForMonth({
      ...base,
      regime: 'integreringsloven',
      month: '2025-06',
      birthDate: '2002-01-01',
      childlessCoupleBothParticipating: true,
    }).value;
    expect(r.fraction).toBe('5/9');
    expect(r.payment.toFixed(2)).toBe('12051.85');
  });
  it('not before the assumed in-force date (1 July 2024): June 2024 is still 20 671.33', () => {
    expect(
      stipendForMonth({
        ...base,
        regime: 'integreringsloven',
        month: '2024-06',
        birthDate: adult,
        childlessCoupleBothParticipating: true,
      }).value.payment.toFixed(2),
    ).toBe('20671.33');
  });
  it("Prop. 101 L's check figures with G 118 620: 19 770 − 5/6 × 19 770 = 19 770 / 6 = 3 295; under 25: 13 180 / 6 = 2 196.67", () => {
    const parameters = withParameters({
      stipend: {
        stipendCoupleFraction: withValues(defaultParameters.stipend.stipendCoupleFraction, [
          {
            from: '2024-01-01',
            value: Rational.of(5, 6),
            reference: references.integrationAct('§ 20'),
            basis: 'assumption',
            note: { nb: 'test', en: 'test' },
          },
        ]),
      },
    });
    const single = stipendRates({ regime: 'integreringsloven', month: '2024-04', birthDate: adult }).value.monthly;
    const couple = stipendRates(
      { regime: 'integreringsloven', month: '2024-04', birthDate: adult, childlessCoupleBothParticipating: true },
      { parameters },
    ).value.monthly;
    expect(single.minus(couple).toFixed(2)).toBe('3295.00');
    const young = stipendRates(
      { regime: 'integreringsloven', month: '2024-04', birthDate: '2001-01-01', childlessCoupleBothParticipating: true },
      { parameters },
    ).value.monthly;
    expect(young.toFixed(2)).toBe('10983.33'); // 13 180 × 5/6 = 10 983.333…
    expect(new Decimal('13180').minus(young).toFixed(2)).toBe('2196.67');
  });
});

describe('divisors: hour 1/1850 of the year, day 1/30 of the month (S5–S7)', () => {
  it('S5: Introduction Act, June 2024, 7.5 h: 7.5 × 248 056 / 1850 = 1 860 420 / 1850 = 1 005.632… → 1 005.63; paid 20 671.33 − 1 005.63 = 19 665.70', () => {
    const r = stipendForMonth({
      ...base,
      regime: 'introduksjonsloven',
      month: '2024-06',
      birthDate: adult,
      unexcusedAbsence: { hours: 7.5 },
    }).value;
    expect(r.deductions[0]?.applied.toFixed(2)).toBe('1005.63');
    expect(r.payment.toFixed(2)).toBe('19665.70');
  });
  it('S6: 2 days: 2 × (248 056 / 12) / 30 = 2 × 689.0444… = 1 378.088… → 1 378.09; paid 20 671.33 − 1 378.09 = 19 293.24', () => {
    const r = stipendForMonth({
      ...base,
      regime: 'introduksjonsloven',
      month: '2024-06',
      birthDate: adult,
      unexcusedAbsence: { days: 2 },
    }).value;
    expect(r.deductions[0]?.applied.toFixed(2)).toBe('1378.09');
    expect(r.payment.toFixed(2)).toBe('19293.24');
  });
  it('S7: Introduction Act, June 2023, age 22: yearly 2 × 118 620 × 2/3 = 158 160; month 13 180.00; 10 h × 158 160 / 1850 = 854.918… → 854.92; paid 12 325.08', () => {
    const r = stipendForMonth({
      ...base,
      regime: 'introduksjonsloven',
      month: '2023-06',
      birthDate: '2001-03-01',
      unexcusedAbsence: { hours: 10 },
    }).value;
    expect(r.gross.toFixed(2)).toBe('13180.00');
    expect(r.deductions[0]?.applied.toFixed(2)).toBe('854.92');
    expect(r.payment.toFixed(2)).toBe('12325.08');
  });
  it("the ministry's 2004 figures: 2 G = 117 556 → month 117 556 / 12 = 9 796.33, day 9 796.333… / 30 = 326.54", () => {
    const parameters = withParameters({
      basicAmount: {
        grunnbelop: withValues(defaultParameters.basicAmount.grunnbelop, [
          { from: '2004-05-01', value: new Decimal(58_778), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'official' },
        ]),
      },
    });
    const r = stipendRates({ regime: 'introduksjonsloven', month: '2004-09', birthDate: '1970-01-01' }, { parameters }).value;
    expect([r.monthly.toFixed(2), r.daily.toFixed(2)]).toEqual(['9796.33', '326.54']);
  });
  it('2019 (Prop. 89 L): G 99 858, 2 G = 199 716; 2/3 = 133 144', () => {
    expect(stipendRates({ regime: 'introduksjonsloven', month: '2019-06', birthDate: adult }).value.yearly.toFixed(2)).toBe('199716.00');
    expect(stipendRates({ regime: 'introduksjonsloven', month: '2019-06', birthDate: '2000-01-01' }).value.yearly.toFixed(2)).toBe(
      '133144.00',
    );
  });
  it('Integration Act 2023 (G 118 620): month 19 770, day 19 770 / 30 = 659, hour 237 240 / 1850 = 128.237… → 128.24', () => {
    const r = stipendRates({ regime: 'integreringsloven', month: '2023-06', birthDate: adult }).value;
    expect([r.monthly.toFixed(2), r.daily.toFixed(2), r.hourly.toFixed(2)]).toEqual(['19770.00', '659.00', '128.24']);
  });
});

describe('overgangsstønad (S8)', () => {
  it('200 000 a year, 2024: 0.40 × (200 000 − 124 028 / 2) = 0.40 × 137 986 = 55 194.40 a year; / 12 = 4 599.533… → 4 599.53', () => {
    const r = transitionalBenefitReduction({ regime: 'introduksjonsloven', month: '2024-06', transitionalBenefitPerYear: '200000' }).value;
    expect([r.yearly.toFixed(2), r.monthly.toFixed(2)]).toEqual(['55194.40', '4599.53']);
    const m = stipendForMonth({
      ...base,
      regime: 'introduksjonsloven',
      month: '2024-06',
      birthDate: adult,
      transitionalBenefitPerYear: '200000',
    }).value;
    expect(m.payment.toFixed(2)).toBe('16071.80'); // 20 671.33 − 4 599.53
  });
  it('at or below 0.5 G nothing is deducted: 62 014 → 0.40 × 0 = 0', () => {
    expect(
      transitionalBenefitReduction({
        regime: 'integreringsloven',
        month: '2024-06',
        transitionalBenefitPerYear: '62014',
      }).value.monthly.toFixed(2),
    ).toBe('0.00');
  });
});

describe('the individual-decision threshold (S9, S10)', () => {
  // 2024: G / 12 = 124 028 / 12 = 10 335.666…; half the full rate 20 671.33 / 2 = 10 335.665.
  it('S9: full rate, deduction 10 400 ≥ both → decision required', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '20671.33', deduction: '10400' }).value,
    ).toMatchObject({ required: true });
  });
  it('S10: full rate, deduction 9 000 below both → no decision', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '20671.33', deduction: '9000' }).value.required,
    ).toBe(false);
  });
  it('2/3 rate (13 780.89): 10 335.66 is above half (6 890.445) but below G/12 → no; 10 335.67 → yes', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '13780.89', deduction: '10335.66' }).value.required,
    ).toBe(false);
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '13780.89', deduction: '10335.67' }).value.required,
    ).toBe(true);
  });
  it('1/3 rate (6 890.44): even the whole payment is below G/12 → never', () => {
    expect(
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '6890.44', deduction: '6890.44' }).value.required,
    ).toBe(false);
  });
  it('the Introduction Act has its own value: § 21 second paragraph (e), as IMDi states it (official); the same 1/2 and 1/12 G', () => {
    // 2019, G 99 858: full month 2 × 99 858 / 12 = 16 643.00; G / 12 = 8 321.50; half the month 8 321.50.
    const at = (deduction: string) =>
      stipendDecisionRequired({ regime: 'introduksjonsloven', month: '2019-06', payment: '16643', deduction });
    expect(at('8321.50').value).toMatchObject({ required: true });
    expect(at('8321.49').value.required).toBe(false);
    const [s] = at('8321.50').explanation.steps;
    expect(s?.reference?.title.nb).toBe('introduksjonsloven § 21 andre ledd bokstav e; IMDi, Forvaltningens frie skjønn');
    expect(s?.basis).toBe('official');
    expect(s?.used[0]?.parameter).toBe('stipendDecisionThresholdIntroductionAct');
  });
  it('the Integration Act value starts with the Act, 1 January 2021: a 2019 month under it has no threshold', () => {
    expect(() =>
      stipendDecisionRequired({ regime: 'integreringsloven', month: '2019-06', payment: '16643', deduction: '8321.50' }),
    ).toThrow(NoParameterValueError);
  });
});
