/**
 * The shape of a CLI command. A command is pure: it reads files only through the `io` it is given and
 * returns the lines to print and the exit code; `main.ts` alone touches the process.
 * @module
 */
import type { Locale, LocalizedText } from '../core/localized-text.js';
import type { OptionSpec } from './args.js';

/** An option of a command, with its help text. */
export interface CommandOption extends OptionSpec {
  readonly description: LocalizedText;
}

/** The file system as a command sees it (the real one in `main.ts`, an in-memory one in tests). */
export interface CliIo {
  /** The text of a file (`-` is standard input); throws (any error) when it cannot be read. */
  readonly readText: (path: string) => string;
  /** True when the path is a directory. */
  readonly isDirectory: (path: string) => boolean;
  /** The names (not paths) of the entries of a directory. */
  readonly list: (path: string) => readonly string[];
  /** Where a long run reports progress (stderr on a terminal; absent otherwise). */
  readonly progress?: ((text: string) => void) | undefined;
}

/** What a command hands back. */
export interface CommandResult {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  /** 0 success, 1 a failing or malformed case (or file), 2 the command line itself is wrong. */
  readonly exitCode: 0 | 1 | 2;
}

/** What a command is given besides its own arguments. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Locale;
}

/** One command, e.g. `check`. */
export interface Command {
  /** The word after `integreringsregler`. */
  readonly name: string;
  /** Its arguments, for the usage line, e.g. `<file-or-dir>...`. */
  readonly usage: string;
  /** One line for `--help`. */
  readonly summary: LocalizedText;
  /** Its own options (accepted after the command name), listed by `<command> --help`. */
  readonly options?: readonly CommandOption[];
  readonly run: (args: readonly string[], context: CommandContext) => CommandResult;
}
