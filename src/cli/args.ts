/**
 * Reads the command line: global options (`--lang nb|en`, `--help`, `--version`) anywhere on the line,
 * then a command name and its arguments. `--` ends the options (what follows are arguments, even if they
 * start with `-`).
 * @module
 */
import type { Locale } from '../core/localized-text.js';

/** The command line, understood. */
export type ParsedArgs =
  | { readonly kind: 'help'; readonly lang: Locale; readonly command?: string }
  | { readonly kind: 'version'; readonly lang: Locale }
  | { readonly kind: 'run'; readonly lang: Locale; readonly command: string; readonly args: readonly string[] }
  | { readonly kind: 'usage-error'; readonly lang: Locale; readonly problem: UsageProblem };

/** What is wrong with a command line. */
export type UsageProblem =
  | { readonly code: 'unknown_option'; readonly option: string }
  | { readonly code: 'bad_lang'; readonly value: string }
  | { readonly code: 'no_command' };

const LANGS: readonly string[] = ['nb', 'en'];

/**
 * Parses the arguments after `node cli.js` (default language bokmål).
 * @internal
 */
export function parseArgs(argv: readonly string[], commandOptions: (command: string) => readonly string[] = () => []): ParsedArgs {
  let lang: Locale = 'nb';
  let help = false;
  let version = false;
  let problem: UsageProblem | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (value !== undefined && LANGS.includes(value)) lang = value as Locale;
      else problem ??= { code: 'bad_lang', value: value ?? '' };
    } else if (a.startsWith('-') && a !== '-') {
      // After the command word, the command's own options belong to it (e.g. `forecast --json`).
      if (words[0] !== undefined && commandOptions(words[0]).includes(a)) words.push(a);
      else problem ??= { code: 'unknown_option', option: a };
    }
    else words.push(a);
  }
  const [command, ...args] = words;
  if (help) return command === undefined ? { kind: 'help', lang } : { kind: 'help', lang, command };
  if (problem !== undefined) return { kind: 'usage-error', lang, problem };
  if (version) return { kind: 'version', lang };
  if (command === undefined) return { kind: 'usage-error', lang, problem: { code: 'no_command' } };
  return { kind: 'run', lang, command, args };
}
