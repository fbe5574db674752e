/**
 * `integreringsregler grants`: IMDi's grants for one person, per budget year ({@link personGrantSchedule}:
 * integration, elderly, kindergarten, unaccompanied-minor and disability grants), from options or JSON.
 * @module
 */
import { formatMoney } from '../../core/format.js';
import type { Locale } from '../../core/localized-text.js';
import { Decimal } from '../../core/money.js';
import { personGrantSchedule, type PersonGrantSchedule } from '../../grants/index.js';
import { caseCommand, type CaseFlag } from '../case-command.js';
import { messages } from '../messages.js';

const flags: readonly CaseFlag[] = [
  {
    name: '--birth-date',
    path: ['person', 'birthDate'],
    kind: 'text',
    value: 'YYYY-MM-DD',
    description: { nb: 'fødselsdato', en: 'date of birth' },
  },
  {
    name: '--settlement-date',
    path: ['person', 'settlementDate'],
    kind: 'text',
    value: 'YYYY-MM-DD',
    description: { nb: 'dato for første bosetting', en: 'date of first settlement' },
  },
  {
    name: '--id',
    path: ['person', 'id'],
    kind: 'text',
    value: '<text>',
    description: { nb: 'din id for personen', en: 'your id for the person' },
  },
  {
    name: '--single-adult',
    path: ['person', 'singleAdult'],
    kind: 'flag',
    description: { nb: 'bosatt som enslig voksen', en: 'settled as a single adult' },
  },
  {
    name: '--unaccompanied-minor',
    path: ['person', 'unaccompaniedMinor'],
    kind: 'flag',
    description: { nb: 'bosatt som enslig mindreårig', en: 'settled as an unaccompanied minor' },
  },
  {
    name: '--family-reunification-with',
    path: ['person', 'familyReunificationWith'],
    kind: 'text',
    value: 'refugee|humanitarianPermitHolder',
    description: {
      nb: 'familiegjenforent med (treårsregelen ved humanitært opphold)',
      en: 'reunified with (three-year rule for a humanitarian permit)',
    },
  },
  {
    name: '--from',
    path: ['budgetYears', 'from'],
    kind: 'number',
    value: '<year>',
    description: { nb: 'første budsjettår som vises', en: 'first budget year shown' },
  },
  {
    name: '--to',
    path: ['budgetYears', 'to'],
    kind: 'number',
    value: '<year>',
    description: { nb: 'siste budsjettår som vises', en: 'last budget year shown' },
  },
];

const GRANT: Record<string, { nb: string; en: string }> = {
  integration: { nb: 'integreringstilskudd', en: 'integration grant' },
  elderly: { nb: 'tilskudd for eldre', en: 'elderly grant' },
  kindergarten: { nb: 'tilskudd til barnehage', en: 'kindergarten grant' },
  unaccompaniedMinor: { nb: 'særskilt tilskudd, enslig mindreårig', en: 'unaccompanied-minor grant' },
  disabilityOneOff: { nb: 'tilskudd 1, funksjonsnedsettelse', en: 'disability grant 1 (one-off)' },
  disabilityDocumentedCosts: { nb: 'tilskudd 2, funksjonsnedsettelse', en: 'disability grant 2 (documented costs)' },
};

/** The schedule as lines: each grant line, a sum per budget year, and the total. @internal */
export function renderGrantSchedule(s: PersonGrantSchedule, lang: Locale): string[] {
  const nb = lang === 'nb';
  const out = [
    nb
      ? `Tilskudd for ${s.personId}: bosettingsår ${s.settlementYear}, integreringstilskudd for år 1–${s.lastIntegrationYearNumber}`
      : `Grants for ${s.personId}: settlement year ${s.settlementYear}, integration grant for years 1–${s.lastIntegrationYearNumber}`,
  ];
  for (const year of s.budgetYears) {
    const lines = s.lines.filter((l) => l.budgetYear === year);
    const sum = lines.reduce((a, l) => a.plus(l.amount), new Decimal(0));
    out.push(`  ${year} (${nb ? 'år' : 'year'} ${year - s.settlementYear + 1}): ${formatMoney(sum, lang)}`);
    for (const l of lines) out.push(`    ${GRANT[l.grant]?.[lang] ?? l.grant} (${l.detail}): ${formatMoney(l.amount, lang)}`);
  }
  out.push(`  ${nb ? 'Sum' : 'Total'}: ${formatMoney(s.total, lang)}`);
  return out;
}

/** The `grants` command. @internal */
export const grantsCommand = caseCommand({
  name: 'grants',
  summary: messages.grantsSummary,
  flags,
  rule: personGrantSchedule,
  render: renderGrantSchedule,
});
