/**
 * The explanation of the stipend's rates as a case worker reads it (integreringsloven § 20: 2 G a year,
 * the age/household fraction, the couples factor 5/6 from the assumed in-force date 1 July 2024; month
 * 1/12, day 1/30 of the month, hour 1/1850 of the year). Every figure is worked by hand:
 *   G from 1 May 2024 = 124 028 kr.
 *   Adult: yearly 2 × 124 028 = 248 056; month 248 056 / 12 = 20 671.333… → 20 671.33;
 *          day 248 056 / 360 = 689.0444…; hour 248 056 / 1850 = 134.0843… (1850 × 134 = 247 900, 156 / 1850 = 0.0843).
 *   Under 25, childless couple, July 2024: fraction 2/3 × 5/6 = 10/18 = 5/9; yearly 2 × 124 028 × 5/9 =
 *          1 240 280 / 9 = 137 808.888… → 137 808.89; month / 12 = 11 484.074… → 11 484.07;
 *          day 1 240 280 / 3 240 = 382.80247… → 382.8025; hour 1 240 280 / 16 650 = 74.49129… → 74.4913 (rates shown with 4 decimals)
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, renderExplanation, stipendRates } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const plain = (s: string | undefined): string => (s ?? '').replace(/[\u00a0\u2009\u202f]/gu, ' ');

describe('rates explanation: an adult in June 2024 (Integration Act)', () => {
  const adult = { regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' } as const;
  it('in bokmål: G, the fraction, the yearly amount, the month with the daily and hourly rates, and the values used', () => {
    expect(plain(renderExplanation(stipendRates(adult).explanation, 'nb'))).toBe(
      [
        '1. Grunnbeløpet (G) som gjaldt 1. dag i 2024-06: 124 028,00 kr (folketrygdloven § 1-4; NAV, grunnbeløpet i folketrygden)',
        '2. Brøk 1: full stønad (25 år eller eldre) (25-årsdag 2005-01-15) (integreringsloven § 20)',
        '3. Årlig stønad: 2 × 124028 × 1: 248 056,00 kr (integreringsloven § 20)',
        '4. Månedsbeløp: årlig stønad / 12 (dagsats = månedsbeløp / 30 = 689,0444 kr; timesats = årlig stønad / 1850 = 134,0843 kr): 20 671,33 kr (integreringsloven § 20; praksis)',
        'Verdier brukt:',
        '- Grunnbeløpet (G): 124 028 kr per år fra 2024-05-01 (folketrygdloven § 1-4; NAV, grunnbeløpet i folketrygden; offisiell kilde)',
        '- Introduksjonsstønadens nivå (integreringsloven): 2 G; <25: 2/3, <25 w/ parent: 1/3 fra 2021-01-01 (integreringsloven § 20; IMDi, Introduksjonsstønad; offisiell kilde)',
        '- Delingstall for måned, dag og time (integreringsloven): 1/12, 1/30, 1/1850 fra 2021-01-01 (integreringsloven §§ 20–21; praksis)',
      ].join('\n'),
    );
  });
  it('in English', () => {
    expect(plain(renderExplanation(stipendRates(adult).explanation, 'en'))).toBe(
      [
        '1. The basic amount (G) in force on the first day of 2024-06: NOK 124,028.00 (National Insurance Act § 1-4; NAV, the basic amount)',
        '2. Fraction 1: the full stipend (aged 25 or over) (25th birthday 2005-01-15) (the Integration Act § 20)',
        '3. Yearly stipend: 2 × 124028 × 1: NOK 248,056.00 (the Integration Act § 20)',
        '4. Monthly amount: yearly stipend / 12 (daily rate = month / 30 = NOK 689.0444; hourly rate = yearly / 1850 = NOK 134.0843): NOK 20,671.33 (the Integration Act § 20; practice)',
        'Values used:',
        '- The basic amount (G): 124,028 NOK a year from 2024-05-01 (National Insurance Act § 1-4; NAV, the basic amount; official source)',
        '- Stipend level (Integration Act): 2 G; <25: 2/3, <25 w/ parent: 1/3 from 2021-01-01 (the Integration Act § 20; IMDi, the introduction stipend; official source)',
        '- Month, day and hour divisors (Integration Act): 1/12, 1/30, 1/1850 from 2021-01-01 (the Integration Act §§ 20–21; practice)',
      ].join('\n'),
    );
  });
  it('the steps carry stable rule ids, and each step names the values it used', () => {
    const steps = explanationToJSON(stipendRates(adult).explanation).steps;
    expect(steps.map((s) => [s.rule, s.amount, s.used.map((u) => `${u.parameter}=${u.value}`)])).toEqual([
      ['stipend.basic-amount', '124028.00', ['grunnbelop=124028']],
      ['stipend.fraction', undefined, ['stipendFractionsIntegrationAct=2 G; <25: 2/3, <25 w/ parent: 1/3']],
      ['stipend.yearly-amount', '248056.00', []],
      ['stipend.month-amount', '20671.33', ['stipendDivisorsIntegrationAct=1/12, 1/30, 1/1850']],
    ]);
  });
});

describe('rates explanation: the couples factor', () => {
  it('under 25, childless couple, July 2024: the fraction line says 5/6 was applied (2/3 × 5/6 = 5/9), in both languages', () => {
    const e = stipendRates({
      regime: 'integreringsloven',
      month: '2024-07',
      birthDate: '2002-01-01',
      childlessCoupleBothParticipating: true,
    }).explanation;
    const steps = explanationToJSON(e).steps;
    expect(steps.map((s) => plain(s.text.nb))).toEqual([
      'Grunnbeløpet (G) som gjaldt 1. dag i 2024-07',
      'Brøk 5/9: stønad for deltaker under 25 år, ganget med 5/6 for par uten barn som begge deltar (25-årsdag 2027-01-01)',
      'Årlig stønad: 2 × 124028 × 5/9',
      'Månedsbeløp: årlig stønad / 12 (dagsats = månedsbeløp / 30 = 382,8025 kr; timesats = årlig stønad / 1850 = 74,4913 kr)',
    ]);
    expect(steps.map((s) => plain(s.text.en))).toEqual([
      'The basic amount (G) in force on the first day of 2024-07',
      'Fraction 5/9: the stipend for a participant under 25, times 5/6 for a childless couple both participating (25th birthday 2027-01-01)',
      'Yearly stipend: 2 × 124028 × 5/9',
      'Monthly amount: yearly stipend / 12 (daily rate = month / 30 = NOK 382.8025; hourly rate = yearly / 1850 = NOK 74.4913)',
    ]);
    expect(steps.map((s) => s.amount)).toEqual(['124028.00', undefined, '137808.89', '11484.07']);
    expect(steps[1]?.used.map((u) => `${u.parameter}=${u.value}@${u.from}`)).toEqual([
      'stipendFractionsIntegrationAct=2 G; <25: 2/3, <25 w/ parent: 1/3@2021-01-01',
      'stipendCoupleFraction=5/6@2024-07-01',
    ]);
    expect(plain(renderExplanation(e, 'nb'))).toContain(
      '- Brøk for par uten barn som begge deltar: 5/6 fra 2024-07-01 (integreringsloven § 20 fjerde ledd; antagelse)',
    );
    // The 5/6 factor's in-force date is an assumption, and every amount built on it is only as certain:
    // the fraction, the yearly amount and the month are labelled assumption (they were labelled official/practice).
    expect(steps.map((s) => [s.rule, s.basis])).toEqual([
      ['stipend.basic-amount', 'official'],
      ['stipend.fraction', 'assumption'],
      ['stipend.yearly-amount', 'assumption'],
      ['stipend.month-amount', 'assumption'],
    ]);
  });
  it('an adult under the Integration Act: fraction and yearly amount official; the month (by the practice divisors) practice', () => {
    const steps = explanationToJSON(
      stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' }).explanation,
    ).steps;
    expect(steps.map((s) => s.basis)).toEqual(['official', 'official', 'official', 'practice']);
    // Under the Introduction Act the divisors are official (§ 9): all four official.
    const intro = explanationToJSON(
      stipendRates({ regime: 'introduksjonsloven', month: '2024-06', birthDate: '1980-01-15' }).explanation,
    ).steps;
    expect(intro.map((s) => s.basis)).toEqual(['official', 'official', 'official', 'official']);
  });
  it('a couple in June 2024, before the factor applies (factor 1): no 5/6 in the text, but the factor 1 is listed as used', () => {
    // adult couple: 1 × 1 = 1, yearly 248 056, month 20 671.33 as for a single adult
    const e = stipendRates({
      regime: 'integreringsloven',
      month: '2024-06',
      birthDate: '1980-01-15',
      childlessCoupleBothParticipating: true,
    }).explanation;
    const fraction = explanationToJSON(e).steps[1];
    expect(fraction?.text).toEqual({
      nb: 'Brøk 1: full stønad (25 år eller eldre) (25-årsdag 2005-01-15)',
      en: 'Fraction 1: the full stipend (aged 25 or over) (25th birthday 2005-01-15)',
    });
    expect(fraction?.used.map((u) => `${u.parameter}=${u.value}@${u.from}`)).toEqual([
      'stipendFractionsIntegrationAct=2 G; <25: 2/3, <25 w/ parent: 1/3@2021-01-01',
      'stipendCoupleFraction=1@2021-01-01',
    ]);
  });
});

describe('rates: regime, timing override and the dates checked against the month', () => {
  it('Introduction Act has no couples rule: June 2025 couple stays full, 2 × 130 160 / 12 = 260 320 / 12 = 21 693.333… → 21 693.33', () => {
    const r = stipendRates({
      regime: 'introduksjonsloven',
      month: '2025-06',
      birthDate: '1980-01-15',
      childlessCoupleBothParticipating: true,
    }).value;
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
    const p = {
      regime: 'integreringsloven',
      birthDate: '2002-01-01',
      livesWithParent: false,
      householdChangedOn: '2024-05-10',
      fractionChangeTiming: 'sameMonth',
    } as const;
    expect(stipendRates({ ...p, month: '2024-05' }).value.monthly.toFixed(2)).toBe('13780.89');
  });
  it('born on the last day of the month is accepted (2/3 × 248 056 / 12 = 13 780.89); a day later is refused at birthDate', () => {
    expect(stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '2024-06-30' }).value.monthly.toFixed(2)).toBe(
      '13780.89',
    );
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
    expect(
      stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' }).explanation.steps.length,
    ).toBeGreaterThan(0);
    expect(
      stipendRates({ regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15' }, { explain: false }).explanation.steps,
    ).toEqual([]);
  });
});
