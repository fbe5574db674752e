/**
 * The IIFE bundle's entry (global `Integreringsregler`): the whole library, plus the spreadsheet
 * functions under `Integreringsregler.spreadsheet` for Google Sheets and plain `<script>` pages. The ESM
 * and CommonJS builds keep the two apart (`integreringsregler` and `integreringsregler/spreadsheet`).
 * @packageDocumentation
 */
export * from './index.js';
export * as spreadsheet from './spreadsheet/index.js';
