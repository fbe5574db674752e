/**
 * Future years: a plan runs into years whose G and grant rates are not published yet. This rule fills
 * them explicitly, so nobody mistakes a projection for a published rate: every money table is extended
 * year by year past its last published value, either carrying that value forward or uprating it by a
 * yearly percentage the caller chooses (rounded half-up to whole kroner, as published rates are). Each
 * projected value has basis `assumption` and a note that states the rule, so every line computed from it
 * says so in its explanation.
 * @module
 */
import * as z from 'zod';
import DecimalJs from 'decimal.js';
import { addMonthsToDate, dateParts, type IsoDate } from '../core/date.js';
import { Decimal } from '../core/money.js';
import type { DatedValue, Parameter } from '../core/parameters.js';
import { defineParameter } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToKrone } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import { parameterEntries, type ParameterSet } from '../parameter-set.js';

/** How unpublished years are filled. */
export const projectionRuleSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /** The latest published value stays in force. */
  z.strictObject({ kind: z.literal('carryForward') }),
  /** The latest published value grows by `percentPerYear` each year (e.g. `3.5`), rounded to whole kroner. */
  z.strictObject({ kind: z.literal('uprate'), percentPerYear: z.number().min(-50).max(50) }),
]);

/** A projection rule, as callers write it. */
export type ProjectionRule = z.input<typeof projectionRuleSchema>;

/** The default: carry the latest known rates and G forward unchanged. */
export const CARRY_FORWARD: ProjectionRule = /* @__PURE__ */ Object.freeze({ kind: 'carryForward' });

/** Input to {@link projectParameters}. */
export const projectParametersInputSchema = /* @__PURE__ */ z.strictObject({
  /** Extend every money table through the end of this year. */
  throughYear: z.number().int().min(2000).max(2199),
  rule: projectionRuleSchema.default(CARRY_FORWARD),
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

function projectedValue<T>(
  base: DatedValue<T>,
  from: IsoDate,
  to: IsoDate | undefined,
  value: T,
  text: { nb: string; en: string },
): DatedValue<T> {
  return {
    from,
    ...(to === undefined ? {} : { to }),
    value,
    reference: base.reference,
    basis: 'assumption',
    projected: true,
    note: {
      nb: `Framskrevet (ikke publisert): ${text.nb}, fra verdien som gjelder fra ${base.from}.`,
      en: `Projected (not published): ${text.en}, from the value in force from ${base.from}.`,
    },
  };
}

function projectOne<T>(p: Parameter<T>, throughYear: number, rule: z.output<typeof projectionRuleSchema>): Parameter<T> {
  const first = p.values[0];
  const last = p.values[p.values.length - 1];
  if (first === undefined || last === undefined) return p;
  const text = ruleText(rule);
  const factor = rule.kind === 'uprate' ? Rational.fromDecimal(new Decimal(rule.percentPerYear).div(100).plus(1)) : Rational.ONE;
  const grow = (v: T) => mapMoney(v, (d) => roundHalfUpToKrone(Rational.fromDecimal(d).mul(factor))) as T;
  const added: DatedValue<T>[] = [];
  if (last.to === undefined) {
    // A rate that runs until the next one (G from 1 May): one new value a year after the last.
    let prev: DatedValue<T> = last;
    for (let n = 1; dateParts(addMonthsToDate(last.from, 12 * n)).year <= throughYear; n++) {
      prev = projectedValue(last, addMonthsToDate(last.from, 12 * n), undefined, grow(prev.value), text);
      added.push(prev);
    }
  } else {
    // A table per budget year: every year from the first published one that has no value gets the
    // nearest earlier year's value, grown once per year — gaps between published years as well.
    let prev: DatedValue<T> = first;
    let base: DatedValue<T> = first;
    for (let year = dateParts(first.from).year + 1; year <= throughYear; year++) {
      const published = p.values.find((v) => dateParts(v.from).year === year);
      if (published !== undefined) {
        prev = published;
        base = published;
        continue;
      }
      prev = projectedValue(base, `${year}-01-01`, `${year}-12-31`, grow(prev.value), text);
      added.push(prev);
    }
  }
  return added.length === 0 ? p : defineParameter({ ...p, values: [...p.values, ...added] });
}

/**
 * A copy of a parameter set in which every money table (unit `NOK…`) has a value for every year through
 * `throughYear` — after its last published value, and in any gap between published budget years —
 * filled by the projection rule from the nearest earlier value and marked `assumption` and `projected`. Tables of fractions, divisors,
 * ages and norms are left as they are: they change by law, not by the yearly budget.
 *
 * @example
 * ```ts
 * import { defaultParameters, projectParameters, valueOn } from 'integreringsregler';
 * const p = projectParameters(defaultParameters, { throughYear: 2028, rule: { kind: 'uprate', percentPerYear: 4 } });
 * const g2027 = valueOn(p.basicAmount.grunnbelop, '2027-05-01');
 * g2027.value.toString(); // '142011'
 * g2027.basis; // 'assumption'
 * ```
 */
export function projectParameters(parameters: ParameterSet, input: ProjectParametersInput): ParameterSet {
  const { throughYear, rule } = parseInput(projectParametersInputSchema, input);
  const out: Record<string, Record<string, unknown>> = {};
  for (const { domain, key, parameter } of parameterEntries(parameters)) {
    (out[domain] ??= {})[key] = parameter.unit.startsWith('NOK') ? projectOne(parameter, throughYear, rule) : parameter;
  }
  for (const domain of Object.keys(out)) Object.freeze(out[domain]);
  return Object.freeze(out) as unknown as ParameterSet;
}
