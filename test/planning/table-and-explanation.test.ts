/**
 * What a case worker reads from a forecast: the printable table (`renderForecastTable`), the list of
 * projected values (`renderForecastProjections`) and the explanation sentences, in bokmål and English.
 *
 * The renderers take a computed forecast; here the forecast's figures are written by hand (test figures,
 * not a real plan), so every cell and sentence below can be checked against them:
 *
 * | year | settled | integration | kindergarten | grants in all | stipend | participants avg/peak | FTE avg/peak | talks | hours | projected |
 * | 2026 | 3       | 1 234 567   | 30 000       | 1 264 567     | 456 789 | 2.5 / 3               | 0.05 / 0.10  | 12    | 12    | no         |
 * | 2027 | 1       |   900 000   | 0            |   900 000     | 300 000 | 3.25 / 4              | 0.07 / 0.08  | 20    | 20    | grants     |
 * | 2028 | 0       |   500 000   | 0            |   500 000     | 100 000 | 1 / 1                 | 0.02 / 0.03  | 4     | 4     | stipend    |
 *
 * Totals: settled 3 + 1 + 0 = 4; integration 1 234 567 + 900 000 + 500 000 = 2 634 567; kindergarten 30 000;
 * grants 1 264 567 + 900 000 + 500 000 = 2 664 567; stipend 456 789 + 300 000 + 100 000 = 856 789;
 * talks 12 + 20 + 4 = 36; hours 36. The other grants are zero every year, so they get no row.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, GRANT_TYPES, renderExplanation, renderForecastProjections, renderForecastTable, settlementForecast, type SettlementForecast } from '../../src/index.js';
import { forecastSteps } from '../../src/planning/forecast-explanation.js';

type Year = SettlementForecast['years'][number];
type Figures = { integration?: number; kindergarten?: number; stipend: number; active: [number, number]; fte: [number, number]; talks: number; projected: [boolean, boolean] };

function year(y: number, settled: number, f: Figures): Year {
  const byGrant = Object.fromEntries(GRANT_TYPES.map((g) => [g, new Decimal(0)])) as Record<string, Decimal>;
  byGrant.integration = new Decimal(f.integration ?? 0);
  byGrant.kindergarten = new Decimal(f.kindergarten ?? 0);
  return {
    year: y,
    settled,
    grants: { total: new Decimal((f.integration ?? 0) + (f.kindergarten ?? 0)), byGrant: byGrant as Year['grants']['byGrant'] },
    stipend: new Decimal(f.stipend),
    activeParticipants: { average: new Decimal(f.active[0]), peak: f.active[1] },
    fteNeeded: { average: new Decimal(f.fte[0]), peak: new Decimal(f.fte[1]) },
    talks: f.talks,
    adviserHours: new Decimal(f.talks), // 60 minutes a talk
    projected: { grants: f.projected[0], stipend: f.projected[1] },
  };
}

const carried = {
  nb: 'Framskrevet (ikke publisert): siste publiserte verdi videreført uendret, fra verdien som gjelder fra 2026-01-01.',
  en: 'Projected (not published): latest published value carried forward unchanged, from the value in force from 2026-01-01.',
};
const carriedG = {
  nb: 'Framskrevet (ikke publisert): siste publiserte verdi videreført uendret, fra verdien som gjelder fra 2026-05-01.',
  en: 'Projected (not published): latest published value carried forward unchanged, from the value in force from 2026-05-01.',
};

const forecast: SettlementForecast = {
  name: 'Testkommune',
  firstYear: 2026,
  lastYear: 2028,
  years: [
    year(2026, 3, { integration: 1_234_567, kindergarten: 30_000, stipend: 456_789, active: [2.5, 3], fte: [0.05, 0.1], talks: 12, projected: [false, false] }),
    year(2027, 1, { integration: 900_000, stipend: 300_000, active: [3.25, 4], fte: [0.07, 0.08], talks: 20, projected: [true, false] }),
    year(2028, 0, { integration: 500_000, stipend: 100_000, active: [1, 1], fte: [0.02, 0.03], talks: 4, projected: [false, true] }),
  ],
  months: [],
  totals: { grants: new Decimal(2_664_567), stipend: new Decimal(856_789), talks: 36, adviserHours: new Decimal(36) },
  persons: [{}, {}] as unknown as SettlementForecast['persons'],
  projections: [
    { parameter: 'integrationGrantRates', from: '2027-01-01', value: '…', note: carried },
    { parameter: 'grunnbelop', from: '2027-05-01', value: '136549', note: carriedG },
    { parameter: 'integrationGrantRates', from: '2028-01-01', value: '…', note: carried },
  ],
  excluded: [{ nb: 'Testutgifter er ikke med.', en: 'Test costs are not included.' }],
};

// An all-zero one-year forecast with nothing projected and nothing excluded.
const empty: SettlementForecast = {
  ...forecast,
  name: 'Tom plan',
  firstYear: 2030,
  lastYear: 2030,
  years: [year(2030, 0, { stipend: 0, active: [0, 0], fte: [0, 0], talks: 0, projected: [false, false] })],
  totals: { grants: new Decimal(0), stipend: new Decimal(0), talks: 0, adviserHours: new Decimal(0) },
  projections: [],
  excluded: [],
};

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

describe('forecast explanation', () => {
  const method = {
    nb: 'Prognosen er summen av bibliotekets egne regler for hver av 2 planlagte personer (tilskuddsplan, stønadsframskrivning, programslutt og oppfølging); år uten publiserte satser: ',
    en: "The forecast sums the library's own rules for each of 2 planned persons (grant schedule, stipend projection, programme end, follow-up); years without published rates: ",
  };
  it('states the method, one line a year and what is left out, in bokmål', () => {
    const steps = forecastSteps(forecast, { kind: 'carryForward' });
    expect(steps.map((s) => s.rule)).toEqual(['planning.method', 'planning.year', 'planning.year', 'planning.year', 'planning.excluded']);
    expect(renderExplanation({ steps }, 'nb').split('\n')).toEqual([
      `1. ${method.nb}siste publiserte satser videreført.`,
      '2. 2026: 3 bosatt; tilskudd 1 264 567,00 kr; introduksjonsstønad 456 789,00 kr; rådgiverårsverk i snitt 0,05 (høyest 0,10); 12 oppfølgingssamtaler',
      '3. 2027: 1 bosatt; tilskudd 900 000,00 kr; introduksjonsstønad 300 000,00 kr; rådgiverårsverk i snitt 0,07 (høyest 0,08); 20 oppfølgingssamtaler — bygger på framskrevne satser',
      '4. 2028: 0 bosatt; tilskudd 500 000,00 kr; introduksjonsstønad 100 000,00 kr; rådgiverårsverk i snitt 0,02 (høyest 0,03); 4 oppfølgingssamtaler — bygger på framskrevne satser',
      '5. Testutgifter er ikke med.',
    ]);
  });
  it('states the same in English', () => {
    const steps = forecastSteps(forecast, { kind: 'carryForward' });
    expect(renderExplanation({ steps }, 'en').split('\n')).toEqual([
      `1. ${method.en}latest published rates carried forward.`,
      '2. 2026: 3 settled; grants NOK 1,264,567.00; introduction stipend NOK 456,789.00; adviser FTE on average 0.05 (peak 0.10); 12 follow-up talks',
      '3. 2027: 1 settled; grants NOK 900,000.00; introduction stipend NOK 300,000.00; adviser FTE on average 0.07 (peak 0.08); 20 follow-up talks — uses projected rates',
      '4. 2028: 0 settled; grants NOK 500,000.00; introduction stipend NOK 100,000.00; adviser FTE on average 0.02 (peak 0.03); 4 follow-up talks — uses projected rates',
      '5. Test costs are not included.',
    ]);
  });
  it('names an uprating rule with its percentage (decimal comma in bokmål)', () => {
    const [first] = forecastSteps(forecast, { kind: 'uprate', percentPerYear: 2.5 });
    expect(renderExplanation({ steps: first === undefined ? [] : [first] }, 'nb')).toBe(`1. ${method.nb}siste satser oppjustert med 2,5 % per år.`);
    expect(renderExplanation({ steps: first === undefined ? [] : [first] }, 'en')).toBe(`1. ${method.en}latest rates uprated by 2.5 % a year.`);
  });
  it('marks the method and every year with a projected grant or stipend as an assumption, the rest as official', () => {
    expect(forecastSteps(forecast, { kind: 'carryForward' }).map((s) => s.basis)).toEqual(['assumption', 'official', 'assumption', 'assumption', undefined]);
    expect(forecastSteps(empty, { kind: 'carryForward' }).map((s) => s.basis)).toEqual(['official', 'official']);
  });
  it('is what a real forecast carries: its first step names the plan’s projection rule', () => {
    const f = settlementForecast({ years: 1, projection: { kind: 'uprate', percentPerYear: 3 }, entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }] });
    expect(renderExplanation(f.explanation, 'en').split('\n')[0]).toBe(
      "1. The forecast sums the library's own rules for each of 1 planned persons (grant schedule, stipend projection, programme end, follow-up); years without published rates: latest rates uprated by 3 % a year.",
    );
  });
});
