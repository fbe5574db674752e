/**
 * The forecast's explanation: the method, one line per year, and what the forecast leaves out — in
 * bokmål and English, built from the computed figures.
 * @module
 */
import { step, type Step } from '../core/explanation.js';
import { formatMoney } from '../core/format.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { Money } from '../core/money.js';
import type { SettlementForecast } from './settlement-forecast.js';

/** What every forecast leaves out, and why. @internal */
export const FORECAST_EXCLUSIONS: readonly LocalizedText[] = [
  {
    nb: 'Utgifter som loven ikke fastsetter (økonomisk sosialhjelp, bolig, skole, helse, tolk) og IMDis tilskudd til opplæring i norsk er ikke med.',
    en: "Costs the law does not fix (social assistance, housing, schooling, health, interpreters) and IMDi's grants for Norwegian tuition are not included.",
  },
  {
    nb: 'Tilskudd for personer med nedsatt funksjonsevne avhenger av dokumentasjon per person og er ikke med.',
    en: 'The disability grant depends on documentation per person and is not included.',
  },
];

type YearParams = {
  year: number;
  settled: number;
  grants: Money;
  stipend: Money;
  fte: string;
  peak: string;
  talks: number;
  projected: boolean;
};
const yearMessage = {
  nb: (p: YearParams) =>
    `${p.year}: ${p.settled} bosatt; tilskudd ${formatMoney(p.grants, 'nb')}; introduksjonsstønad ${formatMoney(p.stipend, 'nb')}; rådgiverårsverk i snitt ${p.fte.replace('.', ',')} (høyest ${p.peak.replace('.', ',')}); ${p.talks} oppfølgingssamtaler${p.projected ? ' — bygger på framskrevne satser' : ''}`,
  en: (p: YearParams) =>
    `${p.year}: ${p.settled} settled; grants ${formatMoney(p.grants, 'en')}; introduction stipend ${formatMoney(p.stipend, 'en')}; adviser FTE on average ${p.fte} (peak ${p.peak}); ${p.talks} follow-up talks${p.projected ? ' — uses projected rates' : ''}`,
};
const textMessage = { nb: (p: LocalizedText) => p.nb, en: (p: LocalizedText) => p.en };

/** The forecast's explanation steps. @internal */
export function forecastSteps(f: SettlementForecast, rule: { kind: string; percentPerYear?: number }): Step[] {
  const steps: Step[] = [
    step({
      rule: 'planning.method',
      message: textMessage,
      params: {
        nb: `Prognosen er summen av bibliotekets egne regler for hver av ${f.persons.length} planlagte personer (tilskuddsplan, stønadsframskrivning, programslutt og oppfølging); år uten publiserte satser: ${rule.kind === 'uprate' ? `siste satser oppjustert med ${String(rule.percentPerYear).replace('.', ',')} % per år` : 'siste publiserte satser videreført'}.`,
        en: `The forecast sums the library's own rules for each of ${f.persons.length} planned persons (grant schedule, stipend projection, programme end, follow-up); years without published rates: ${rule.kind === 'uprate' ? `latest rates uprated by ${rule.percentPerYear} % a year` : 'latest published rates carried forward'}.`,
      },
      basis: f.projections.length > 0 ? 'assumption' : 'official',
    }),
  ];
  for (const y of f.years) {
    steps.push(
      step({
        rule: 'planning.year',
        message: yearMessage,
        params: {
          year: y.year,
          settled: y.settled,
          grants: y.grants.total,
          stipend: y.stipend,
          fte: y.fteNeeded.average.toFixed(2),
          peak: y.fteNeeded.peak.toFixed(2),
          talks: y.talks,
          projected: y.projected.grants || y.projected.stipend,
        },
        basis: y.projected.grants || y.projected.stipend ? 'assumption' : 'official',
      }),
    );
  }
  for (const e of f.excluded) steps.push(step({ rule: 'planning.excluded', message: textMessage, params: e }));
  return steps;
}
