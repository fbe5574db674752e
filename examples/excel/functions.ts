/**
 * integreringsregler as Excel custom functions (Office.js). Use this file as `src/functions/functions.ts`
 * of an add-in made with the Office generator (`yo office`, "Excel Custom Functions" project, TypeScript):
 * its build reads the JSDoc `@customfunction` tags below and writes the functions' metadata. In your
 * add-in, import from the package instead of the source:
 *
 *     import { BASIC_AMOUNT as basicAmount, isSheetError } from 'integreringsregler/spreadsheet';
 *
 * Excel passes a date cell as a serial number in the 1900 date system, which the library reads (serial
 * 60, Excel's fictitious 29 February 1900, is refused). Workbooks using the 1904 date system are not
 * supported: their serials are 1462 days off. Bad input throws Excel's own error, `#VALUE!` (or `#N/A`
 * when no rate covers the date), carrying the library's message in bokmål. Arguments are typed `any`:
 * Excel passes a number, a text or nothing, and `any` is the metadata generator's type for that.
 */
import {
  ADVISER_CAPACITY as adviserCapacity,
  ADVISER_FTE as adviserFte,
  BASIC_AMOUNT as basicAmount,
  GRANT_SCHEDULE_TOTAL as grantScheduleTotal,
  INTEGRATION_GRANT as integrationGrant,
  INTRO_STIPEND_MONTH as introStipendMonth,
  INTRO_STIPEND_RATE as introStipendRate,
  isSheetError,
  PROGRAMME_END as programmeEnd,
  SHEET_NOT_AVAILABLE,
  type SheetInput,
  type SheetResult,
} from '../../src/spreadsheet/index.js';

/**
 * The part of Office.js's custom-functions runtime used here (kept plain so this file type-checks without
 * Office's types; with @types/custom-functions-runtime installed, delete this declaration).
 */
declare const CustomFunctions: {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
};

/** Excel's error for the library's error text. */
function excelError(result: string): Error {
  const code = result.startsWith(SHEET_NOT_AVAILABLE) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, result);
}

/** The figure, or Excel's error for the library's error text. */
function figure(result: SheetResult): number {
  if (isSheetError(result)) throw excelError(result);
  return result as number;
}

/** The text (a date as YYYY-MM-DD), or Excel's error for the library's error text. */
function text(result: SheetResult): string {
  if (isSheetError(result)) throw excelError(result);
  return String(result);
}

/**
 * Grunnbeløpet (G) i kroner per år på en dato (folketrygdloven § 1-4). The basic amount G a year on a date.
 * @customfunction BASIC_AMOUNT
 * @param date Dato: datocelle, serienummer eller tekst ÅÅÅÅ-MM-DD.
 * @param [asKnownOn] Valgfri: regn med G slik den var kjent denne datoen.
 * @returns G i kroner per år.
 */
export function BASIC_AMOUNT(date: any, asKnownOn?: any): number {
  return figure(basicAmount(date as SheetInput, asKnownOn as SheetInput));
}

/**
 * Introduksjonsstønad å utbetale for en måned, etter trekk for ugyldig fravær. The stipend to pay for a month.
 * @customfunction INTRO_STIPEND_MONTH
 * @param regime "introduksjonsloven" eller "integreringsloven".
 * @param birthDate Fødselsdato.
 * @param month Måned (ÅÅÅÅ-MM) eller en dato i måneden.
 * @param [livesWithParent] Valgfri: SANN hvis deltakeren bor med en forelder.
 * @param [unexcusedHours] Valgfri: timer ugyldig fravær.
 * @param [unexcusedDays] Valgfri: dager ugyldig fravær.
 * @param [programmeStart] Valgfri: første programdag (ellers hele måneden).
 * @param [programmeEnd] Valgfri: siste programdag.
 * @returns Kroner å utbetale.
 */
export function INTRO_STIPEND_MONTH(
  regime: any,
  birthDate: any,
  month: any,
  livesWithParent?: any,
  unexcusedHours?: any,
  unexcusedDays?: any,
  programmeStart?: any,
  programmeEnd?: any,
): number {
  return figure(introStipendMonth(regime, birthDate, month, livesWithParent, unexcusedHours, unexcusedDays, programmeStart, programmeEnd));
}

