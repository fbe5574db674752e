/**
 * What a case worker reads from a forecast, in bokmål and English: the printable table
 * (`renderForecastTable`) and the list of projected values (`renderForecastProjections`).
 *
 * The renderers take a computed forecast; here it is written by hand (test/planning/hand-written-forecast.ts,
 * where its figures are tabulated), so every cell below can be checked against them.
 */
import { describe, expect, it } from 'vitest';
import { renderForecastProjections, renderForecastTable } from '../index.js';
import { empty, forecast } from '../../test/planning/hand-written-forecast.js';

describe('forecast table', () => {
  it('prints one column per year and a total in bokmål: labels left, figures right, grouped by spaces, projected years starred', () => {
    expect(renderForecastTable(forecast, 'nb').split('\n')).toEqual([
      'Bosettingsprognose: Testkommune (2026–2028)',
      '',
      '                                   2026    2027*    2028*        Sum',
      'Bosatt                                3        1        0          4',
      'Integreringstilskudd          1 234 567  900 000  500 000  2 634 567',
      'Barnehagetilskudd                30 000        0        0     30 000',
      'Tilskudd fra IMDi i alt       1 264 567  900 000  500 000  2 664 567',
      'Introduksjonsstønad utbetalt    456 789  300 000  100 000    856 789',
      'Aktive deltakere, snitt            2,50     3,25     1,00',
      'Aktive deltakere, høyest              3        4        1',
      'Rådgiverårsverk, snitt             0,05     0,07     0,02',
      'Rådgiverårsverk, høyest            0,10     0,08     0,03',
      'Oppfølgingssamtaler                  12       20        4         36',
      'Rådgivertimer                        12       20        4         36',
      '',
      'Beløp i kroner.',
      '* bygger på framskrevne satser (ikke publisert); se listen over framskrivinger',
      'Testutgifter er ikke med.',
    ]);
  });
  it('prints the same table in English, grouped by commas with a decimal point', () => {
    expect(renderForecastTable(forecast, 'en').split('\n')).toEqual([
      'Settlement forecast: Testkommune (2026–2028)',
      '',
      '                                   2026    2027*    2028*      Total',
      'Settled                               3        1        0          4',
      'Integration grant             1,234,567  900,000  500,000  2,634,567',
      'Kindergarten grant               30,000        0        0     30,000',
      'IMDi grants in all            1,264,567  900,000  500,000  2,664,567',
      'Introduction stipend paid       456,789  300,000  100,000    856,789',
      'Active participants, average       2.50     3.25     1.00',
      'Active participants, peak             3        4        1',
      'Adviser FTE, average               0.05     0.07     0.02',
      'Adviser FTE, peak                  0.10     0.08     0.03',
      'Follow-up talks                      12       20        4         36',
      'Adviser hours                        12       20        4         36',
      '',
      'Amounts in NOK.',
      '* uses projected rates (not published); see the list of projections',
      'Test costs are not included.',
    ]);
  });
  it('has no grant rows of its own when every grant is zero, no star and no projection note, and widens a column to its heading', () => {
    // "Sum" (3 characters) is wider than every figure in its column ("0"), so the column is 3 wide.
    expect(renderForecastTable(empty, 'nb').split('\n')).toEqual([
      'Bosettingsprognose: Tom plan (2030–2030)',
      '',
      '                              2030  Sum',
      'Bosatt                           0    0',
      'Tilskudd fra IMDi i alt          0    0',
      'Introduksjonsstønad utbetalt     0    0',
      'Aktive deltakere, snitt       0,00',
      'Aktive deltakere, høyest         0',
      'Rådgiverårsverk, snitt        0,00',
      'Rådgiverårsverk, høyest       0,00',
      'Oppfølgingssamtaler              0    0',
      'Rådgivertimer                    0    0',
      '',
      'Beløp i kroner.',
    ]);
  });
});

describe('list of projected values', () => {
  it('lists each projected table once, first to last year, with the rule and without the "from the value" tail (bokmål)', () => {
    expect(renderForecastProjections(forecast, 'nb').split('\n')).toEqual([
      'Framskrevne verdier (ikke publisert):',
      '- integrationGrantRates: 2027-01-01–2028-01-01. Framskrevet (ikke publisert): siste publiserte verdi videreført uendret.',
      '- grunnbelop: 2027-05-01–2027-05-01. Framskrevet (ikke publisert): siste publiserte verdi videreført uendret.',
    ]);
  });
  it('does the same in English', () => {
    expect(renderForecastProjections(forecast, 'en').split('\n')).toEqual([
      'Projected values (not published):',
      '- integrationGrantRates: 2027-01-01–2028-01-01. Projected (not published): latest published value carried forward unchanged.',
      '- grunnbelop: 2027-05-01–2027-05-01. Projected (not published): latest published value carried forward unchanged.',
    ]);
  });
  it('is empty when every value was published', () => {
    expect(renderForecastProjections(empty, 'nb')).toBe('');
    expect(renderForecastProjections(empty, 'en')).toBe('');
  });
});
