/**
 * `integreringsregler check <file-or-dir>...`: runs case files with the library's `runCases` and prints
 * one line per failing case with what differed, then `N passed, M failed`. A directory stands for every
 * `*.json` in it (not `*.schema.json`, not subdirectories). Exit code 1 on any failing case, any file
 * that cannot be read, is not JSON or is not a valid case file (its problems are listed with their
 * paths), and on a directory without case files: a check that checked nothing must not pass.
 * @module
 */
import { isInputError } from '../../core/errors.js';
import type { Locale } from '../../core/localized-text.js';
import { formatCaseReport, runCases } from '../../cases/run.js';
import type { CliIo, Command, CommandResult } from '../command.js';
import { messages } from '../messages.js';

/** A case file in a directory listing: JSON, but not a JSON Schema. */
function isCaseFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json');
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function reason(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  return e instanceof Error ? e.message : String(e);
}

/** The files one command-line argument stands for (a directory expanded); problems go to `errors`. */
function expand(path: string, io: CliIo, lang: Locale, errors: string[]): string[] {
  let isDir: boolean;
  try {
    isDir = io.isDirectory(path);
  } catch (e) {
    errors.push(messages.cannotRead[lang]({ path, reason: reason(e) }));
    return [];
  }
  if (!isDir) return [path];
  const names = io.list(path).filter(isCaseFileName).sort();
  if (names.length === 0) errors.push(messages.noCaseFiles[lang]({ path }));
  return names.map((n) => joinPath(path, n));
}

/** Runs one case file: its failing cases to `stdout`, its problems to `stderr`; returns the counts. */
function checkFile(file: string, io: CliIo, lang: Locale, stdout: string[], stderr: string[]): { passed: number; failed: number } {
  const none = { passed: 0, failed: 0 };
  let text: string;
  try {
    text = io.readText(file);
  } catch (e) {
    stderr.push(messages.cannotRead[lang]({ path: file, reason: reason(e) }));
    return none;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    stderr.push(messages.notJson[lang]({ path: file, reason: reason(e) }));
    return none;
  }
  try {
    const report = runCases(json);
    // The library's own report format, without its per-file closing line (one closing line in all).
    for (const line of formatCaseReport(report, file).split('\n').slice(0, -1)) stdout.push(line);
    return report;
  } catch (e) {
    if (!isInputError(e)) throw e;
    stderr.push(
      messages.malformed[lang]({ path: file }),
      ...e
        .format(lang)
        .split('\n')
        .map((l) => `  ${l}`),
    );
    return none;
  }
}

function check(args: readonly string[], { io, lang }: { io: CliIo; lang: Locale }): CommandResult {
  if (args.length === 0) return { stdout: [], stderr: [messages.checkNoFiles[lang], messages.seeHelp[lang]], exitCode: 2 };
  const stdout: string[] = [];
  const stderr: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const arg of args) {
    for (const file of expand(arg, io, lang, stderr)) {
      const counts = checkFile(file, io, lang, stdout, stderr);
      passed += counts.passed;
      failed += counts.failed;
    }
  }
  stdout.push(`${passed} passed, ${failed} failed`);
  return { stdout, stderr, exitCode: failed === 0 && stderr.length === 0 ? 0 : 1 };
}

/** The `check` command. @internal */
export const checkCommand: Command = {
  name: 'check',
  usage: '<file-or-dir>...',
  summary: messages.checkSummary,
  run: check,
};
