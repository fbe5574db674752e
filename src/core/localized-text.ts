/**
 * Text in the two languages the library speaks: bokmål (`nb`) and English (`en`).
 * @module
 */

/** The languages explanations and error messages are rendered in. */
export type Locale = 'nb' | 'en';

/** The locales the library ships, in the order it lists them. */
export const LOCALES: readonly Locale[] = ['nb', 'en'];

/** A piece of text given in bokmål and English. */
export interface LocalizedText {
  readonly nb: string;
  readonly en: string;
}
