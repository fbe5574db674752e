/**
 * The year number (grantYearNumber) and its words: year number = budget year − settlement year + 1, paid
 * for years 1–5 (1–3 under the three-year rule).
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, grantYearNumber, renderExplanation } from '../index.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('the year number, explained', () => {
  it('settled 30 November 2015, budget year 2017: year 3 (2017 − 2015 + 1) of 1–5', () => {
    const r = grantYearNumber({ settlementDate: '2015-11-30', budgetYear: 2017 });
    expect(r.value).toEqual({ yearNumber: 3, lastYearNumber: 5, payable: true });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.year-number',
        'Budsjettåret 2017 er år 3 (2017 − 2015 + 1); tilskuddet gis for år 1–5',
        'Budget year 2017 is year 3 (2017 − 2015 + 1); the grant is paid for years 1–5',
      ],
    ]);
    const [s] = explanationToJSON(r.explanation).steps;
    expect(s?.basis).toBe('official');
    expect(s?.params).toEqual({ budgetYear: 2017, settlementYear: 2015, yearNumber: 3, lastYearNumber: 5 });
    expect(renderExplanation(r.explanation, 'nb')).toContain('1. Budsjettåret 2017 er år 3 (2017 − 2015 + 1); tilskuddet gis for år 1–5');
    expect(renderExplanation(r.explanation, 'en')).toContain(
      '1. Budget year 2017 is year 3 (2017 − 2015 + 1); the grant is paid for years 1–5',
    );
  });
  it('three-year rule, settled March 2014: 2017 is year 4 (2017 − 2014 + 1), after the last year 3', () => {
    const r = grantYearNumber({ settlementDate: '2014-03-01', budgetYear: 2017, threeYearRule: true });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.year-number',
        'Budsjettåret 2017 er år 4 (2017 − 2014 + 1); tilskuddet gis for år 1–3',
        'Budget year 2017 is year 4 (2017 − 2014 + 1); the grant is paid for years 1–3',
      ],
    ]);
  });
  it('without explanation: the same figures and no steps', () => {
    const r = grantYearNumber({ settlementDate: '2015-11-30', budgetYear: 2017 }, { explain: false });
    expect(r.value).toEqual({ yearNumber: 3, lastYearNumber: 5, payable: true });
    expect(r.explanation.steps).toEqual([]);
  });
});
