/**
 * Every spreadsheet function, with what a host needs to declare it: its arguments (bokmål and English
 * names, optional or not) and a one-line description. The Google Sheets and Excel wrappers in `examples/`
 * must declare exactly these (a test checks), and `docs/spreadsheets.md` lists them.
 * @module
 */
import type { LocalizedText } from '../core/localized-text.js';
import { ADVISER_CAPACITY, ADVISER_FTE } from './adviser-staffing.js';
import { BASIC_AMOUNT } from './basic-amount.js';
import { GRANT_SCHEDULE_TOTAL } from './grant-schedule-total.js';
import { INTEGRATION_GRANT } from './integration-grant.js';
import { INTRO_STIPEND_MONTH } from './intro-stipend-month.js';
import { INTRO_STIPEND_RATE } from './intro-stipend-rate.js';
import { PROGRAMME_END } from './programme-end.js';
import type { SheetInput } from './sheet-input.js';
import type { SheetResult } from './sheet-result.js';

/** One argument of a spreadsheet function. */
export interface SheetArgument {
  /** The argument's name in formulas and error texts. */
  readonly name: LocalizedText;
  /** What to put in the cell. */
  readonly description: LocalizedText;
  /** May be left out. */
  readonly optional: boolean;
}

/** One spreadsheet function and its declaration. */
export interface SheetFunction {
  readonly fn: (...args: SheetInput[]) => SheetResult;
  readonly description: LocalizedText;
  readonly args: readonly SheetArgument[];
}

const dateHelp: LocalizedText = { nb: 'dato som tekst ÅÅÅÅ-MM-DD eller datocelle', en: 'date as text YYYY-MM-DD or a date cell' };
const monthHelp: LocalizedText = {
  nb: 'måned som tekst ÅÅÅÅ-MM, eller en dato i måneden',
  en: 'month as text YYYY-MM, or a date in the month',
};
const regimeHelp: LocalizedText = {
  nb: '"introduksjonsloven" eller "integreringsloven"',
  en: '"introduksjonsloven" or "integreringsloven"',
};
const categoryHelp: LocalizedText = {
  nb: '"enslig voksen", "voksen", "barn" eller "enslig mindreårig" (eller engelsk: "singleAdult", "adult", "child", "unaccompaniedMinor")',
  en: '"singleAdult", "adult", "child" or "unaccompaniedMinor" (or bokmål: "enslig voksen", "voksen", "barn", "enslig mindreårig")',
};
const normDateHelp: LocalizedText = {
  nb: 'valgfri: normen på denne datoen (ellers den siste normen biblioteket har)',
  en: 'optional: the norm on this date (else the latest norm the library ships)',
};
const arg = (nb: string, en: string, description: LocalizedText, optional = false): SheetArgument => ({
  name: { nb, en },
  description,
  optional,
});

/**
 * The spreadsheet functions by name. A domain adds one line here for each function it exposes.
 *
 * @example
 * ```ts
 * import { sheetFunctions } from 'integreringsregler/spreadsheet';
 * Object.keys(sheetFunctions).includes('BASIC_AMOUNT'); // true
 * sheetFunctions.BASIC_AMOUNT?.fn('2025-05-01'); // 130160
 * ```
 */
