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

/**
 * Introduksjonsstønad å utbetale for en måned, etter trekk for ugyldig fravær (introduksjonsloven §§ 8–12,
 * integreringsloven §§ 20–23). The introduction stipend to pay for a month.
 *
 * @param {string} regime "introduksjonsloven" eller "integreringsloven".
 * @param {string|number|Date} birth_date Fødselsdato.
 * @param {string|number|Date} month Måned (ÅÅÅÅ-MM) eller en dato i måneden.
 * @param {boolean} [lives_with_parent] Valgfri: SANN hvis deltakeren bor med en forelder.
 * @param {number} [unexcused_hours] Valgfri: timer ugyldig fravær.
 * @param {number} [unexcused_days] Valgfri: dager ugyldig fravær.
 * @param {string|number|Date} [programme_start] Valgfri: første programdag (ellers hele måneden).
 * @param {string|number|Date} [programme_end] Valgfri: siste programdag.
 * @return {number} Kroner å utbetale for måneden.
 * @customfunction
 */
function INTRO_STIPEND_MONTH(
  regime,
  birth_date,
  month,
  lives_with_parent,
  unexcused_hours,
  unexcused_days,
  programme_start,
  programme_end,
) {
  return figure_(
    Integreringsregler.spreadsheet.INTRO_STIPEND_MONTH(
      regime,
      isoDate_(birth_date),
      isoDate_(month),
      lives_with_parent,
      unexcused_hours,
      unexcused_days,
      isoDate_(programme_start),
      isoDate_(programme_end),
    ),
  );
}

/**
 * Introduksjonsstønadens sats per år, måned, dag eller time. The stipend's rate for one unit.
 *
 * @param {string} regime "introduksjonsloven" eller "integreringsloven".
 * @param {string|number|Date} birth_date Fødselsdato.
 * @param {string|number|Date} month Måned (ÅÅÅÅ-MM) eller en dato i måneden.
 * @param {string} unit "år", "måned", "dag" eller "time" ("year", "month", "day", "hour").
 * @param {boolean} [lives_with_parent] Valgfri: SANN hvis deltakeren bor med en forelder.
 * @return {number} Satsen i kroner.
 * @customfunction
 */
function INTRO_STIPEND_RATE(regime, birth_date, month, unit, lives_with_parent) {
  return figure_(Integreringsregler.spreadsheet.INTRO_STIPEND_RATE(regime, isoDate_(birth_date), isoDate_(month), unit, lives_with_parent));
}

/**
 * Integreringstilskuddets sats for en kategori og et år i perioden (budsjettår = bosettingsår + år_nr − 1).
 * The integration-grant rate for a category and a year of the grant period.
 *
 * @param {string} category "enslig voksen", "voksen", "barn" eller "enslig mindreårig".
 * @param {number} settlement_year Kalenderåret for første bosetting.
 * @param {number} year_no År i tilskuddsperioden, 1–5.
 * @return {number} Satsen i kroner.
 * @customfunction
 */
function INTEGRATION_GRANT(category, settlement_year, year_no) {
  return figure_(Integreringsregler.spreadsheet.INTEGRATION_GRANT(category, settlement_year, year_no));
}

/**
 * Sum av IMDi-tilskuddene for én person i ett budsjettår. The total of a person's grants in a budget year.
 *
 * @param {string|number|Date} birth_date Fødselsdato.
 * @param {string|number|Date} settlement_date Bosettingsdato.
 * @param {string} category "enslig voksen", "voksen", "barn" eller "enslig mindreårig".
 * @param {number} budget_year Budsjettåret.
 * @return {number} Kroner.
 * @customfunction
 */
function GRANT_SCHEDULE_TOTAL(birth_date, settlement_date, category, budget_year) {
  return figure_(
    Integreringsregler.spreadsheet.GRANT_SCHEDULE_TOTAL(isoDate_(birth_date), isoDate_(settlement_date), category, budget_year),
  );
}

/**
 * Årsverk programrådgiver som trengs for et antall deltakere. Adviser FTE needed for a number of participants.
 *
 * @param {number|Array<Array<number>>} participants Aktive deltakere, eller et område av antall.
 * @param {string|number|Date} [date] Valgfri: normen på denne datoen.
 * @return {number|number[][]} Årsverk.
 * @customfunction
 */
function ADVISER_FTE(participants, date) {
  return eachCell_(participants, function (n) {
    return figure_(Integreringsregler.spreadsheet.ADVISER_FTE(n, isoDate_(date)));
  });
}

/**
 * Deltakere en bemanning kan følge opp etter normen. Participants a staffing of advisers can follow.
 *
 * @param {string|number|Array<Array<number>>} position_percents Et område med stillingsprosenter, eller tekst som "60, 50".
 * @param {string|number|Date} [date] Valgfri: normen på denne datoen.
 * @return {number} Deltakere.
 * @customfunction
 */
function ADVISER_CAPACITY(position_percents, date) {
  return figure_(Integreringsregler.spreadsheet.ADVISER_CAPACITY(position_percents, isoDate_(date)));
}

/**
 * Siste programdag som tekst ÅÅÅÅ-MM-DD; gjør den til en dato med =DATOVERDI(…). The last programme day.
 *
 * @param {string} regime "introduksjonsloven", "integreringsloven" eller "integreringsloven-6A".
 * @param {string|number|Date} start_date Første programdag.
 * @param {number} granted_months Innvilget lengde i måneder.
 * @param {number} [extension_months] Valgfri: forlengelse i måneder (vilkåret funnet oppfylt).
 * @param {number} [leave_days] Valgfri: kalenderdager innvilget permisjon.
 * @param {string} [prior_education] Valgfri: "withUpperSecondary" eller "withoutUpperSecondary".
 * @param {string} [end_goal] Valgfri: sluttmål, f.eks. "fullUpperSecondary".
 * @param {number} [leave_working_days] Valgfri: virkedager i permisjonen (integreringsloven).
 * @return {string} Siste programdag, ÅÅÅÅ-MM-DD.
 * @customfunction
 */
function PROGRAMME_END(regime, start_date, granted_months, extension_months, leave_days, prior_education, end_goal, leave_working_days) {
  return figure_(
    Integreringsregler.spreadsheet.PROGRAMME_END(
      regime,
      isoDate_(start_date),
      granted_months,
      extension_months,
      leave_days,
      prior_education,
      end_goal,
      leave_working_days,
    ),
  );
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
