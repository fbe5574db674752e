/**
 * The `integreringsregler` command: the only code in the package that touches the process. It wires
 * the real file system into {@link runCli}, prints what it returns and sets the exit code.
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import packageJson from '../../package.json' with { type: 'json' };
import type { CliIo } from './command.js';
import { runCli } from './run-cli.js';

const io: CliIo = {
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  isDirectory: (path) => statSync(path).isDirectory(),
  list: (path) => readdirSync(path),
  // Progress only for a person watching a terminal; never in pipes, files or CI logs.
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\x1b[K`) : undefined,
};

try {
  const result = runCli(process.argv.slice(2), io, packageJson.version);
  if (result.stdout.length > 0) process.stdout.write(`${result.stdout.join('\n')}\n`);
  if (result.stderr.length > 0) process.stderr.write(`${result.stderr.join('\n')}\n`);
  process.exitCode = result.exitCode;
} catch (e) {
  // A bug, not the user's input: say so in one line, without a stack trace.
  process.stderr.write(`integreringsregler: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 70;
}
