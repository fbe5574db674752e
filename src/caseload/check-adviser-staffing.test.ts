/**
 * The check of a staffing (position percentages) against the norm of 20 participants per full-time
 * programme adviser (IMDi, as cited in the Grong organisation plan 2017).
 *
 * Edges: position percentages, the status of a staffing, and the sentences a case worker reads in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import { InputError, checkAdviserStaffing, renderExplanation } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { texts, withNorm } from '../../test/caseload/own-norm.js';

const on = '2024-01-01';

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
    const e = inputErrorOf(() => checkAdviserStaffing({ date: on, participants: 1, positions: [120] }));
    expect(e.issues).toEqual([
      {
        code: 'invalid_percent',
        path: ['positions', 0],
        message: {
          nb: '«120» er ikke en stillingsprosent over 0 og høyst 100 med høyst to desimaler',
          en: '"120" is not a position percentage above 0 and at most 100 with at most two decimals',
        },
      },
    ]);
  });
  it('names the second position when it is 0 %, and refuses 100.01 %', () => {
    expect(inputErrorOf(() => checkAdviserStaffing({ date: on, participants: 1, positions: [50, 0] })).issues[0]?.path).toEqual([
      'positions',
      1,
    ]);
    expect(inputErrorOf(() => checkAdviserStaffing({ date: on, participants: 1, positions: ['100.01'] })).issues[0]?.message.en).toBe(
      '"100.01" is not a position percentage above 0 and at most 100 with at most two decimals',
    );
  });
});

describe('staffing status and its explanation', () => {
  it('short (Grong, 23 participants on 60 % + 50 %): nothing spare, and the sentences in both languages', () => {
    // 1.1 FTE, capacity 1.1 × 20 = 22; need 23 / 20 = 1.15; short 1.15 − 1.1 = 0.05; 23 − 22 = 1 over.
    const r = checkAdviserStaffing({ date: '2017-06-01', participants: 23, positions: [60, 50] });
    expect(r.value.fteSpare.toString()).toBe('0');
    expect(r.value.spareCapacity.toString()).toBe('0');
    expect(texts(r.explanation)).toEqual([
      [
        'caseload.norm',
        'Normen 2017-06-01 er 20 deltakere per årsverk programrådgiver',
        'The norm on 2017-06-01 is 20 participants per full-time programme adviser',
      ],
      [
        'caseload.staffed-capacity',
        'Stillingene 60 % + 50 % utgjør 1,1 årsverk; kapasitet 1,1 × 20 = 22 deltakere',
        'The positions 60 % + 50 % make 1.1 FTE; capacity 1.1 × 20 = 22 participants',
      ],
      [
        'caseload.staffing-balance',
        '23 deltakere trenger 1,15 årsverk: bemanningen mangler 0,05 årsverk, 1 deltakere over kapasiteten',
        '23 participants need 1.15 FTE: the staffing is short by 0.05 FTE, 1 participants over capacity',
      ],
    ]);
  });
  it('balanced (22 on 60 % + 50 %): nothing short, spare or over, and says so', () => {
    // capacity 22 = participants; 22 / 20 = 1.1 = staffed.
    const r = checkAdviserStaffing({ date: on, participants: 22, positions: [60, 50] });
    expect(r.value.status).toBe('balanced');
    expect([r.value.fteShort, r.value.fteSpare, r.value.participantsOverCapacity, r.value.spareCapacity].map(String)).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(texts(r.explanation)[2]).toEqual([
      'caseload.staffing-balance',
      '22 deltakere trenger 1,1 årsverk: bemanningen dekker behovet nøyaktig',
      '22 participants need 1.1 FTE: the staffing covers the need exactly',
    ]);
  });
  it('spare with decimals (22 on 62.5 % + 50 %): 1.125 FTE, capacity 22.5; 0.025 FTE and 0.5 places spare', () => {
    // (62.5 + 50) / 100 = 1.125; 1.125 × 20 = 22.5; need 22 / 20 = 1.1; 1.125 − 1.1 = 0.025; 22.5 − 22 = 0.5.
    const r = checkAdviserStaffing({ date: on, participants: 22, positions: [62.5, 50] });
    expect(r.value.status).toBe('spare');
    expect(texts(r.explanation).slice(1)).toEqual([
      [
        'caseload.staffed-capacity',
        'Stillingene 62,5 % + 50 % utgjør 1,125 årsverk; kapasitet 1,125 × 20 = 22,5 deltakere',
        'The positions 62.5 % + 50 % make 1.125 FTE; capacity 1.125 × 20 = 22.5 participants',
      ],
      [
        'caseload.staffing-balance',
        '22 deltakere trenger 1,1 årsverk: 0,025 årsverk ledig, plass til 0,5 deltakere til',
        '22 participants need 1.1 FTE: 0.025 FTE spare, room for 0.5 more participants',
      ],
    ]);
  });
  it('a norm of 15 (1 participant on 10 %): need 1 / 15 → 0.0667 (rounded up), 0.1 − 0.0667 = 0.0333 spare, 0.1 × 15 − 1 = 0.5 places', () => {
    const r = checkAdviserStaffing({ date: on, participants: 1, positions: [10] }, { parameters: withNorm(15) });
    expect(texts(r.explanation).slice(1)).toEqual([
      [
        'caseload.staffed-capacity',
        'Stillingene 10 % utgjør 0,1 årsverk; kapasitet 0,1 × 15 = 1,5 deltakere',
        'The positions 10 % make 0.1 FTE; capacity 0.1 × 15 = 1.5 participants',
      ],
      [
        'caseload.staffing-balance',
        '1 deltakere trenger 0,0667 årsverk (rundet opp): 0,0333 årsverk ledig, plass til 0,5 deltakere til',
        '1 participants need 0.0667 FTE (rounded up): 0.0333 FTE spare, room for 0.5 more participants',
      ],
    ]);
  });
  it('gives no steps when no explanation is asked for', () => {
    expect(checkAdviserStaffing({ date: on, participants: 22, positions: [60, 50] }, { explain: false }).explanation.steps).toEqual([]);
  });
});
