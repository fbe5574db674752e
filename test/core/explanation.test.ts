import { describe, expect, it } from 'vitest';
import { basicAmountOn, explanationToJSON, formatMoney, formatNumber, money, renderExplanation } from '../../src/index.js';

describe('explanations', () => {
  const g = basicAmountOn({ date: '2024-05-01' });
  it('renders in bokmål with the source', () => {
    const text = renderExplanation(g.explanation, 'nb');
    expect(text).toContain('Grunnbeløpet (G) som gjaldt 2024-05-01 er fastsatt med virkning fra 2024-05-01: 124 028,00 kr');
    expect(text).toContain('Verdier brukt:');
    expect(text).toContain('- Grunnbeløpet (G): 124 028 kr per år fra 2024-05-01');
    expect(text).toContain('folketrygdloven § 1-4');
  });
  it('renders in English', () => {
    const text = renderExplanation(g.explanation, 'en');
    expect(text).toContain('The basic amount (G) in force on 2024-05-01');
    expect(text).toContain('NOK 124,028.00');
    expect(text).toContain('official source');
  });
  it('serialises to JSON with money as strings and text in both languages', () => {
    const json = JSON.parse(JSON.stringify(explanationToJSON(g.explanation))) as ReturnType<typeof explanationToJSON>;
    expect(json.steps[0]?.amount).toBe('124028.00');
    expect(json.steps[0]?.rule).toBe('basic-amount');
    expect(json.steps[0]?.text.nb).toContain('Grunnbeløpet');
    expect(json.steps[0]?.used[0]?.basis).toBe('official');
  });
  it('can be skipped in bulk runs', () => {
    expect(basicAmountOn({ date: '2024-05-01' }, { explain: false }).explanation.steps).toHaveLength(0);
  });
});

describe('number formatting', () => {
  it('formats as Norwegian and English readers expect', () => {
    expect(formatNumber(money('1234567.89'), 'nb')).toBe('1 234 567,89');
    expect(formatNumber(money('-1234.5'), 'en')).toBe('−1,234.50');
    expect(formatMoney(money('0'), 'nb')).toBe('0,00 kr');
    expect(formatMoney(money('999.995'.slice(0, 6)), 'en')).toBe('NOK 999.99');
  });
});
