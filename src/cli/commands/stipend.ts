/**
 * `integreringsregler stipend`: the introduction stipend for one participant and one month
 * ({@link stipendForMonth}; Introduction Act §§ 8–12, Integration Act §§ 20–23), from options or JSON.
 * @module
 */
import { formatMoney } from '../../core/format.js';
import type { Locale } from '../../core/localized-text.js';
import type { StipendMonth } from '../../stipend/index.js';
import { stipendForMonth } from '../../stipend/index.js';
import { caseCommand, type CaseFlag } from '../case-command.js';
import { messages } from '../messages.js';

const date = 'YYYY-MM-DD';
const flags: readonly CaseFlag[] = [
  {
    name: '--regime',
    path: ['regime'],
    kind: 'text',
    value: 'introduksjonsloven|integreringsloven',
    description: { nb: 'loven stønaden regnes etter', en: 'the Act the stipend is computed under' },
  },
  { name: '--birth-date', path: ['birthDate'], kind: 'text', value: date, description: { nb: 'fødselsdato', en: 'date of birth' } },
  {
    name: '--month',
    path: ['month'],
    kind: 'text',
    value: 'YYYY-MM',
    description: { nb: 'måneden det betales for', en: 'the month paid for' },
  },
  {
    name: '--programme-start',
    path: ['programme', 'start'],
    kind: 'text',
    value: date,
    description: { nb: 'første programdag', en: 'first programme day' },
  },
  {
    name: '--programme-end',
    path: ['programme', 'end'],
    kind: 'text',
    value: date,
    description: { nb: 'siste programdag (valgfri)', en: 'last programme day (optional)' },
  },
  {
    name: '--lives-with-parent',
    path: ['livesWithParent'],
    kind: 'flag',
    description: {
      nb: 'bor med en forelder (teller under 25 etter integreringsloven)',
      en: 'lives with a parent (counts under 25 under the Integration Act)',
    },
  },
  {
    name: '--childless-couple',
    path: ['childlessCoupleBothParticipating'],
    kind: 'flag',
    description: {
      nb: 'barnløst par der begge deltar (integreringsloven § 20)',
      en: 'childless couple, both participating (Integration Act § 20)',
    },
  },
  {
    name: '--unexcused-hours',
    path: ['unexcusedAbsence', 'hours'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'timer ugyldig fravær', en: 'hours of unexcused absence' },
  },
  {
    name: '--unexcused-days',
    path: ['unexcusedAbsence', 'days'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'dager ugyldig fravær', en: 'days of unexcused absence' },
  },
  {
    name: '--leave-calendar-days',
    path: ['leaveWithoutStipend', 'calendarDays'],
    kind: 'number',
    value: '<n>',
    description: {
      nb: 'kalenderdager permisjon uten stønad (hver 1/30 av måneden)',
      en: 'calendar days of leave without stipend (each 1/30 of the month)',
    },
  },
  {
    name: '--leave-from',
    path: ['leaveWithoutStipend', 'from'],
    kind: 'text',
    value: date,
    description: { nb: 'første dag av permisjon uten stønad', en: 'first day of leave without stipend' },
  },
  {
    name: '--leave-to',
    path: ['leaveWithoutStipend', 'to'],
    kind: 'text',
    value: date,
    description: { nb: 'siste dag av permisjon uten stønad', en: 'last day of leave without stipend' },
  },
  {
    name: '--paid-work-hours',
    path: ['paidWorkHours'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'timer lønnet arbeid i programmet', en: 'hours of paid work inside the programme' },
  },
  {
    name: '--as-known-on',
    path: ['asKnownOn'],
    kind: 'text',
    value: date,
    description: { nb: 'regn med det som var kjent denne datoen', en: 'compute with what was known on this date' },
  },
];

const KIND: Record<string, { nb: string; en: string }> = {
  unexcusedAbsenceHours: { nb: 'ugyldig fravær, timer', en: 'unexcused absence, hours' },
  unexcusedAbsenceDays: { nb: 'ugyldig fravær, dager', en: 'unexcused absence, days' },
  leaveWithoutStipend: { nb: 'permisjon uten stønad', en: 'leave without stipend' },
  transitionalBenefit: { nb: 'overgangsstønad', en: 'transitional benefit' },
  paidWorkInProgramme: { nb: 'lønnet arbeid i programmet', en: 'paid work in the programme' },
  unemploymentBenefit: { nb: 'dagpenger', en: 'unemployment benefit' },
  sicknessBenefit: { nb: 'sykepenger', en: 'sickness benefit' },
  parentalBenefit: { nb: 'foreldrepenger', en: 'parental benefit' },
  disabilityBenefit: { nb: 'uføretrygd', en: 'disability benefit' },
  workAssessmentAllowance: { nb: 'arbeidsavklaringspenger', en: 'work assessment allowance' },
};

/** The month's figures as lines. @internal */
export function renderStipendMonth(v: StipendMonth, lang: Locale): string[] {
  const nb = lang === 'nb';
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, lang);
  return [
    nb ? `Introduksjonsstønad for ${v.month} (${v.regime})` : `Introduction stipend for ${v.month} (${v.regime})`,
    `  ${nb ? 'Andel av 2 G' : 'Share of 2 G'}: ${v.fraction}`,
    `  ${nb ? 'Dager i programmet' : 'Days in the programme'}: ${v.daysInProgramme}`,
    `  ${nb ? 'Full måned' : 'Full month'}: ${money(v.fullMonth)}`,
    `  ${nb ? 'Opptjent' : 'Earned'}: ${money(v.gross)}`,
    ...v.deductions.map((d) => `  − ${KIND[d.kind]?.[lang] ?? d.kind}: ${money(d.applied)}`),
    `  ${nb ? 'Til utbetaling' : 'To pay'}: ${money(v.payment)}`,
    `  ${nb ? 'Individuelt vedtak kreves' : 'Individual decision required'}: ${v.individualDecisionRequired ? (nb ? 'ja' : 'yes') : nb ? 'nei' : 'no'}`,
  ];
}

/** The `stipend` command. @internal */
export const stipendCommand = caseCommand({
  name: 'stipend',
  summary: messages.stipendSummary,
  flags,
  rule: stipendForMonth,
  render: renderStipendMonth,
});
