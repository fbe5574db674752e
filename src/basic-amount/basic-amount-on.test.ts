/** The basic amount G in force on a date, as known on a date, and the sentence that explains it. */
import { describe, expect, it } from 'vitest';
import { basicAmountOn, explanationToJSON, renderExplanation } from '../index.js';

describe('the basic amount as known on a date', () => {
  it('2020: the settlement was postponed to September, so a July 2020 run still used G 2019', () => {
    expect(basicAmountOn({ date: '2020-07-01', asKnownOn: '2020-07-10' }).value.toString()).toBe('99858');
    expect(basicAmountOn({ date: '2020-07-01' }).value.toString()).toBe('101351');
  });
});

describe('the basic amount, explained as known on a date', () => {
  it('names the date G was asked for, the G used, and the as-known-on date, in both languages', () => {
    const r = basicAmountOn({ date: '2024-05-01', asKnownOn: '2024-05-15' });
    expect(renderExplanation(r.explanation, 'nb').split('\n')[0]).toBe(
      '1. Grunnbeløpet (G) som gjaldt 2024-05-01 er fastsatt med virkning fra 2023-05-01, slik det var kjent 2024-05-15: 118 620,00 kr (folketrygdloven § 1-4; NAV, grunnbeløpet i folketrygden)',
    );
    expect(renderExplanation(r.explanation, 'en').split('\n')[0]).toBe(
      '1. The basic amount (G) in force on 2024-05-01 is the one set from 2023-05-01, as known on 2024-05-15: NOK 118,620.00 (National Insurance Act § 1-4; NAV, the basic amount)',
    );
    expect(explanationToJSON(r.explanation).steps[0]?.params).toEqual({ date: '2024-05-01', from: '2023-05-01', asKnownOn: '2024-05-15' });
    const plain = basicAmountOn({ date: '2024-05-01' });
    expect(explanationToJSON(plain.explanation).steps[0]?.params).toEqual({ date: '2024-05-01', from: '2024-05-01' });
    expect(explanationToJSON(plain.explanation).steps[0]?.text.en).toBe(
      'The basic amount (G) in force on 2024-05-01 is the one set from 2024-05-01',
    );
  });
});
