/**
 * The CLI without the process: from the arguments, the file system and the version to the lines to print
 * and the exit code. `main.ts` is the thin wrapper around it.
 * @module
 */
import type { Locale } from '../core/localized-text.js';
import { parseArgs, type UsageProblem } from './args.js';
import type { CliIo, Command, CommandResult } from './command.js';
import { messages } from './messages.js';
import { commands as defaultCommands } from './registry.js';

function helpText(lang: Locale, commands: readonly Command[], only?: Command): string[] {
  const shown = only === undefined ? commands : [only];
  const optionWidths = (only?.options ?? []).map((o) => (o.value === undefined ? o.name : `${o.name} ${o.value}`).length);
  let width = '--lang nb|en'.length;
  for (const w of [...shown.map((c) => `${c.name} ${c.usage}`.length), ...optionWidths]) width = Math.max(width, w);
  const row = (left: string, right: string) => `  ${left.padEnd(width)}  ${right}`;
  return [
    `${messages.usage[lang]}: integreringsregler [--lang nb|en] ${only === undefined ? '<command>' : only.name} …`,
    '',
    `${messages.commands[lang]}:`,
    ...shown.map((c) => row(`${c.name} ${c.usage}`, c.summary[lang])),
    ...(only?.options === undefined
      ? []
      : [
          '',
          `${messages.commandOptions[lang]({ name: only.name })}:`,
          ...only.options.map((o) => row(o.value === undefined ? o.name : `${o.name} ${o.value}`, o.description[lang])),
        ]),
    '',
    `${messages.options[lang]}:`,
    row('--lang nb|en', messages.optionLang[lang]),
    row('--help, -h', messages.optionHelp[lang]),
    row('--version, -v', messages.optionVersion[lang]),
    '',
    messages.exitCodes[lang],
  ];
}

function problemText(p: UsageProblem, lang: Locale): string {
  if (p.code === 'unknown_option') return messages.unknownOption[lang]({ option: p.option });
  if (p.code === 'bad_lang') return messages.badLang[lang]({ value: p.value });
  if (p.code === 'missing_value') return messages.missingValue[lang]({ option: p.option });
  return messages.noCommand[lang];
}

/**
 * Runs the command line and returns what to print and the exit code.
 * @internal
 */
export function runCli(argv: readonly string[], io: CliIo, version: string, commands: readonly Command[] = defaultCommands): CommandResult {
  const parsed = parseArgs(argv, (name) => commands.find((c) => c.name === name)?.options ?? []);
  const { lang } = parsed;
  const usageError = (line: string): CommandResult => ({ stdout: [], stderr: [line, messages.seeHelp[lang]], exitCode: 2 });
  if (parsed.kind === 'version') return { stdout: [version], stderr: [], exitCode: 0 };
  if (parsed.kind === 'usage-error') return usageError(problemText(parsed.problem, lang));
  const command = commands.find((c) => c.name === parsed.command);
  if (command === undefined && parsed.command !== undefined) {
    return usageError(messages.unknownCommand[lang]({ name: parsed.command, known: commands.map((c) => c.name).join(', ') }));
  }
  if (parsed.kind === 'help') return { stdout: helpText(lang, commands, command), stderr: [], exitCode: 0 };
  return (command as Command).run(parsed.args, { io, lang });
}
