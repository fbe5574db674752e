/**
 * Every text the CLI prints, in bokmål and English. The closing line of `check`, `N passed, M failed`,
 * is the same in both languages: scripts read it.
 * @module
 */
import type { LocalizedText } from '../core/localized-text.js';

type Texts<P> = { readonly [L in 'nb' | 'en']: (p: P) => string };

/** The CLI's messages. */
export const messages = {
  usage: { nb: 'Bruk', en: 'Usage' } satisfies LocalizedText,
  commands: { nb: 'Kommandoer', en: 'Commands' } satisfies LocalizedText,
  options: { nb: 'Valg', en: 'Options' } satisfies LocalizedText,
  optionLang: { nb: 'språk for meldinger (standard: nb)', en: 'language of messages (default: nb)' } satisfies LocalizedText,
  optionHelp: { nb: 'vis denne hjelpen', en: 'show this help' } satisfies LocalizedText,
  optionVersion: { nb: 'vis versjonen', en: 'show the version' } satisfies LocalizedText,
  exitCodes: {
    nb: 'Avslutningskode: 0 alt i orden, 1 en sak feilet, inndata er ugyldige eller en fil kan ikke brukes, 2 feil i kommandolinjen.',
    en: 'Exit code: 0 all well, 1 a case failed, the input is invalid or a file cannot be used, 2 the command line is wrong.',
  } satisfies LocalizedText,
  unknownCommand: {
    nb: (p) => `Ukjent kommando «${p.name}». Kjente kommandoer: ${p.known}.`,
    en: (p) => `Unknown command "${p.name}". Known commands: ${p.known}.`,
  } satisfies Texts<{ name: string; known: string }>,
  unknownOption: { nb: (p) => `Ukjent valg «${p.option}».`, en: (p) => `Unknown option "${p.option}".` } satisfies Texts<{
    option: string;
  }>,
  badLang: {
    nb: (p) => `--lang må være nb eller en, ikke «${p.value}».`,
    en: (p) => `--lang must be nb or en, not "${p.value}".`,
  } satisfies Texts<{ value: string }>,
  noCommand: { nb: 'Oppgi en kommando.', en: 'Name a command.' } satisfies LocalizedText,
  seeHelp: { nb: 'Se «integreringsregler --help».', en: 'See "integreringsregler --help".' } satisfies LocalizedText,
  checkSummary: {
    nb: 'kjør saksfiler (JSON) og vis hver sak som feiler; en mappe betyr alle *.json i den',
    en: 'run case files (JSON) and show each failing case; a directory means every *.json in it',
  } satisfies LocalizedText,
  checkNoFiles: { nb: 'Oppgi minst én saksfil eller mappe.', en: 'Name at least one case file or directory.' } satisfies LocalizedText,
  cannotRead: {
    nb: (p) => `${p.path}: kan ikke leses (${p.reason})`,
    en: (p) => `${p.path}: cannot be read (${p.reason})`,
  } satisfies Texts<{ path: string; reason: string }>,
  noCaseFiles: {
    nb: (p) => `${p.path}: mappen har ingen saksfiler (*.json)`,
    en: (p) => `${p.path}: the directory has no case files (*.json)`,
  } satisfies Texts<{ path: string }>,
  notJson: {
    nb: (p) => `${p.path}: er ikke gyldig JSON (${p.reason})`,
    en: (p) => `${p.path}: is not valid JSON (${p.reason})`,
  } satisfies Texts<{ path: string; reason: string }>,
  malformed: {
    nb: (p) => `${p.path}: er ikke en gyldig saksfil:`,
    en: (p) => `${p.path}: is not a valid case file:`,
  } satisfies Texts<{ path: string }>,
  // One-case commands (stipend, grants, programme).
  commandOptions: { nb: (p) => `Valg for ${p.name}`, en: (p) => `Options of ${p.name}` } satisfies Texts<{ name: string }>,
  missingValue: { nb: (p) => `${p.option} trenger en verdi.`, en: (p) => `${p.option} needs a value.` } satisfies Texts<{ option: string }>,
  unexpectedArgument: {
    nb: (p) => `Uventet argument «${p.arg}»: oppgi saken med valg, eller som JSON med --json-input <fil|->.`,
    en: (p) => `Unexpected argument "${p.arg}": give the case as options, or as JSON with --json-input <file|->.`,
  } satisfies Texts<{ arg: string }>,
  badFlagValue: {
    nb: (p) => `${p.option} er et ja/nei-valg; skriv ${p.option}, ${p.option}=true eller ${p.option}=false, ikke «${p.value}».`,
    en: (p) => `${p.option} is a yes/no flag; write ${p.option}, ${p.option}=true or ${p.option}=false, not "${p.value}".`,
  } satisfies Texts<{ option: string; value: string }>,
  jsonInputNotObject: {
    nb: (p) => `${p.path}: JSON-inndata må være et objekt ({ … }) med regelens felter`,
    en: (p) => `${p.path}: JSON input must be an object ({ … }) with the rule's fields`,
  } satisfies Texts<{ path: string }>,
  invalidInput: { nb: 'Ugyldige inndata:', en: 'Invalid input:' } satisfies LocalizedText,
  explanation: { nb: 'Forklaring:', en: 'Explanation:' } satisfies LocalizedText,
  optionJson: {
    nb: 'skriv hele resultatet som JSON (verdi og forklaring)',
    en: 'print the full result as JSON (value and explanation)',
  } satisfies LocalizedText,
  optionJsonInput: {
    nb: 'les saken som JSON fra en fil (- er standard inn); valg på kommandolinjen overstyrer feltene',
    en: 'read the case as JSON from a file (- is standard input); options on the command line override its fields',
  } satisfies LocalizedText,
  stipendSummary: {
    nb: 'regn ut introduksjonsstønaden for én deltaker og én måned',
    en: 'compute the introduction stipend for one participant and one month',
  } satisfies LocalizedText,
  grantsSummary: {
    nb: 'regn ut IMDi-tilskuddene for én person, per budsjettår',
    en: "compute IMDi's grants for one person, per budget year",
  } satisfies LocalizedText,
  programmeSummary: {
    nb: 'regn ut siste dag i introduksjonsprogrammet for én deltaker',
    en: 'compute the last day of the introduction programme for one participant',
  } satisfies LocalizedText,
} as const;
