/**
 * Reads the command line: global options (`--lang nb|en`, `--help`, `--version`) anywhere on the line,
 * then a command name and its arguments. After the command name, the command's own options (as it
 * declares them) are accepted and handed to it as one word each, `--name=value` or `--name`. `--` ends
 * the options (what follows are arguments, even if they start with `-`).
 * @module
 */
import type { Locale } from '../core/localized-text.js';

/** An option a command declares: its name (`--birth-date`) and, if it takes one, its value's placeholder. */
export interface OptionSpec {
  readonly name: string;
  /** E.g. `YYYY-MM-DD`; absent for a yes/no flag (which may still be written `--flag=false`). */
  readonly value?: string;
}

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
  | { readonly code: 'no_command' }
  | { readonly code: 'missing_value'; readonly option: string };

const LANGS: readonly string[] = ['nb', 'en'];

/**
 * Parses the arguments after `node cli.js` (default language bokmål).
 * @internal
 */
export function parseArgs(argv: readonly string[], optionsOf: (command: string) => readonly OptionSpec[] = () => []): ParsedArgs {
  let lang: Locale = 'nb';
  let help = false;
  let version = false;
  let problem: UsageProblem | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      for (const word of argv.slice(i + 1)) words.push(word);
      break;
    }
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (value !== undefined && LANGS.includes(value)) lang = value as Locale;
      else problem ??= { code: 'bad_lang', value: value ?? '' };
    } else if (a.startsWith('-') && a !== '-') {
      const [name = a, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a];
      const spec = words[0] === undefined ? undefined : optionsOf(words[0]).find((o) => o.name === name);
      if (spec === undefined) problem ??= { code: 'unknown_option', option: name };
      else if (spec.value === undefined || inline !== undefined) words.push(a);
      else if (i + 1 < argv.length) words.push(`${name}=${argv[++i] as string}`);
      else problem ??= { code: 'missing_value', option: name };
    } else words.push(a);
  }
  const [command, ...args] = words;
  if (help) return command === undefined ? { kind: 'help', lang } : { kind: 'help', lang, command };
  if (problem !== undefined) return { kind: 'usage-error', lang, problem };
  if (version) return { kind: 'version', lang };
  if (command === undefined) return { kind: 'usage-error', lang, problem: { code: 'no_command' } };
  return { kind: 'run', lang, command, args };
}
