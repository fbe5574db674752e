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
import { BASIC_AMOUNT as basicAmount, isSheetError, SHEET_NOT_AVAILABLE, type SheetInput, type SheetResult } from '../../src/spreadsheet/index.js';

/**
 * The part of Office.js's custom-functions runtime used here (kept plain so this file type-checks without
 * Office's types; with @types/custom-functions-runtime installed, delete this declaration).
 */
declare const CustomFunctions: {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
};

/** The figure, or Excel's error for the library's error text. */
function figure(result: SheetResult): number {
  if (!isSheetError(result)) return result as number;
  const code = result.startsWith(SHEET_NOT_AVAILABLE) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result);
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
