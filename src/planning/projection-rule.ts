/**
 * Future years: a plan runs into years whose G and grant rates are not published yet. This rule fills
 * them explicitly, so nobody mistakes a projection for a published rate: every money table is extended
 * year by year past its last published value, either carrying that value forward or uprating it by a
 * yearly percentage the caller chooses (rounded half-up to whole kroner, as published rates are). Each
 * projected value has basis `assumption` and a note that states the rule, so every line computed from it
 * says so in its explanation.
 * @module
 */
import { z } from 'zod';
import DecimalJs from 'decimal.js';
import { addMonthsToDate, dateParts, type IsoDate } from '../core/date.js';
import { Decimal } from '../core/money.js';
import type { DatedValue, Parameter } from '../core/parameters.js';
import { defineParameter } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToKrone } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import type { ParameterSet } from '../parameters/parameter-set.js';

/** How unpublished years are filled. */
export const projectionRuleSchema = z.discriminatedUnion('kind', [
  /** The latest published value stays in force. */
  z.strictObject({ kind: z.literal('carryForward') }),
  /** The latest published value grows by `percentPerYear` each year (e.g. `3.5`), rounded to whole kroner. */
  z.strictObject({ kind: z.literal('uprate'), percentPerYear: z.number().min(-50).max(50) }),
]);

/** A projection rule, as callers write it. */
export type ProjectionRule = z.input<typeof projectionRuleSchema>;

/** The default: carry the latest known rates and G forward unchanged. */
export const CARRY_FORWARD: ProjectionRule = Object.freeze({ kind: 'carryForward' });

/** Input to {@link projectParameters}. */
export const projectParametersInputSchema = z.strictObject({
  /** Extend every money table through the end of this year. */
  throughYear: z.number().int().min(2000).max(2199),
  rule: projectionRuleSchema.default({ kind: 'carryForward' }),
});

/** Input to {@link projectParameters}. */
export type ProjectParametersInput = z.input<typeof projectParametersInputSchema>;

function mapMoney(value: unknown, f: (d: DecimalJs) => DecimalJs): unknown {
  if (DecimalJs.isDecimal(value)) return f(value as DecimalJs);
  if (Array.isArray(value)) return value.map((v) => mapMoney(v, f));
  if (typeof value === 'object' && value !== null && !(value instanceof Rational)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapMoney(v, f)]));
  }
  return value;
}

function ruleText(rule: z.output<typeof projectionRuleSchema>): { nb: string; en: string } {
  return rule.kind === 'carryForward'
    ? { nb: 'siste publiserte verdi videreført uendret', en: 'latest published value carried forward unchanged' }
    : {
        nb: `siste publiserte verdi oppjustert med ${String(rule.percentPerYear).replace('.', ',')} % per år, avrundet til hele kroner`,
        en: `latest published value uprated by ${rule.percentPerYear} % a year, rounded to whole kroner`,
      };
}

function projectOne<T>(p: Parameter<T>, throughYear: number, rule: z.output<typeof projectionRuleSchema>): Parameter<T> {
  const last = p.values[p.values.length - 1];
  if (last === undefined) return p;
  const text = ruleText(rule);
  const factor = rule.kind === 'uprate' ? Rational.fromDecimal(new Decimal(rule.percentPerYear).div(100).plus(1)) : Rational.ONE;
  const added: DatedValue<T>[] = [];
  let prev: DatedValue<T> = last;
  for (let n = 1; ; n++) {
    const from: IsoDate = addMonthsToDate(last.from, 12 * n);
    if (dateParts(from).year > throughYear) break;
    const to = last.to === undefined ? undefined : addMonthsToDate(last.to, 12 * n);
    const value = mapMoney(prev.value, (d) => roundHalfUpToKrone(Rational.fromDecimal(d).mul(factor))) as T;
    const next: DatedValue<T> = {
      from,
      ...(to === undefined ? {} : { to }),
      value,
      reference: last.reference,
      basis: 'assumption',
      projected: true,
      note: {
        nb: `Framskrevet (ikke publisert): ${text.nb}, fra verdien som gjelder fra ${last.from}.`,
        en: `Projected (not published): ${text.en}, from the value in force from ${last.from}.`,
      },
    };
    added.push(next);
    prev = next;
  }
  return added.length === 0 ? p : defineParameter({ ...p, values: [...p.values, ...added] });
}

/**
 * A copy of a parameter set in which every money table (unit `NOK…`) has a value for every year through
 * `throughYear`, filled by the projection rule and marked `assumption`. Tables of fractions, divisors,
 * ages and norms are left as they are: they change by law, not by the yearly budget.
 *
 * @example
 * ```ts
 * import { defaultParameters, projectParameters, valueOn } from 'integreringsregler';
 * const p = projectParameters(defaultParameters, { throughYear: 2028, rule: { kind: 'uprate', percentPerYear: 4 } });
 * const g2027 = valueOn(p.grunnbelop, '2027-05-01');
 * g2027.value.toString(); // '142011'
 * g2027.basis; // 'assumption'
 * ```
 */
export function projectParameters(parameters: ParameterSet, input: ProjectParametersInput): ParameterSet {
  const { throughYear, rule } = parseInput(projectParametersInputSchema, input);
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(parameters) as [string, Parameter<unknown>][]) {
    out[key] = p.unit.startsWith('NOK') ? projectOne(p, throughYear, rule) : p;
  }
  return Object.freeze(out) as unknown as ParameterSet;
}
