/**
 * integreringsregler in Google Sheets: custom functions for the spreadsheet.
 *
 * Installation (see docs/spreadsheets.md): in the sheet, Extensions → Apps Script; add a script file
 * named `integreringsregler` and paste the whole of dist/integreringsregler.iife.min.js from the npm
 * package into it; replace the contents of Code.gs with this file; save. The functions below are then
 * available in every cell, e.g. =BASIC_AMOUNT("2024-05-01").
 *
 * Each function is a thin wrapper over Integreringsregler.spreadsheet: it turns date cells into ISO
 * dates in the spreadsheet's own time zone, applies itself to every cell of a range, and turns the
 * library's error text (#VERDI! …, #I/T …) into an error, so the cell shows #ERROR! with the Norwegian
 * message and a SUM over it fails instead of silently skipping the cell.
 */

/**
 * Grunnbeløpet (G) i kroner per år på en dato (folketrygdloven § 1-4).
 * The basic amount G in kroner a year on a date.
 *
 * @param {string|number|Date|Array<Array<string|number|Date>>} date Dato (ÅÅÅÅ-MM-DD, datocelle eller
 *     serienummer), eller et område av datoer.
 * @param {string|number|Date} [as_known_on] Valgfri: regn med G slik den var kjent denne datoen.
 * @return {number|number[][]} G i kroner per år.
 * @customfunction
 */
function BASIC_AMOUNT(date, as_known_on) {
  return eachCell_(date, function (d) {
    return figure_(Integreringsregler.spreadsheet.BASIC_AMOUNT(isoDate_(d), isoDate_(as_known_on)));
  });
}

// ---- helpers (the trailing _ keeps them out of the spreadsheet's function list) ----

/** A date cell (a Date at midnight in the spreadsheet's time zone) as YYYY-MM-DD; anything else as is. */
function isoDate_(value) {
  if (Object.prototype.toString.call(value) !== '[object Date]') return value;
  var zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  return Utilities.formatDate(value, zone, 'yyyy-MM-dd');
}

/** The result, or an error carrying the library's message when it is an error text. */
function figure_(result) {
  if (Integreringsregler.spreadsheet.isSheetError(result)) throw new Error(result);
  return result;
}

/** Applies fn to a single value, or to every cell of a range (a 2-D array), keeping its shape. */
function eachCell_(value, fn) {
  if (!Array.isArray(value)) return fn(value);
  return value.map(function (row) {
    return row.map(function (cell) {
      return cell === '' ? '' : fn(cell);
    });
  });
}
