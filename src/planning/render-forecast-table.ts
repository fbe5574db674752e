/**
 * The forecast as a plain-text table, one column per year and a total column, with Norwegian or English
 * number formatting — what the CLI and the worked example print, and what a planner pastes into a
 * budget note. Pure: it returns text, it prints nothing.
 * @module
 */
import type DecimalJs from 'decimal.js';
import { formatNumber } from '../core/format.js';
import type { Locale, LocalizedText } from '../core/localized-text.js';
import { ZERO_MONEY } from '../core/money.js';
import type { GrantType } from '../grants/index.js';
import { GRANT_TYPES } from '../grants/index.js';
import type { SettlementForecast } from './settlement-forecast.js';

const GRANT_LABELS: Readonly<Record<GrantType, LocalizedText>> = {
  integration: { nb: 'Integreringstilskudd', en: 'Integration grant' },
  elderly: { nb: 'Eldretilskudd', en: 'Elderly grant' },
  kindergarten: { nb: 'Barnehagetilskudd', en: 'Kindergarten grant' },
  unaccompaniedMinor: { nb: 'Særtilskudd enslige mindreårige', en: 'Unaccompanied-minor grant' },
  disabilityOneOff: { nb: 'Funksjonsnedsettelse, engangs', en: 'Disability grant, one-off' },
  disabilityDocumentedCosts: { nb: 'Funksjonsnedsettelse, dok. utgifter', en: 'Disability grant, documented costs' },
};

const T = {
  title: { nb: 'Bosettingsprognose', en: 'Settlement forecast' },
  total: { nb: 'Sum', en: 'Total' },
  settled: { nb: 'Bosatt', en: 'Settled' },
  grantsTotal: { nb: 'Tilskudd fra IMDi i alt', en: 'IMDi grants in all' },
  stipend: { nb: 'Introduksjonsstønad utbetalt', en: 'Introduction stipend paid' },
  participants: { nb: 'Aktive deltakere, snitt', en: 'Active participants, average' },
  participantsPeak: { nb: 'Aktive deltakere, høyest', en: 'Active participants, peak' },
  fte: { nb: 'Rådgiverårsverk, snitt', en: 'Adviser FTE, average' },
  ftePeak: { nb: 'Rådgiverårsverk, høyest', en: 'Adviser FTE, peak' },
  talks: { nb: 'Oppfølgingssamtaler', en: 'Follow-up talks' },
  hours: { nb: 'Rådgivertimer', en: 'Adviser hours' },
  projected: {
    nb: '* bygger på framskrevne satser (ikke publisert); se listen over framskrivinger',
    en: '* uses projected rates (not published); see the list of projections',
  },
  amounts: { nb: 'Beløp i kroner.', en: 'Amounts in NOK.' },
} satisfies Record<string, LocalizedText>;

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

/**
 * Renders a forecast as a text table: one column per year plus a total, amounts in whole kroner with
 * thousands grouping, years that use projected rates marked `*`.
 *
 * @example
 * ```ts
 * import { renderForecastTable, settlementForecast } from 'integreringsregler';
 * const f = settlementForecast({ years: 1, entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }] }).value;
 * renderForecastTable(f, 'nb').split('\n')[0]; // 'Bosettingsprognose: Bosettingsplan (2017–2017)'
 * /Integreringstilskudd +235 000 +235 000/.test(renderForecastTable(f, 'nb')); // true
 * ```
 */
export function renderForecastTable(f: SettlementForecast, locale: Locale): string {
  const n0 = (d: DecimalJs) => formatNumber(d, locale, 0);
  const n2 = (d: DecimalJs) => formatNumber(d, locale, 2);
  const int = (n: number) => formatNumber(ZERO_MONEY.plus(n), locale, 0);
  const years = f.years;
  const head = ['', ...years.map((y) => `${y.year}${y.projected.grants || y.projected.stipend ? '*' : ''}`), T.total[locale]];
  const sumOf = (pick: (y: (typeof years)[number]) => DecimalJs) => years.reduce((a, y) => a.plus(pick(y)), ZERO_MONEY);
  const rows: string[][] = [];
  rows.push([T.settled[locale], ...years.map((y) => int(y.settled)), int(years.reduce((s, y) => s + y.settled, 0))]);
  for (const g of GRANT_TYPES) {
    if (years.every((y) => y.grants.byGrant[g].isZero())) continue;
    rows.push([GRANT_LABELS[g][locale], ...years.map((y) => n0(y.grants.byGrant[g])), n0(sumOf((y) => y.grants.byGrant[g]))]);
  }
  rows.push([T.grantsTotal[locale], ...years.map((y) => n0(y.grants.total)), n0(f.totals.grants)]);
  rows.push([T.stipend[locale], ...years.map((y) => n0(y.stipend)), n0(f.totals.stipend)]);
  rows.push([T.participants[locale], ...years.map((y) => n2(y.activeParticipants.average)), '']);
  rows.push([T.participantsPeak[locale], ...years.map((y) => int(y.activeParticipants.peak)), '']);
  rows.push([T.fte[locale], ...years.map((y) => n2(y.fteNeeded.average)), '']);
  rows.push([T.ftePeak[locale], ...years.map((y) => n2(y.fteNeeded.peak)), '']);
  rows.push([T.talks[locale], ...years.map((y) => int(y.talks)), int(f.totals.talks)]);
  rows.push([T.hours[locale], ...years.map((y) => n0(y.adviserHours)), n0(f.totals.adviserHours)]);
  const widths = head.map((_, i) => Math.max(head[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
  const lines = [
    `${T.title[locale]}: ${f.name} (${f.firstYear}–${f.lastYear})`,
    '',
    pad(head, widths).trimEnd(),
    ...rows.map((r) => pad(r, widths).trimEnd()),
    '',
    T.amounts[locale],
  ];
  if (years.some((y) => y.projected.grants || y.projected.stipend)) lines.push(T.projected[locale]);
  for (const e of f.excluded) lines.push(e[locale]);
  return lines.join('\n');
}

/**
 * The projected (unpublished) values a forecast used, one line per table: which years, and the rule.
 * Empty when every value was published.
 *
 * @example
 * ```ts
 * import { renderForecastProjections, settlementForecast } from 'integreringsregler';
 * const f = settlementForecast({ years: 2, entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }] }).value;
 * renderForecastProjections(f, 'en').includes('- integrationGrantRates: 2018-01-01–2018-01-01. Projected (not published): latest published value carried forward unchanged.'); // true
 * ```
 */
export function renderForecastProjections(f: SettlementForecast, locale: Locale): string {
  const byParameter = new Map<string, { from: string[]; note: string }>();
  for (const p of f.projections) {
    const entry = byParameter.get(p.parameter) ?? { from: [], note: p.note[locale] };
    entry.from.push(p.from);
    byParameter.set(p.parameter, entry);
  }
  if (byParameter.size === 0) return '';
  const lines = [locale === 'nb' ? 'Framskrevne verdier (ikke publisert):' : 'Projected values (not published):'];
  for (const [id, e] of byParameter)
    lines.push(
      `- ${id}: ${e.from[0] ?? ''}–${e.from[e.from.length - 1] ?? ''}. ${e.note.replace(/, (fra verdien|from the value).*$/, '.')}`,
    );
  return lines.join('\n');
}