/**
 * Introduksjonsstønadens sats per år, måned, dag eller time. The stipend's rate for one unit.
 * @customfunction INTRO_STIPEND_RATE
 * @param regime "introduksjonsloven" eller "integreringsloven".
 * @param birthDate Fødselsdato.
 * @param month Måned (ÅÅÅÅ-MM) eller en dato i måneden.
 * @param unit "år", "måned", "dag" eller "time" ("year", "month", "day", "hour").
 * @param [livesWithParent] Valgfri: SANN hvis deltakeren bor med en forelder.
 * @returns Satsen i kroner.
 */
export function INTRO_STIPEND_RATE(regime: any, birthDate: any, month: any, unit: any, livesWithParent?: any): number {
  return figure(introStipendRate(regime, birthDate, month, unit, livesWithParent));
}

/**
 * Integreringstilskuddets sats for en kategori og et år i perioden. The integration-grant rate.
 * @customfunction INTEGRATION_GRANT
 * @param category "enslig voksen", "voksen", "barn" eller "enslig mindreårig".
 * @param settlementYear Kalenderåret for første bosetting.
 * @param yearNo År i tilskuddsperioden, 1–5.
 * @returns Satsen i kroner.
 */
export function INTEGRATION_GRANT(category: any, settlementYear: any, yearNo: any): number {
  return figure(integrationGrant(category, settlementYear, yearNo));
}

/**
 * Sum av IMDi-tilskuddene for én person i ett budsjettår. A person's grants in a budget year.
 * @customfunction GRANT_SCHEDULE_TOTAL
 * @param birthDate Fødselsdato.
 * @param settlementDate Bosettingsdato.
 * @param category "enslig voksen", "voksen", "barn" eller "enslig mindreårig".
 * @param budgetYear Budsjettåret.
 * @returns Kroner.
 */
export function GRANT_SCHEDULE_TOTAL(birthDate: any, settlementDate: any, category: any, budgetYear: any): number {
  return figure(grantScheduleTotal(birthDate, settlementDate, category, budgetYear));
}

/**
 * Årsverk programrådgiver som trengs for et antall deltakere. Adviser FTE needed.
 * @customfunction ADVISER_FTE
 * @param participants Aktive deltakere.
 * @param [date] Valgfri: normen på denne datoen.
 * @returns Årsverk.
 */
export function ADVISER_FTE(participants: any, date?: any): number {
  return figure(adviserFte(participants, date));
}

/**
 * Deltakere en bemanning kan følge opp etter normen. Participants a staffing of advisers can follow.
 * @customfunction ADVISER_CAPACITY
 * @param positionPercents Et område med stillingsprosenter, eller én celle med tekst som "60, 50".
 * @param [date] Valgfri: normen på denne datoen.
 * @returns Deltakere.
 */
export function ADVISER_CAPACITY(positionPercents: any[][], date?: any): number {
  return figure(adviserCapacity(positionPercents, date as SheetInput));
}

/**
 * Siste programdag som tekst ÅÅÅÅ-MM-DD; gjør den til en dato med =DATOVERDI(…). The last programme day.
 * @customfunction PROGRAMME_END
 * @param regime "introduksjonsloven", "integreringsloven" eller "integreringsloven-6A".
 * @param startDate Første programdag.
 * @param grantedMonths Innvilget lengde i måneder.
 * @param [extensionMonths] Valgfri: forlengelse i måneder (vilkåret funnet oppfylt).
 * @param [leaveDays] Valgfri: kalenderdager innvilget permisjon.
 * @param [priorEducation] Valgfri: "withUpperSecondary" eller "withoutUpperSecondary".
 * @param [endGoal] Valgfri: sluttmål, f.eks. "fullUpperSecondary".
 * @param [leaveWorkingDays] Valgfri: virkedager i permisjonen (integreringsloven).
 * @returns Siste programdag, ÅÅÅÅ-MM-DD.
 */
export function PROGRAMME_END(
  regime: any,
  startDate: any,
  grantedMonths: any,
  extensionMonths?: any,
  leaveDays?: any,
  priorEducation?: any,
  endGoal?: any,
  leaveWorkingDays?: any,
): string {
  return text(programmeEnd(regime, startDate, grantedMonths, extensionMonths, leaveDays, priorEducation, endGoal, leaveWorkingDays));
}
