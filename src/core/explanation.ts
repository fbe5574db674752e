/**
 * Explanations: a result carries the reasons it came out as it did — each rule that fired, the amount it
 * produced, and the parameter values it used with their references — so a case worker can paste it into a
 * decision letter. Steps hold a message template and its parameters; text is made only when rendered
 * ({@link renderExplanation}), so computing without reading the explanation costs no string work.
 * @module
 */
import type DecimalJs from 'decimal.js';
import type { IsoDate } from './date.js';
import { formatMoney, formatNumber } from './format.js';
import { BASIS_LABELS, cite, type Basis, type LegalReference } from './legal-reference.js';
import type { Locale, LocalizedText } from './localized-text.js';
import { Decimal } from './money.js';
import type { DatedValue, Parameter, Unit } from './parameters.js';

/** A message template in both languages; `P` is the shape of its parameters. */
export interface Message<P> {
  readonly nb: (params: P) => string;
  readonly en: (params: P) => string;
}

/** A parameter value a step used, with its source. */
export interface UsedValue {
  /** The parameter's id. */
  readonly parameter: string;
  /** The parameter's name. */
  readonly name: LocalizedText;
  /** The value as text (`124028`, `2/3`, `20`). */
  readonly value: string;
  /** Its unit. */
  readonly unit: Unit;
  /** The date the value applies from. */
  readonly from: IsoDate;
  /** Where it comes from. */
  readonly reference: LegalReference;
  /** How certain it is. */
  readonly basis: Basis;
}

/** One step of a computation. */
export interface Step {
  /** A stable rule id, e.g. `stipend.yearly-amount`. */
  readonly rule: string;
  /** Renders the step's sentence. */
  readonly message: Message<never>;
  /** The template's parameters (plain data: strings, numbers, Decimals). */
  readonly params: unknown;
  /** The amount the step produced, if it produced one. */
  readonly amount?: DecimalJs;
  /** The legal rule the step applies. */
  readonly reference?: LegalReference;
  /** How certain the rule itself is (a rule read into the law by the library is an `assumption`). */
  readonly basis?: Basis;
  /** Parameter values the step used. */
  readonly used: readonly UsedValue[];
}

/** The reasons for a result, in order. */
export interface Explanation {
  readonly steps: readonly Step[];
}

/** A value with its explanation. */
export interface Explained<T> {
  readonly value: T;
  readonly explanation: Explanation;
}

/** An explanation with no steps (what a rule returns when asked not to explain). */
export const EMPTY_EXPLANATION: Explanation = /* @__PURE__ */ Object.freeze({ steps: Object.freeze([]) as readonly Step[] });

/**
 * Records that a step used a parameter value.
 *
 * @example
 * ```ts
 * import { defaultParameters, usedValue, valueOn } from 'integreringsregler';
 * const g = defaultParameters.basicAmount.grunnbelop;
 * usedValue(g, valueOn(g, '2024-05-01')).value; // '124028'
 * ```
 */
export function usedValue<T>(parameter: Parameter<T>, dated: DatedValue<T>, show: (value: T) => string = String): UsedValue {
  return {
    parameter: parameter.id,
    name: parameter.name,
    value: show(dated.value),
    unit: parameter.unit,
    from: dated.from,
    reference: dated.reference,
    basis: dated.basis,
  };
}

/** Everything a step needs; see {@link step}. */
export interface StepInput<P> {
  readonly rule: string;
  readonly message: Message<P>;
  readonly params: P;
  readonly amount?: DecimalJs | undefined;
  readonly reference?: LegalReference | undefined;
  readonly basis?: Basis | undefined;
  readonly used?: readonly UsedValue[] | undefined;
}

/**
 * Builds a step, keeping the template typed against its parameters.
 *
 * @example
 * ```ts
 * import { money, step } from 'integreringsregler';
 * const s = step({ rule: 'demo', message: { nb: (p: { n: number }) => `${p.n} dager`, en: (p) => `${p.n} days` }, params: { n: 2 }, amount: money('10') });
 * s.rule; // 'demo'
 * ```
 */
export function step<P>(input: StepInput<P>): Step {
  return {
    rule: input.rule,
    message: input.message as Message<never>,
    params: input.params,
    ...(input.amount === undefined ? {} : { amount: input.amount }),
    ...(input.reference === undefined ? {} : { reference: input.reference }),
    ...(input.basis === undefined ? {} : { basis: input.basis }),
    used: input.used ?? [],
  };
}

/**
 * Joins explanations (and loose steps) in order.
 *
 * @example
 * ```ts
 * import { EMPTY_EXPLANATION, combineExplanations } from 'integreringsregler';
 * combineExplanations(EMPTY_EXPLANATION, EMPTY_EXPLANATION).steps.length; // 0
 * ```
 */
