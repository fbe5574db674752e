/**
 * Edges of the FTE rule (participants ÷ norm, 20 by default: IMDi's recommendation as cited in the Grong
 * organisation plan 2017) and of the staffing check: the norm's own limits, rounding up, the status of a
 * staffing, and the sentences a case worker reads in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal, Rational, adviserFteNeeded, caseloadNorm, checkAdviserStaffing, explanationToJSON, fteDecimal, references, renderExplanation, showDecimal, withParameters, withValues,
} from '../../src/index.js';
import { refusal } from './refusal.js';

const on = '2024-01-01';
const withNorm = (value: number) =>
  withParameters({ caseload: { caseloadNorm: withValues(caseloadNorm, [{ from: '2017-01-01', value, reference: references.integrationAct(), basis: 'assumption', note: { nb: 'egen norm', en: 'own norm' } }]) } });
const texts = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('the norm must be a positive whole number', () => {
  it('a norm of exactly 1 is allowed: 3 participants / 1 = 3 FTE, exact', () => {
    const r = adviserFteNeeded({ date: on, participants: 3 }, { parameters: withNorm(1) }).value;
    expect(r.norm).toBe(1);
    expect(r.fteNeeded.toString()).toBe('3');
    expect(r.exact).toBe(true);
  });
  it('a norm of 0 is refused with code, path and both messages', () => {
    const e = refusal(() => adviserFteNeeded({ date: on, participants: 1 }, { parameters: withNorm(0) }));
    expect(e.issues).toEqual([{
      code: 'invalid_parameter', path: ['parameters', 'caseloadNorm'],
      message: { nb: 'Normen for deltakere per årsverk må være et positivt heltall, ikke 0', en: 'The norm of participants per FTE must be a positive whole number, not 0' },
    }]);
  });
  it('a norm of 2.5 is refused too (not whole)', () => {
    const e = refusal(() => checkAdviserStaffing({ date: on, participants: 1, positions: [50] }, { parameters: withNorm(2.5) }));
    expect(e.issues[0]?.message).toEqual({ nb: 'Normen for deltakere per årsverk må være et positivt heltall, ikke 2.5', en: 'The norm of participants per FTE must be a positive whole number, not 2.5' });
  });
});

describe('FTE figures: rounding up and how they are written', () => {
  it('rounds up, never down, also for a negative fraction: −1/3 = −0.3333… → −0.3333 (toward more FTE)', () => {
    const r = fteDecimal(Rational.of(-1, 3));
    expect(r.value.toString()).toBe('-0.3333');
    expect(r.exact).toBe(false);
  });
  it('1/3 = 0.3333… rounds up to 0.3334', () => {
    expect(fteDecimal(Rational.of(1, 3)).value.toString()).toBe('0.3334');
  });
  it('writes a decimal comma and a real minus sign in bokmål, a point in English', () => {
    expect(showDecimal(new Decimal('-1.5'), 'nb')).toBe('−1,5');
    expect(showDecimal(new Decimal('-1.5'), 'en')).toBe('-1.5');
    expect(showDecimal(new Decimal('1.15'), 'en')).toBe('1.15');
  });
});

describe('the FTE explanation a case worker reads', () => {
  it('22 participants on 1 January 2024: norm 20, 22 / 20 = 1.1 FTE, in both languages', () => {
    const r = adviserFteNeeded({ date: on, participants: 22 });
    expect(texts(r.explanation)).toEqual([
      ['caseload.norm', 'Normen 2024-01-01 er 20 deltakere per årsverk programrådgiver', 'The norm on 2024-01-01 is 20 participants per full-time programme adviser'],
      ['caseload.fte-needed', '22 deltakere / 20 per årsverk = 1,1 årsverk', '22 participants / 20 per FTE = 1.1 FTE'],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('Verdier brukt:\n- Deltakere per årsverk programrådgiver: 20 fra 2017-01-01');
  });
  it('a norm of 15: 1 / 15 = 0.0666… → 0.0667 FTE, and the text says it was rounded up', () => {
    const r = adviserFteNeeded({ date: on, participants: 1 }, { parameters: withNorm(15) });
    expect(texts(r.explanation)[1]).toEqual(['caseload.fte-needed', '1 deltakere / 15 per årsverk = 0,0667 årsverk (rundet opp til fire desimaler)', '1 participants / 15 per FTE = 0.0667 FTE (rounded up to four decimals)']);
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(adviserFteNeeded({ date: on, participants: 22 }, { explain: false }).explanation.steps).toEqual([]);
  });
});

describe('position percentages', () => {
  it('reads a percentage written as text with spaces around it: " 62.5 " % = 0.625 FTE, capacity 0.625 × 20 = 12.5', () => {
    const r = checkAdviserStaffing({ date: on, participants: 0, positions: [' 62.5 '] }).value;
    expect(r.staffedFte.toString()).toBe('0.625');
    expect(r.capacity.toString()).toBe('12.5');
  });
  it('accepts the edges 100 % and 0.01 %: (100 + 0.01) / 100 = 1.0001 FTE', () => {
    expect(checkAdviserStaffing({ date: on, participants: 0, positions: [100, '0.01'] }).value.staffedFte.toString()).toBe('1.0001');
  });
  it('refuses 120 % with code, path and both messages', () => {
    const e = refusal(() => checkAdviserStaffing({ date: on, participants: 1, positions: [120] }));
    expect(e.issues).toEqual([{
      code: 'invalid_percent', path: ['positions', 0],
      message: { nb: '«120» er ikke en stillingsprosent over 0 og høyst 100 med høyst to desimaler', en: '"120" is not a position percentage above 0 and at most 100 with at most two decimals' },
    }]);
  });
  it('names the second position when it is 0 %, and refuses 100.01 %', () => {
    expect(refusal(() => checkAdviserStaffing({ date: on, participants: 1, positions: [50, 0] })).issues[0]?.path).toEqual(['positions', 1]);
    expect(refusal(() => checkAdviserStaffing({ date: on, participants: 1, positions: ['100.01'] })).issues[0]?.message.en).toBe('"100.01" is not a position percentage above 0 and at most 100 with at most two decimals');
  });
});

describe('staffing status and its explanation', () => {
  it('short (Grong, 23 participants on 60 % + 50 %): nothing spare, and the sentences in both languages', () => {
    // 1.1 FTE, capacity 1.1 × 20 = 22; need 23 / 20 = 1.15; short 1.15 − 1.1 = 0.05; 23 − 22 = 1 over.
    const r = checkAdviserStaffing({ date: '2017-06-01', participants: 23, positions: [60, 50] });
    expect(r.value.fteSpare.toString()).toBe('0');
    expect(r.value.spareCapacity.toString()).toBe('0');
    expect(texts(r.explanation)).toEqual([
      ['caseload.norm', 'Normen 2017-06-01 er 20 deltakere per årsverk programrådgiver', 'The norm on 2017-06-01 is 20 participants per full-time programme adviser'],
      ['caseload.staffed-capacity', 'Stillingene 60 % + 50 % utgjør 1,1 årsverk; kapasitet 1,1 × 20 = 22 deltakere', 'The positions 60 % + 50 % make 1.1 FTE; capacity 1.1 × 20 = 22 participants'],
      ['caseload.staffing-balance', '23 deltakere trenger 1,15 årsverk: bemanningen mangler 0,05 årsverk, 1 deltakere over kapasiteten', '23 participants need 1.15 FTE: the staffing is short by 0.05 FTE, 1 participants over capacity'],
    ]);
  });
  it('balanced (22 on 60 % + 50 %): nothing short, spare or over, and says so', () => {
    // capacity 22 = participants; 22 / 20 = 1.1 = staffed.
    const r = checkAdviserStaffing({ date: on, participants: 22, positions: [60, 50] });
    expect(r.value.status).toBe('balanced');
    expect([r.value.fteShort, r.value.fteSpare, r.value.participantsOverCapacity, r.value.spareCapacity].map(String)).toEqual(['0', '0', '0', '0']);
    expect(texts(r.explanation)[2]).toEqual(['caseload.staffing-balance', '22 deltakere trenger 1,1 årsverk: bemanningen dekker behovet nøyaktig', '22 participants need 1.1 FTE: the staffing covers the need exactly']);
  });
  it('spare with decimals (22 on 62.5 % + 50 %): 1.125 FTE, capacity 22.5; 0.025 FTE and 0.5 places spare', () => {
    // (62.5 + 50) / 100 = 1.125; 1.125 × 20 = 22.5; need 22 / 20 = 1.1; 1.125 − 1.1 = 0.025; 22.5 − 22 = 0.5.
    const r = checkAdviserStaffing({ date: on, participants: 22, positions: [62.5, 50] });
    expect(r.value.status).toBe('spare');
    expect(texts(r.explanation).slice(1)).toEqual([
      ['caseload.staffed-capacity', 'Stillingene 62,5 % + 50 % utgjør 1,125 årsverk; kapasitet 1,125 × 20 = 22,5 deltakere', 'The positions 62.5 % + 50 % make 1.125 FTE; capacity 1.125 × 20 = 22.5 participants'],
      ['caseload.staffing-balance', '22 deltakere trenger 1,1 årsverk: 0,025 årsverk ledig, plass til 0,5 deltakere til', '22 participants need 1.1 FTE: 0.025 FTE spare, room for 0.5 more participants'],
    ]);
  });
  it('a norm of 15 (1 participant on 10 %): need 1 / 15 → 0.0667 (rounded up), 0.1 − 0.0667 = 0.0333 spare, 0.1 × 15 − 1 = 0.5 places', () => {
    const r = checkAdviserStaffing({ date: on, participants: 1, positions: [10] }, { parameters: withNorm(15) });
    expect(texts(r.explanation).slice(1)).toEqual([
      ['caseload.staffed-capacity', 'Stillingene 10 % utgjør 0,1 årsverk; kapasitet 0,1 × 15 = 1,5 deltakere', 'The positions 10 % make 0.1 FTE; capacity 0.1 × 15 = 1.5 participants'],
      ['caseload.staffing-balance', '1 deltakere trenger 0,0667 årsverk (rundet opp): 0,0333 årsverk ledig, plass til 0,5 deltakere til', '1 participants need 0.0667 FTE (rounded up): 0.0333 FTE spare, room for 0.5 more participants'],
    ]);
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(checkAdviserStaffing({ date: on, participants: 22, positions: [60, 50] }, { explain: false }).explanation.steps).toEqual([]);
  });
});
