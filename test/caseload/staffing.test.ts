/**
 * Adviser FTE under the norm of 20 participants per full-time programme adviser (IMDi, as cited in the
 * Grong organisation plan 2017), and the check of a staffing against it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InputError, adviserFteNeeded, caseloadNorm, checkAdviserStaffing, references, renderExplanation, withParameters, withValues,
} from '../../src/index.js';

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
    const own = withParameters({ caseload: { caseloadNorm: withValues(caseloadNorm, [{ from: '2017-01-01', value: 15, reference: references.integrationAct(), basis: 'assumption', note: { nb: 'egen norm', en: 'own norm' } }]) } });
    const r = adviserFteNeeded({ date: on, participants: 1 }, { parameters: own });
    expect(r.value.fteNeeded.toString()).toBe('0.0667');
    expect(r.value.exact).toBe(false);
    expect(renderExplanation(r.explanation, 'en')).toContain('rounded up');
  });
  it('refuses a norm override that is not a positive whole number, naming it', () => {
    const bad = withParameters({ caseload: { caseloadNorm: withValues(caseloadNorm, [{ from: '2017-01-01', value: 0, reference: references.integrationAct(), basis: 'assumption', note: { nb: 'x', en: 'x' } }]) } });
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

describe('staffing check', () => {
  it('F2 / Grong: 60 % + 50 % = 1.1 FTE; capacity 1.1 × 20 = 22; 22 participants are exactly covered', () => {
    const r = checkAdviserStaffing({ date: '2017-06-01', participants: 22, positions: [60, 50] }).value;
    expect(r.staffedFte.toString()).toBe('1.1');
    expect(r.capacity.toString()).toBe('22');
    expect(r.status).toBe('balanced');
    expect(r.fteShort.toString()).toBe('0');
  });
  it('Grong with 23: need 23 / 20 = 1.15; short 1.15 − 1.1 = 0.05 FTE; 23 − 22 = 1 over capacity', () => {
    const r = checkAdviserStaffing({ date: '2017-06-01', participants: 23, positions: [60, 50] });
    expect(r.value.fteNeeded.toString()).toBe('1.15');
    expect(r.value.fteShort.toString()).toBe('0.05');
    expect(r.value.participantsOverCapacity.toString()).toBe('1');
    expect(r.value.status).toBe('short');
    expect(renderExplanation(r.explanation, 'nb')).toContain('mangler 0,05 årsverk');
  });
  it('Vestfold "VIS": 5.5 positions for 125 users; need 6.25; short 0.75 FTE; capacity 110, 15 over', () => {
    const r = checkAdviserStaffing({ date: '2017-01-01', participants: 125, positions: [100, 100, 100, 100, 100, 50] }).value;
    expect(r.staffedFte.toString()).toBe('5.5');
    expect(r.capacity.toString()).toBe('110');
    expect(r.fteShort.toString()).toBe('0.75');
    expect(r.participantsOverCapacity.toString()).toBe('15');
  });
  it('spare capacity: 60 % + 50 % for 18 participants: 0.2 FTE and 4 places spare', () => {
    const r = checkAdviserStaffing({ date: on, participants: 18, positions: ['60', '50'] }).value;
    expect(r.status).toBe('spare');
    expect(r.fteSpare.toString()).toBe('0.2');
    expect(r.spareCapacity.toString()).toBe('4');
  });
  it('accepts two-decimal percentages exactly: 33.33 % × 3 = 0.9999 FTE, capacity 19.998', () => {
    const r = checkAdviserStaffing({ date: on, participants: 20, positions: [33.33, 33.33, 33.33] }).value;
    expect(r.staffedFte.toString()).toBe('0.9999');
    expect(r.capacity.toString()).toBe('19.998');
    expect(r.fteShort.toString()).toBe('0.0001');
  });
  it('refuses a position above 100 %, zero, three decimals, or no positions, naming the field', () => {
    for (const positions of [[120], [0], [12.345], [Number.NaN], []]) {
      try {
        checkAdviserStaffing({ date: on, participants: 1, positions });
        expect.unreachable();
      } catch (e) {
        expect((e as InputError).issues[0]?.path[0]).toBe('positions');
      }
    }
  });
});
