/**
 * The explanation sentences of a forecast (`forecastSteps`), in bokmål and English.
 *
 * Written against a hand-written forecast (test/planning/hand-written-forecast.ts, where its figures are
 * tabulated), so every sentence below can be checked against it; the last test checks a real forecast.
 */
import { describe, expect, it } from 'vitest';
import { renderExplanation, settlementForecast } from '../index.js';
import { forecastSteps } from './forecast-explanation.js';
import { empty, forecast } from '../../test/planning/hand-written-forecast.js';

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
    expect(renderExplanation({ steps: first === undefined ? [] : [first] }, 'nb')).toBe(
      `1. ${method.nb}siste satser oppjustert med 2,5 % per år.`,
    );
    expect(renderExplanation({ steps: first === undefined ? [] : [first] }, 'en')).toBe(
      `1. ${method.en}latest rates uprated by 2.5 % a year.`,
    );
  });
  it('marks the method and every year with a projected grant or stipend as an assumption, the rest as official', () => {
    expect(forecastSteps(forecast, { kind: 'carryForward' }).map((s) => s.basis)).toEqual([
      'assumption',
      'official',
      'assumption',
      'assumption',
      undefined,
    ]);
    expect(forecastSteps(empty, { kind: 'carryForward' }).map((s) => s.basis)).toEqual(['official', 'official']);
  });
  it('is what a real forecast carries: its first step names the plan’s projection rule', () => {
    const f = settlementForecast({
      years: 1,
      projection: { kind: 'uprate', percentPerYear: 3 },
      entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }],
    });
    expect(renderExplanation(f.explanation, 'en').split('\n')[0]).toBe(
      "1. The forecast sums the library's own rules for each of 1 planned persons (grant schedule, stipend projection, programme end, follow-up); years without published rates: latest rates uprated by 3 % a year.",
    );
  });
});
