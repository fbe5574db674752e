/**
 * The shape every one-case command shares (`stipend`, `grants`, `programme`): read the case from options
 * and/or a JSON file (`--json-input file.json`, `-` for standard input; options override the file's
 * fields), run one rule, and print a readable result with its explanation in the chosen language — or,
 * with `--json`, the full result (value and `explanationToJSON`). Bad input prints the rule's input errors
 * with their paths and exits 1; a command line it cannot read exits 2. No stack traces for user errors.
 * @module
 */
import { explanationToJSON, renderExplanation, type Explained } from '../core/explanation.js';
import { isInputError, isNoParameterValueError } from '../core/errors.js';
import type { Locale, LocalizedText } from '../core/localized-text.js';
import type { Command, CommandContext, CommandOption, CommandResult } from './command.js';
import { messages } from './messages.js';

/** How an option's value goes into the rule's input. */
export interface CaseFlag {
  /** `--birth-date` */
  readonly name: string;
  /** The field it sets, e.g. `['programme', 'start']`. */
  readonly path: readonly (string | number)[];
  /** `text` as written; `number` when it reads as a number (else as written, for the schema to name); `flag` yes/no. */
  readonly kind: 'text' | 'number' | 'flag';
  /** The value's placeholder for `--help` (not for flags). */
  readonly value?: string;
  readonly description: LocalizedText;
  /** Fields set along with this one when the input has none, e.g. the kind of a leave. */
  readonly implies?: readonly { readonly path: readonly (string | number)[]; readonly value: unknown }[];
}

/** A one-case command's definition. */
export interface CaseCommandSpec<T> {
  readonly name: string;
  readonly summary: LocalizedText;
  readonly flags: readonly CaseFlag[];
  /** The rule, run with explanations. */
  readonly rule: (input: never) => Explained<T>;
  /** The result's figures as lines, before the explanation. */
  readonly render: (value: T, lang: Locale) => string[];
}

type Json = Record<string | number, unknown>;

function getAt(root: Json, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Json)[key] : undefined;
  return node;
}

function setAt(root: Json, path: readonly (string | number)[], value: unknown): void {
  let node = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Json;
  });
}

/** A number as written on a command line, with a decimal point or a decimal comma (`7.5`, `7,5`). */
const NUMBER = /^-?\d+([.,]\d+)?$/;
const usage = (line: string, lang: Locale): CommandResult => ({ stdout: [], stderr: [line, messages.seeHelp[lang]], exitCode: 2 });
const failure = (lines: string[]): CommandResult => ({ stdout: [], stderr: lines, exitCode: 1 });

/**
 * The lines of `InputError.format`, each naming the option that sets its field (or a field under it),
 * so `programme: is required` says `(--programme-start)`.
 */
function withFlags(
  issues: readonly { path: readonly (string | number)[] }[],
  lines: readonly string[],
  flags: readonly CaseFlag[],
): string[] {
  return lines.map((line, i) => {
    const path = (issues[i]?.path ?? []).map(String).join('.');
    const names = flags
      .filter(
        (f) =>
          path !== '' && (f.path.join('.') === path || f.path.join('.').startsWith(`${path}.`) || path.startsWith(`${f.path.join('.')}.`)),
      )
      .map((f) => f.name);
    return `  ${line}${names.length === 0 || issues.length !== lines.length ? '' : ` (${names.join(', ')})`}`;
  });
}

/** Reads the JSON case file; a string is a problem to print. */
function readJson(path: string, { io, lang }: CommandContext): Json | string {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    return messages.cannotRead[lang]({ path, reason: typeof code === 'string' ? code : e instanceof Error ? e.message : String(e) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return messages.notJson[lang]({ path, reason: e instanceof Error ? e.message : String(e) });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return messages.jsonInputNotObject[lang]({ path });
  return json as Json;
}

/** Runs one case from the command's arguments. @internal */
export function runCase<T>(spec: CaseCommandSpec<T>, args: readonly string[], context: CommandContext): CommandResult {
  const { lang } = context;
  let json = false;
  let file: string | undefined;
  const set: { flag: CaseFlag; value: unknown }[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = a.startsWith('--') ? (eq < 0 ? a : a.slice(0, eq)) : undefined;
    const value = eq < 0 ? undefined : a.slice(eq + 1);
    const flag = spec.flags.find((f) => f.name === name);
    if (name === '--json' && value === undefined) json = true;
    else if (name === '--json-input' && value !== undefined) file = value;
    else if (flag === undefined) return usage(messages.unexpectedArgument[lang]({ arg: a }), lang);
    else if (flag.kind === 'flag') {
      if (value !== undefined && value !== 'true' && value !== 'false')
        return usage(messages.badFlagValue[lang]({ option: flag.name, value }), lang);
      set.push({ flag, value: value !== 'false' });
    } else
      set.push({
        flag,
        value: flag.kind === 'number' && value !== undefined && NUMBER.test(value) ? Number(value.replace(',', '.')) : value,
      });
  }
  let input: Json = {};
  if (file !== undefined) {
    const read = readJson(file, context);
    if (typeof read === 'string') return failure([read]);
    input = read;
  }
  for (const { flag, value } of set) {
    setAt(input, flag.path, value);
    for (const also of flag.implies ?? []) if (getAt(input, also.path) === undefined) setAt(input, also.path, also.value);
  }
  let result: Explained<T>;
  try {
    result = spec.rule(input as never);
  } catch (e) {
    if (isInputError(e)) return failure([messages.invalidInput[lang], ...withFlags(e.issues, e.format(lang).split('\n'), spec.flags)]);
    if (isNoParameterValueError(e)) return failure([e.localized[lang]]);
    throw e;
  }
  if (json)
    return {
      stdout: [JSON.stringify({ value: result.value, explanation: explanationToJSON(result.explanation) }, null, 2)],
      stderr: [],
      exitCode: 0,
    };
  return {
    stdout: [...spec.render(result.value, lang), '', messages.explanation[lang], renderExplanation(result.explanation, lang)],
    stderr: [],
    exitCode: 0,
  };
}

/** Makes the {@link Command} of a one-case command. @internal */
export function caseCommand<T>(spec: CaseCommandSpec<T>): Command {
  const options: CommandOption[] = [
    ...spec.flags.map((f) => ({ name: f.name, ...(f.value === undefined ? {} : { value: f.value }), description: f.description })),
    { name: '--json-input', value: '<file|->', description: messages.optionJsonInput },
    { name: '--json', description: messages.optionJson },
  ];
  return { name: spec.name, usage: '[options]', summary: spec.summary, options, run: (args, context) => runCase(spec, args, context) };
}
