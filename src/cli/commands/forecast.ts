/**
 * `integreringsregler forecast <plan.json>`: a settlement plan in, the forecast table out (or, with
 * `--json`, the full result with its explanation).
 * @module
 */
import { isInputError, isNoParameterValueError } from '../../core/errors.js';
import { explanationToJSON, renderExplanation } from '../../core/explanation.js';
import type { Locale } from '../../core/localized-text.js';
import { settlementForecast } from '../../planning/settlement-forecast.js';
import { renderForecastProjections, renderForecastTable } from '../../planning/render-forecast-table.js';
import type { CliIo, Command, CommandResult } from '../command.js';

const T = {
  summary: {
    nb: 'prognose for en bosettingsplan (JSON): tilskudd, stønad, deltakere og rådgiverårsverk per år',
    en: 'forecast a settlement plan (JSON): grants, stipend, participants and adviser FTE per year',
  },
  noPlan: { nb: 'Oppgi én planfil (JSON).', en: 'Name one plan file (JSON).' },
  badUprate: {
    nb: '--uprate må være et tall (prosent per år), f.eks. 3 eller 2.5.',
    en: '--uprate must be a number (percent a year), e.g. 3 or 2.5.',
  },
  cannotRead: { nb: 'kan ikke leses', en: 'cannot be read' },
  notJson: { nb: 'er ikke gyldig JSON', en: 'is not valid JSON' },
  invalidPlan: { nb: 'Planen har feil:', en: 'The plan has errors:' },
  explanation: { nb: 'Slik er tallene regnet ut:', en: 'How the figures were worked out:' },
  computing: { nb: 'Regner ut', en: 'Computing' },
  persons: { nb: 'personer', en: 'persons' },
} as const;

interface Flags {
  readonly file?: string;
  readonly json: boolean;
  readonly explain: boolean;
  readonly uprate?: number;
  readonly problem?: string;
}

function parseFlags(args: readonly string[], lang: Locale): Flags {
  let file: string | undefined;
  let json = false;
  let explain = false;
  let uprate: number | undefined;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--explain') explain = true;
    else if (a.startsWith('--uprate=')) {
      const text = a.slice('--uprate='.length).replace(',', '.');
      // Plain decimal text only: Number() would also read "0x10" as 16 and "" as 0.
      if (!/^-?\d{1,2}(\.\d{1,4})?$/.test(text)) return { json, explain, problem: T.badUprate[lang] };
      uprate = Number(text);
    } else if (a.startsWith('-') && a !== '-')
      return { json, explain, problem: lang === 'nb' ? `Ukjent valg «${a}».` : `Unknown option "${a}".` };
    else if (file === undefined) file = a;
    else return { json, explain, problem: T.noPlan[lang] };
  }
  return { ...(file === undefined ? {} : { file }), json, explain, ...(uprate === undefined ? {} : { uprate }) };
}

function fail(lines: string[]): CommandResult {
  return { stdout: [], stderr: lines, exitCode: 1 };
}

function run(args: readonly string[], { io, lang }: { io: CliIo; lang: Locale }): CommandResult {
  const flags = parseFlags(args, lang);
  if (flags.problem !== undefined) return { stdout: [], stderr: [flags.problem], exitCode: 2 };
  if (flags.file === undefined) return { stdout: [], stderr: [T.noPlan[lang]], exitCode: 2 };
  let plan: unknown;
  try {
    plan = JSON.parse(io.readText(flags.file));
  } catch (e) {
    return fail([
      `${flags.file}: ${e instanceof SyntaxError ? T.notJson[lang] : T.cannotRead[lang]} (${e instanceof Error ? e.message : String(e)})`,
    ]);
  }
  if (flags.uprate !== undefined && typeof plan === 'object' && plan !== null)
    plan = { ...plan, projection: { kind: 'uprate', percentPerYear: flags.uprate } };
  const progress = io.progress;
  try {
    const result = settlementForecast(plan as never, {
      explain: flags.json || flags.explain,
      persons: flags.json,
      ...(progress === undefined
        ? {}
        : { onProgress: (done: number, total: number) => progress(`${T.computing[lang]} ${done}/${total} ${T.persons[lang]}`) }),
    });
    if (progress !== undefined) progress('');
    if (flags.json)
      return {
        stdout: [JSON.stringify({ value: result.value, explanation: explanationToJSON(result.explanation) }, null, 2)],
        stderr: [],
        exitCode: 0,
      };
    const out = [renderForecastTable(result.value, lang)];
    const projections = renderForecastProjections(result.value, lang);
    if (projections !== '') out.push('', projections);
    if (flags.explain) out.push('', T.explanation[lang], renderExplanation(result.explanation, lang));
    return { stdout: out, stderr: [], exitCode: 0 };
  } catch (e) {
    if (isInputError(e))
      return fail([
        T.invalidPlan[lang],
        ...e
          .format(lang)
          .split('\n')
          .map((l) => `  ${l}`),
      ]);
    if (isNoParameterValueError(e)) return fail([e.localized[lang]]);
    throw e;
  }
}

/** The `forecast` command. */
export const forecastCommand: Command = {
  name: 'forecast',
  usage: '<plan.json> [--json] [--explain] [--uprate <percent>]',
  options: [
    {
      name: '--json',
      description: {
        nb: 'skriv hele resultatet som JSON (med forklaring og hver person)',
        en: 'print the full result as JSON (with the explanation and every person)',
      },
    },
    { name: '--explain', description: { nb: 'skriv forklaringen under tabellen', en: 'print the explanation below the table' } },
    {
      name: '--uprate',
      value: 'prosent',
      description: {
        nb: 'framskriv upubliserte år med denne økningen per år i stedet for å videreføre siste sats',
        en: 'project unpublished years with this yearly increase instead of carrying the latest rate forward',
      },
    },
  ],
  summary: T.summary,
  run,
};
