/**
 * The parameter set: every dated table the rules read, as one slice per domain
 * (`{ basicAmount, stipend, programme, grants, caseload }`). Rules take it as an option (`{ parameters }`);
 * the shipped {@link defaultParameters} is used when none is given. To compute with next year's rates or a
 * "what if", build a copy with {@link withParameters}.
 * @module
 */
import type { Parameter } from './core/parameters.js';
import { defaultBasicAmountParameters, type BasicAmountParameters } from './basic-amount/parameters.js';
import { defaultCaseloadParameters, type CaseloadParameters } from './caseload/parameters.js';
import { defaultGrantsParameters, type GrantsParameters } from './grants/parameters.js';
import { defaultProgrammeParameters, type ProgrammeParameters } from './programme/parameters.js';
import { defaultStipendParameters, type StipendParameters } from './stipend/parameters.js';

/** Every parameter the library's rules read, by domain. */
export interface ParameterSet {
  /** The basic amount G. */
  readonly basicAmount: BasicAmountParameters;
  /** The introduction stipend. */
  readonly stipend: StipendParameters;
  /** The introduction programme: regime, target group, start, length, leave. */
  readonly programme: ProgrammeParameters;
  /** IMDi's grants. */
  readonly grants: GrantsParameters;
  /** Adviser caseload. */
  readonly caseload: CaseloadParameters;
}

/** The domains of a parameter set, in the order tables are listed. */
export const PARAMETER_DOMAINS: readonly (keyof ParameterSet)[] = /* @__PURE__ */ Object.freeze([
  'basicAmount',
  'caseload',
  'stipend',
  'grants',
  'programme',
]);

/** Some tables of some domains replaced; what is left out comes from the base set. */
export type ParameterOverrides = { readonly [D in keyof ParameterSet]?: Partial<ParameterSet[D]> };

/**
 * The parameters the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultParameters } from 'integreringsregler';
 * defaultParameters.basicAmount.grunnbelop.values.length > 0; // true
 * ```
 */
export const defaultParameters: ParameterSet = /* @__PURE__ */ Object.freeze({
  basicAmount: defaultBasicAmountParameters,
  caseload: defaultCaseloadParameters,
  stipend: defaultStipendParameters,
  grants: defaultGrantsParameters,
  programme: defaultProgrammeParameters,
});

/**
 * A parameter set with some tables replaced, domain by domain; the rest come from `base` (the shipped
 * defaults if not given). Combine with `withValues` to add a single year to one table.
 *
 * @example
 * ```ts
 * import { Decimal, defaultParameters, references, withParameters, withValues } from 'integreringsregler';
 * const nextYear = withParameters({
 *   basicAmount: {
 *     grunnbelop: withValues(defaultParameters.basicAmount.grunnbelop, [
 *       { from: '2027-05-01', value: new Decimal(142_000), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
 *     ]),
 *   },
 * });
 * nextYear.basicAmount.grunnbelop.values.length > defaultParameters.basicAmount.grunnbelop.values.length; // true
 * nextYear.stipend === defaultParameters.stipend; // true
 * ```
 */
export function withParameters(overrides: ParameterOverrides, base: ParameterSet = defaultParameters): ParameterSet {
  const merged = {} as Record<keyof ParameterSet, unknown>;
  for (const domain of PARAMETER_DOMAINS) {
    const own = overrides[domain];
    merged[domain] = own === undefined ? base[domain] : Object.freeze({ ...base[domain], ...own });
  }
  return Object.freeze(merged as unknown as ParameterSet);
}

/**
 * A whole parameter set from a partial one: every slice not given is the shipped default.
 *
 * @example
 * ```ts
 * import { completeParameters, defaultParameters } from 'integreringsregler';
 * completeParameters({ stipend: defaultParameters.stipend }).grants === defaultParameters.grants; // true
 * ```
 */
export function completeParameters(partial: Partial<ParameterSet> | undefined): ParameterSet {
  if (partial === undefined) return defaultParameters;
  const merged = {} as Record<keyof ParameterSet, unknown>;
  for (const domain of PARAMETER_DOMAINS) merged[domain] = partial[domain] ?? defaultParameters[domain];
  return Object.freeze(merged as unknown as ParameterSet);
}

/**
 * Every table of a parameter set, domain after domain, with the domain it belongs to and its key.
 *
 * @example
 * ```ts
 * import { defaultParameters, parameterEntries } from 'integreringsregler';
 * parameterEntries(defaultParameters)[0]?.key; // 'grunnbelop'
 * ```
 */
export function parameterEntries(set: ParameterSet): readonly { domain: keyof ParameterSet; key: string; parameter: Parameter<unknown> }[] {
  const out: { domain: keyof ParameterSet; key: string; parameter: Parameter<unknown> }[] = [];
  for (const domain of PARAMETER_DOMAINS) {
    for (const [key, parameter] of Object.entries(set[domain]) as [string, Parameter<unknown>][]) out.push({ domain, key, parameter });
  }
  return out;
}
