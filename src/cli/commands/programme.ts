/**
 * `integreringsregler programme`: the last day of one participant's introduction programme
 * ({@link programmeEndDate}; Introduction Act § 5, Integration Act §§ 13–14, 17–18), from options or JSON.
 * @module
 */
import type { Locale } from '../../core/localized-text.js';
import { programmeEndDate, type ProgrammeEndDateResult } from '../../programme/index.js';
import { caseCommand, type CaseFlag } from '../case-command.js';
import { messages } from '../messages.js';

const date = 'YYYY-MM-DD';
const leaveKind = [{ path: ['leave', 0, 'kind'], value: 'leave' }] as const;
const flags: readonly CaseFlag[] = [
  {
    name: '--regime',
    path: ['regime'],
    kind: 'text',
    value: 'introduksjonsloven|integreringsloven|integreringsloven-6A',
    description: { nb: 'loven programmet følger', en: 'the Act the programme follows' },
  },
  {
    name: '--start-date',
    path: ['startDate'],
    kind: 'text',
    value: date,
    description: { nb: 'første programdag', en: 'first programme day' },
  },
  {
    name: '--start-offered-on',
    path: ['startOfferedOn'],
    kind: 'text',
    value: date,
    description: { nb: 'datoen starten ble tilbudt (ellers startdatoen)', en: 'the date the start was offered (else the start date)' },
  },
  {
    name: '--granted-months',
    path: ['granted', 'months'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'innvilget lengde, måneder', en: 'granted length, months' },
  },
  {
    name: '--granted-days',
    path: ['granted', 'days'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'innvilget lengde, dager i tillegg', en: 'granted length, days on top' },
  },
  {
    name: '--extension-months',
    path: ['extension', 'months'],
    kind: 'number',
    value: '<n>',
    description: { nb: 'forlengelse, måneder', en: 'extension, months' },
  },
  {
    name: '--extension-condition-met',
    path: ['extensionConditionMet'],
    kind: 'flag',
    description: { nb: 'vilkåret for forlengelse er funnet oppfylt', en: 'the condition for the extension is found met' },
  },
  {
    name: '--covid-extension-months',
    path: ['covidExtension', 'months'],
    kind: 'number',
    value: '<n>',
    description: {
      nb: 'utvidet program etter de midlertidige covid-19-reglene, måneder',
      en: 'extended programme under the temporary covid-19 rules, months',
    },
  },
  {
    name: '--covid-extension-condition-met',
    path: ['covidExtensionConditionMet'],
    kind: 'flag',
    description: {
      nb: 'vilkåret for utvidet program (covid-19) er funnet oppfylt',
      en: 'the condition for the extended programme (covid-19) is found met',
    },
  },
  {
    name: '--prior-education',
    path: ['priorEducation'],
    kind: 'text',
    value: 'withUpperSecondary|withoutUpperSecondary',
    description: { nb: 'utdanning fra før', en: 'prior education' },
  },
  {
    name: '--end-goal',
    path: ['endGoal'],
    kind: 'text',
    value: '<goal>',
    description: { nb: 'sluttmål, f.eks. fullUpperSecondary', en: 'end goal, e.g. fullUpperSecondary' },
  },
  {
    name: '--leave-days',
    path: ['leave', 0, 'calendarDays'],
    kind: 'number',
    value: '<n>',
    implies: leaveKind,
    description: { nb: 'kalenderdager innvilget permisjon', en: 'calendar days of approved leave' },
  },
  {
    name: '--leave-working-days',
    path: ['leave', 0, 'workingDays'],
    kind: 'number',
    value: '<n>',
    implies: leaveKind,
    description: { nb: 'virkedager i permisjonen (integreringsloven)', en: 'working days of the leave (Integration Act)' },
  },
  {
    name: '--permanent-stop-from',
    path: ['permanentStopFrom'],
    kind: 'text',
    value: date,
    description: { nb: 'første dag uten program etter varig stans', en: 'first day without programme after a permanent stop' },
  },
];

/** The end date as lines. @internal */
export function renderProgrammeEnd(v: ProgrammeEndDateResult, lang: Locale): string[] {
  const nb = lang === 'nb';
  return [
    `${nb ? 'Siste programdag' : 'Last programme day'}: ${v.lastDay}`,
    `  ${nb ? 'Uten permisjon og stans' : 'Without leave and stop'}: ${v.plannedLastDay}`,
    `  ${nb ? 'Permisjon forlenger med' : 'Leave adds'}: ${v.leaveAdded.months} ${nb ? 'måneder og' : 'months and'} ${v.leaveAdded.days} ${nb ? 'dager' : 'days'}`,
    ...v.leaveTotals
      .filter((t) => t.workingDays !== undefined)
      .map(
        (t) =>
          `  ${nb ? `Virkedager etter ${t.section} (fra ${t.ruleFrom})` : `Working days under ${t.section} (from ${t.ruleFrom})`}: ${t.workingDays ?? 0}${t.added ? (nb ? ', lagt til' : ', added') : ''}`,
      ),
    `  ${nb ? 'Varig stans' : 'Permanently stopped'}: ${v.stopped ? (nb ? 'ja' : 'yes') : nb ? 'nei' : 'no'}`,
  ];
}

/** The `programme` command. @internal */
export const programmeCommand = caseCommand({
  name: 'programme',
  summary: messages.programmeSummary,
  flags,
  rule: programmeEndDate,
  render: renderProgrammeEnd,
});
