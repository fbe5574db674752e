/**
 * Adviser FTE under the norm of 20 participants per full-time programme adviser (IMDi, as cited in the
 * Grong organisation plan 2017).
 *
 * Edges: the norm's own limits, rounding up, and the sentences a case worker reads in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  InputError,
  Rational,
  adviserFteNeeded,
  caseloadNorm,
  checkAdviserStaffing,
  references,
  renderExplanation,
  withParameters,
  withValues,
} from '../index.js';
import { fteDecimal, showDecimal } from './adviser-fte-needed.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { texts, withNorm } from '../../test/caseload/own-norm.js';

const on = '2024-01-01';

describe('FTE needed: participants / 20', () => {
  it('F1: 22 participants need 22 / 20 = 1.1 FTE', () => {
    const r = adviserFteNeeded({ date: on, participants: 22 });
    expect(r.value.fteNeeded.toString()).toBe('1.1');
    expect(r.value.fteNeededFraction).toBe('11/10');
    expect(r.value.exact).toBe(true);
  });
  it('Vestfold "VIS": 125 participants need 125 / 20 = 6.25 FTE', () => {
    expect(adviserFteNeeded({ date: on, participants: 125 }).value.fteNeeded.toString()).toBe('6.25');
  });
  it('0 participants need 0 FTE; 1 needs 1 / 20 = 0.05', () => {
    expect(adviserFteNeeded({ date: on, participants: 0 }).value.fteNeeded.toString()).toBe('0');
    expect(adviserFteNeeded({ date: on, participants: 1 }).value.fteNeeded.toString()).toBe('0.05');
  });
  it('a municipality norm of 15: 1 / 15 = 0.0666… rounds up to 0.0667 and says so', () => {
    const own = withParameters({
      caseload: {
        caseloadNorm: withValues(caseloadNorm, [
          {
            from: '2017-01-01',
            value: 15,
            reference: references.integrationAct(),
            basis: 'assumption',
            note: { nb: 'egen norm', en: 'own norm' },
          },
        ]),
      },
    });
    const r = adviserFteNeeded({ date: on, participants: 1 }, { parameters: own });
    expect(r.value.fteNeeded.toString()).toBe('0.0667');
    expect(r.value.exact).toBe(false);
    expect(renderExplanation(r.explanation, 'en')).toContain('rounded up');
  });
  it('refuses a norm override that is not a positive whole number, naming it', () => {
    const bad = withParameters({
      caseload: {
        caseloadNorm: withValues(caseloadNorm, [
          { from: '2017-01-01', value: 0, reference: references.integrationAct(), basis: 'assumption', note: { nb: 'x', en: 'x' } },
        ]),
      },
    });
    try {
      adviserFteNeeded({ date: on, participants: 1 }, { parameters: bad });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues[0]?.path).toEqual(['parameters', 'caseloadNorm']);
    }
  });
  it('has no norm before 2017 (the plan it comes from)', () => {
    expect(() => adviserFteNeeded({ date: '2016-12-31', participants: 1 })).toThrow(/no value/);
  });
  it('refuses a negative or fractional count, naming the field', () => {
    expect(() => adviserFteNeeded({ date: on, participants: -1 })).toThrow(InputError);
    expect(() => adviserFteNeeded({ date: on, participants: 2.5 })).toThrow(/participants/);
  });
  it('is monotone in participants and exactly n / 20', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fLo = adviserFteNeeded({ date: on, participants: lo }, { explain: false }).value.fteNeeded;
        const fHi = adviserFteNeeded({ date: on, participants: hi }, { explain: false }).value.fteNeeded;
        expect(fLo.lte(fHi)).toBe(true);
        expect(fHi.times(20).toString()).toBe(String(hi));
      }),
    );
  });
});

describe('the norm must be a positive whole number', () => {
  it('a norm of exactly 1 is allowed: 3 participants / 1 = 3 FTE, exact', () => {
    const r = adviserFteNeeded({ date: on, participants: 3 }, { parameters: withNorm(1) }).value;
    expect(r.norm).toBe(1);
    expect(r.fteNeeded.toString()).toBe('3');
    expect(r.exact).toBe(true);
  });
  it('a norm of 0 is refused with code, path and both messages', () => {
    const e = inputErrorOf(() => adviserFteNeeded({ date: on, participants: 1 }, { parameters: withNorm(0) }));
    expect(e.issues).toEqual([
      {
        code: 'invalid_parameter',
        path: ['parameters', 'caseloadNorm'],
        message: {
          nb: 'Normen for deltakere per årsverk må være et positivt heltall, ikke 0',
          en: 'The norm of participants per FTE must be a positive whole number, not 0',
        },
      },
    ]);
  });
  it('a norm of 2.5 is refused too (not whole)', () => {
    const e = inputErrorOf(() => checkAdviserStaffing({ date: on, participants: 1, positions: [50] }, { parameters: withNorm(2.5) }));
    expect(e.issues[0]?.message).toEqual({
      nb: 'Normen for deltakere per årsverk må være et positivt heltall, ikke 2.5',
      en: 'The norm of participants per FTE must be a positive whole number, not 2.5',
    });
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
      [
        'caseload.norm',
        'Normen 2024-01-01 er 20 deltakere per årsverk programrådgiver',
        'The norm on 2024-01-01 is 20 participants per full-time programme adviser',
      ],
      ['caseload.fte-needed', '22 deltakere / 20 per årsverk = 1,1 årsverk', '22 participants / 20 per FTE = 1.1 FTE'],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('Verdier brukt:\n- Deltakere per årsverk programrådgiver: 20 fra 2017-01-01');
  });
  it('a norm of 15: 1 / 15 = 0.0666… → 0.0667 FTE, and the text says it was rounded up', () => {
    const r = adviserFteNeeded({ date: on, participants: 1 }, { parameters: withNorm(15) });
    expect(texts(r.explanation)[1]).toEqual([
      'caseload.fte-needed',
      '1 deltakere / 15 per årsverk = 0,0667 årsverk (rundet opp til fire desimaler)',
      '1 participants / 15 per FTE = 0.0667 FTE (rounded up to four decimals)',
    ]);
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(adviserFteNeeded({ date: on, participants: 22 }, { explain: false }).explanation.steps).toEqual([]);
  });
});