export const sheetFunctions: Readonly<Record<string, SheetFunction>> = /* @__PURE__ */ Object.freeze({
  BASIC_AMOUNT: {
    fn: BASIC_AMOUNT,
    description: { nb: 'Grunnbeløpet (G) i kroner per år på en dato', en: 'The basic amount G in kroner a year on a date' },
    args: [
      { name: { nb: 'dato', en: 'date' }, description: dateHelp, optional: false },
      {
        name: { nb: 'kjent_per', en: 'as_known_on' },
        description: { nb: 'valgfri: regn med G slik den var kjent denne datoen', en: 'optional: use G as it was known on this date' },
        optional: true,
      },
    ],
  },
  // Stipend (introduksjonsstønad).
  INTRO_STIPEND_MONTH: {
    fn: INTRO_STIPEND_MONTH,
    description: {
      nb: 'Introduksjonsstønad å utbetale for en måned, etter trekk for ugyldig fravær',
      en: 'The introduction stipend to pay for a month, after deductions for unexcused absence',
    },
    args: [
      arg('ordning', 'regime', regimeHelp),
      arg('fødselsdato', 'birth_date', dateHelp),
      arg('måned', 'month', monthHelp),
      arg(
        'bor_med_forelder',
        'lives_with_parent',
        {
          nb: 'valgfri: SANN hvis deltakeren bor med en forelder (teller under 25 etter integreringsloven)',
          en: 'optional: TRUE if the participant lives with a parent (counts under 25 under the Integration Act)',
        },
        true,
      ),
      arg(
        'ugyldig_fravær_timer',
        'unexcused_hours',
        { nb: 'valgfri: timer ugyldig fravær i måneden', en: 'optional: hours of unexcused absence in the month' },
        true,
      ),
      arg(
        'ugyldig_fravær_dager',
        'unexcused_days',
        { nb: 'valgfri: dager ugyldig fravær i måneden', en: 'optional: days of unexcused absence in the month' },
        true,
      ),
      arg(
        'programstart',
        'programme_start',
        { nb: 'valgfri: første programdag (ellers hele måneden)', en: 'optional: first programme day (else the whole month)' },
        true,
      ),
      arg('programslutt', 'programme_end', { nb: 'valgfri: siste programdag', en: 'optional: last programme day' }, true),
    ],
  },
  INTRO_STIPEND_RATE: {
    fn: INTRO_STIPEND_RATE,
    description: {
      nb: 'Introduksjonsstønadens sats per år, måned, dag eller time',
      en: 'The introduction stipend’s rate a year, month, day or hour',
    },
    args: [
      arg('ordning', 'regime', regimeHelp),
      arg('fødselsdato', 'birth_date', dateHelp),
      arg('måned', 'month', monthHelp),
      arg('enhet', 'unit', {
        nb: '"år", "måned", "dag" eller "time" (eller "year", "month", "day", "hour")',
        en: '"year", "month", "day" or "hour" (or "år", "måned", "dag", "time")',
      }),
      arg(
        'bor_med_forelder',
        'lives_with_parent',
        { nb: 'valgfri: SANN hvis deltakeren bor med en forelder', en: 'optional: TRUE if the participant lives with a parent' },
        true,
      ),
    ],
  },
  // Grants (IMDi).
  INTEGRATION_GRANT: {
    fn: INTEGRATION_GRANT,
    description: {
      nb: 'Integreringstilskuddets sats for en kategori og et år i perioden (budsjettår = bosettingsår + år_nr − 1)',
      en: 'The integration-grant rate for a category and a year of the period (budget year = settlement year + year no − 1)',
    },
    args: [
      arg('kategori', 'category', categoryHelp),
      arg('bosettingsår', 'settlement_year', {
        nb: 'kalenderåret for første bosetting, f.eks. 2017',
        en: 'the calendar year of first settlement, e.g. 2017',
      }),
      arg('år_nr', 'year_no', { nb: 'år i tilskuddsperioden, 1–5', en: 'year of the grant period, 1–5' }),
    ],
  },
  GRANT_SCHEDULE_TOTAL: {
    fn: GRANT_SCHEDULE_TOTAL,
    description: {
      nb: 'Sum av IMDi-tilskuddene for én person i ett budsjettår',
      en: 'The total of IMDi’s grants for one person in one budget year',
    },
    args: [
      arg('fødselsdato', 'birth_date', dateHelp),
      arg('bosettingsdato', 'settlement_date', dateHelp),
      arg('kategori', 'category', categoryHelp),
      arg('budsjettår', 'budget_year', { nb: 'budsjettåret, f.eks. 2017', en: 'the budget year, e.g. 2017' }),
    ],
  },
  // Caseload.
  ADVISER_FTE: {
    fn: ADVISER_FTE,
    description: {
      nb: 'Årsverk programrådgiver som trengs for et antall deltakere',
      en: 'Programme-adviser FTE needed for a number of participants',
    },
    args: [
      arg('deltakere', 'participants', { nb: 'aktive deltakere, et heltall', en: 'active participants, a whole number' }),
      arg('dato', 'date', normDateHelp, true),
    ],
  },
  ADVISER_CAPACITY: {
    fn: ADVISER_CAPACITY,
    description: {
      nb: 'Deltakere en bemanning av programrådgivere kan følge opp etter normen',
      en: 'Participants a staffing of programme advisers can follow under the norm',
    },
    args: [
      arg('stillingsprosenter', 'position_percents', {
        nb: 'et område med stillingsprosenter, eller tekst som "60, 50"',
        en: 'a range of position percentages, or text such as "60, 50"',
      }),
      arg('dato', 'date', normDateHelp, true),
    ],
  },
  // Programme.
  PROGRAMME_END: {
    fn: PROGRAMME_END,
    description: {
      nb: 'Siste programdag som tekst ÅÅÅÅ-MM-DD (gjør den til dato med DATOVERDI)',
      en: 'The last programme day as text YYYY-MM-DD (make it a date with DATEVALUE)',
    },
    args: [
      arg('ordning', 'regime', {
        nb: '"introduksjonsloven", "integreringsloven" eller "integreringsloven-6A"',
        en: '"introduksjonsloven", "integreringsloven" or "integreringsloven-6A"',
      }),
      arg('startdato', 'start_date', dateHelp),
      arg('innvilgede_måneder', 'granted_months', { nb: 'innvilget lengde i måneder', en: 'granted length in months' }),
      arg(
        'forlengelse_måneder',
        'extension_months',
        {
          nb: 'valgfri: forlengelse i måneder (vilkåret er funnet oppfylt)',
          en: 'optional: extension in months (its condition found met)',
        },
        true,
      ),
      arg(
        'permisjonsdager',
        'leave_days',
        { nb: 'valgfri: kalenderdager innvilget permisjon', en: 'optional: calendar days of approved leave' },
        true,
      ),
      arg(
        'utdanning',
        'prior_education',
        {
          nb: 'valgfri: "withUpperSecondary" eller "withoutUpperSecondary"',
          en: 'optional: "withUpperSecondary" or "withoutUpperSecondary"',
        },
        true,
      ),
      arg(
        'sluttmål',
        'end_goal',
        {
          nb: 'valgfri: f.eks. "fullUpperSecondary", "tradeTraining", "workQualifying"',
          en: 'optional: e.g. "fullUpperSecondary", "tradeTraining", "workQualifying"',
        },
        true,
      ),
      arg(
        'permisjon_virkedager',
        'leave_working_days',
        {
          nb: 'valgfri: virkedager i permisjonen (trengs etter integreringsloven)',
          en: 'optional: working days of the leave (needed under the Integration Act)',
        },
        true,
      ),
    ],
  },
});