export function combineExplanations(...parts: readonly (Explanation | Step)[]): Explanation {
  const steps: Step[] = [];
  for (const p of parts) {
    if ('steps' in p) for (const inner of p.steps) steps.push(inner);
    else steps.push(p);
  }
  return { steps };
}

function renderMessage(s: Step, locale: Locale): string {
  return (s.message[locale] as (p: unknown) => string)(s.params);
}

function renderValue(u: UsedValue, locale: Locale): string {
  if (u.unit.startsWith('NOK') && /^-?\d+(\.\d+)?$/.test(u.value)) {
    const amount = new Decimal(u.value);
    const text = amount.isInteger() ? `${formatNumber(amount, locale, 0)} ${locale === 'nb' ? 'kr' : 'NOK'}` : formatMoney(amount, locale);
    return u.unit === 'NOK/year' ? `${text} ${locale === 'nb' ? 'per år' : 'a year'}` : text;
  }
  return u.value;
}

/**
 * Every distinct parameter value used by an explanation, in first-use order.
 *
 * @example
 * ```ts
 * import { basicAmountOn, valuesUsed } from 'integreringsregler';
 * valuesUsed(basicAmountOn({ date: '2019-06-01' }).explanation)[0]?.value; // '99858'
 * ```
 */
export function valuesUsed(explanation: Explanation): UsedValue[] {
  const seen = new Map<string, UsedValue>();
  for (const s of explanation.steps)
    for (const u of s.used) seen.set(`${u.parameter}@${u.from}`, seen.get(`${u.parameter}@${u.from}`) ?? u);
  return [...seen.values()];
}

/**
 * Renders an explanation as numbered lines followed by the values used and their sources, in bokmål or
 * English — ready to paste into a decision letter.
 *
 * @example
 * ```ts
 * import { basicAmountOn, renderExplanation } from 'integreringsregler';
 * const g = basicAmountOn({ date: '2024-05-01' });
 * renderExplanation(g.explanation, 'en').startsWith('1. The basic amount'); // true
 * ```
 */
export function renderExplanation(explanation: Explanation, locale: Locale): string {
  const lines = explanation.steps.map((s, i) => {
    const amount = s.amount === undefined ? '' : `: ${formatMoney(s.amount, locale)}`;
    const ref =
      s.reference === undefined
        ? ''
        : ` (${cite(s.reference, locale)}${s.basis === undefined || s.basis === 'statute' || s.basis === 'official' ? '' : `; ${BASIS_LABELS[s.basis][locale]}`})`;
    return `${i + 1}. ${renderMessage(s, locale)}${amount}${ref}`;
  });
  const used = valuesUsed(explanation);
  if (used.length > 0) {
    lines.push(locale === 'nb' ? 'Verdier brukt:' : 'Values used:');
    for (const u of used) {
      lines.push(
        `- ${u.name[locale]}: ${renderValue(u, locale)} ${locale === 'nb' ? 'fra' : 'from'} ${u.from} (${cite(u.reference, locale)}; ${BASIS_LABELS[u.basis][locale]})`,
      );
    }
  }
  return lines.join('\n');
}

/** The JSON form of a step: the rendered text in both languages, plus the data. */
export interface StepJSON {
  readonly rule: string;
  readonly text: LocalizedText;
  readonly amount?: string;
  readonly reference?: LegalReference & { readonly citation: LocalizedText };
  readonly basis?: Basis;
  readonly params: unknown;
  readonly used: readonly (UsedValue & { readonly citation: LocalizedText })[];
}

/**
 * A plain, serialisable form of an explanation (money as strings, text in both languages).
 *
 * @example
 * ```ts
 * import { basicAmountOn, explanationToJSON } from 'integreringsregler';
 * const json = explanationToJSON(basicAmountOn({ date: '2024-05-01' }).explanation);
 * json.steps[0]?.used[0]?.value; // '124028'
 * ```
 */
export function explanationToJSON(explanation: Explanation): { steps: StepJSON[] } {
  return {
    steps: explanation.steps.map((s) => ({
      rule: s.rule,
      text: { nb: renderMessage(s, 'nb'), en: renderMessage(s, 'en') },
      ...(s.amount === undefined ? {} : { amount: s.amount.toFixed(2) }),
      ...(s.reference === undefined
        ? {}
        : { reference: { ...s.reference, citation: { nb: cite(s.reference, 'nb'), en: cite(s.reference, 'en') } } }),
      ...(s.basis === undefined ? {} : { basis: s.basis }),
      params: JSON.parse(JSON.stringify(s.params ?? null)) as unknown,
      used: s.used.map((u) => ({ ...u, citation: { nb: cite(u.reference, 'nb'), en: cite(u.reference, 'en') } })),
    })),
  };
}
