/**
 * The settlement forecast: a municipality's settlement plan in; per calendar year (and month) out — IMDi
 * grants expected by grant type, introduction stipend paid out, active participants, adviser FTE needed
 * by the norm, follow-up talks and adviser hours. Every figure comes from the library's own rules for each
 * planned person (grants: the grant schedule; stipend: the month rule, in one exact batch; programme: its end date;
 * staffing: the cohort workload), so each can be traced to a person, a rule and a reference. Years whose
 * rates and G are not published are filled by the plan's projection rule and marked as projected.
 * Costs the law does not fix (social assistance, housing, schooling, health) are not in the forecast.
 * @module
 */
import { dateParts, type IsoDate } from '../core/date.js';
import { InputError, isInputError } from '../core/errors.js';
import type { Explained } from '../core/explanation.js';
import type { LocalizedText } from '../core/localized-text.js';
import { ZERO_MONEY, type Decimal, type Money } from '../core/money.js';
import { valueOn } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToHundredths } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import { cohortWorkload, type CohortWorkloadInput } from '../caseload/index.js';
import type { GrantLine, GrantType } from '../grants/index.js';
import { GRANT_TYPES } from '../grants/index.js';
import { personGrantSchedule } from '../grants/index.js';
import { programmeEndDate } from '../programme/index.js';
import type { ProgrammeRegime } from '../programme/index.js';
import { programmeRegime } from '../programme/index.js';
import { stipendPaymentsOre, type StipendBatchRow } from '../stipend/index.js';
import { moneyFromOre } from '../core/integer-ore.js';
import { completeParameters, parameterEntries, type ParameterSet } from '../parameter-set.js';
import type { RuleOptions } from '../rule-options.js';
import { FORECAST_EXCLUSIONS, forecastSteps } from './forecast-explanation.js';
import {
  childlessCoupleHouseholds,
  endDateInput,
  grantFacts,
  programmeStart,
  regimePermitType,
  stipendProfile,
  stipendRows,
  type StipendProfile,
} from './forecast-person.js';
import { projectParameters } from './project-parameters.js';
import { expandParsedPlan, settlementPlanSchema, type ExpandedPerson, type SettlementPlanInput } from './settlement-plan.js';

/** Options of {@link settlementForecast}. */
export interface ForecastOptions extends RuleOptions {
  /**
   * Include each person's grant lines and stipend months (default `true`). Pass `false` for a large plan
   * when only the totals are wanted: the persons are still listed, without their lines.
   */
  readonly persons?: boolean | undefined;
  /** Called as persons are computed (every 1,000 and at the end), for a progress display. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** One planned person's share of the forecast. */
export interface ForecastPerson {
  readonly id: string;
  readonly household: string;
  readonly role: ExpandedPerson['role'];
  readonly settlementDate: IsoDate;
  readonly birthDate: IsoDate;
  /** The programme, for a participant. */
  readonly programme?: { readonly regime: ProgrammeRegime; readonly start: IsoDate; readonly lastDay: IsoDate };
  /** The person's grant lines in the forecast years (empty with `persons: false`). */
  readonly grantLines: readonly GrantLine[];
  /** The person's stipend per month in the forecast years (empty with `persons: false`). */
  readonly stipendMonths: readonly { readonly month: string; readonly payment: Money }[];
}

/** One month of the forecast. */
export interface ForecastMonth {
  readonly month: string;
  readonly settled: number;
  readonly activeParticipants: number;
  readonly fteNeeded: Decimal;
  readonly talks: number;
  readonly adviserHours: Decimal;
  readonly stipend: Money;
}

/** One calendar (budget) year of the forecast. */
export interface ForecastYear {
  readonly year: number;
  readonly settled: number;
  readonly grants: { readonly total: Money; readonly byGrant: Readonly<Record<GrantType, Money>> };
  readonly stipend: Money;
  /** Average over the year's twelve months (two decimals) and the highest month. */
  readonly activeParticipants: { readonly average: Decimal; readonly peak: number };
  /** Average over the year's twelve months (two decimals) and the highest month. */
  readonly fteNeeded: { readonly average: Decimal; readonly peak: Decimal };
  readonly talks: number;
  readonly adviserHours: Decimal;
  /** True where a figure uses a projected (unpublished) G or grant rate. */
  readonly projected: { readonly grants: boolean; readonly stipend: boolean };
}

/** The forecast. */
export interface SettlementForecast {
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly ForecastYear[];
  readonly months: readonly ForecastMonth[];
  readonly totals: { readonly grants: Money; readonly stipend: Money; readonly talks: number; readonly adviserHours: Decimal };
  readonly persons: readonly ForecastPerson[];
  /** Every projected parameter value the forecast used, with the rule that made it. */
  readonly projections: readonly {
    readonly parameter: string;
    readonly from: IsoDate;
    readonly value: string;
    readonly note: LocalizedText;
  }[];
  /** What the forecast leaves out, and why. */
  readonly excluded: readonly LocalizedText[];
}

function withEntryPath(e: unknown, p: ExpandedPerson, field: string): unknown {
  if (!isInputError(e)) return e;
  return new InputError(
    e.issues.map((i) => ({
      code: i.code,
      path: ['entries', p.entry, field, ...i.path],
      message: { nb: `${p.id}: ${i.message.nb}`, en: `${p.id}: ${i.message.en}` },
    })),
  );
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

const sum = (xs: readonly Money[]): Money => xs.reduce((a, b) => a.plus(b), ZERO_MONEY);

/**
 * The five-year (or `years`-year) forecast of a settlement plan: grants in, stipend out, participants,
 * adviser FTE and talks, per year and month, with every figure traceable to persons and rules.
 * @throws InputError naming the plan entry at fault; NoParameterValueError when a year has no rate and
 *   the projection cannot fill it (a gap between two published years).
 *
 * @example
 * ```ts
 * import { settlementForecast } from 'integreringsregler';
 * const f = settlementForecast({
 *   years: 2,
 *   entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }],
 * }).value;
 * f.years[0]?.grants.total.toString(); // '235000'
 * f.years[1]?.projected.grants; // true
 * ```
 */
export function settlementForecast(input: SettlementPlanInput, options?: ForecastOptions): Explained<SettlementForecast> {
  const plan = parseInput(settlementPlanSchema, input);
  const detail = options?.persons !== false;
  const persons = expandParsedPlan(plan);
  // A loop, not a spread into Math.min: a national plan has more persons than a call takes as arguments.
  let firstYear = Number.POSITIVE_INFINITY;
  for (const p of persons) firstYear = Math.min(firstYear, dateParts(p.settlementDate).year);
  const lastYear = firstYear + plan.years - 1;
  const parameters: ParameterSet = projectParameters(completeParameters(options?.parameters), {
    throughYear: lastYear,
    rule: plan.projection,
  });
  const quiet = { parameters, explain: false } as const;
  const couples = childlessCoupleHouseholds(persons);
  const inYears = (month: string) => month >= `${firstYear}-01` && month <= `${lastYear}-12`;
  // Persons with the same facts get the same figures from the same rules (the rules are pure), so each
  // distinct profile is computed once and counted; sums are profile figure × count.
  const grants = new Map<string, { lines: readonly GrantLine[]; count: number }>();
  const stipends = new Map<
    string,
    { profile: StipendProfile; person: ExpandedPerson; months: { month: string; payment: Money }[]; count: number }
  >();
  const regimes = new Map<string, ProgrammeRegime>();
  const ends = new Map<string, IsoDate>();
  const cohort = new Map<
    string,
    { programmeStart: IsoDate; programmeEnd: IsoDate; leave: { from: IsoDate; to: IsoDate }[]; count: number }
  >();

  const derivations = new Map<
    string,
    {
      start: IsoDate;
      regime: ProgrammeRegime;
      lastDay: IsoDate;
      st: { months: { month: string; payment: Money }[]; count: number };
      c: { count: number };
    }
  >();
  const projectedRates = new Map<string, boolean>();
  const out: ForecastPerson[] = persons.map((p, index) => {
    if (options?.onProgress !== undefined && (index % 1000 === 999 || index === persons.length - 1))
      options.onProgress(index + 1, persons.length);
    const facts = grantFacts(p);
    const grantKey = `${p.birthDate}|${p.settlementDate}|${p.role}|${p.permit}`;
    let g = grants.get(grantKey);
    if (g === undefined) {
      try {
        g = {
          lines: personGrantSchedule({ person: { ...facts, id: p.id }, budgetYears: { from: firstYear, to: lastYear } }, quiet).value.lines,
          count: 0,
        };
      } catch (e) {
        throw withEntryPath(e, p, 'grants');
      }
      grants.set(grantKey, g);
    }
    g.count += 1;
    const lines = detail ? g.lines.map((l) => (l.personId === p.id ? l : { ...l, personId: p.id })) : [];
    const prog = p.programme;
    if (prog === undefined)
      return {
        id: p.id,
        household: p.household,
        role: p.role,
        settlementDate: p.settlementDate,
        birthDate: p.birthDate,
        grantLines: lines,
        stipendMonths: [],
      };
    // Everything below depends only on these facts, so persons who share them share one derivation.
    const couple = couples.has(p.household);
    const leaveKey = prog.leave.length === 0 ? '' : JSON.stringify(prog.leave);
    const derivationKey = `${p.settlementDate}|${p.permit}|${p.birthDate}|${couple}|${prog.startDelayMonths}|${prog.lengthMonths}|${prog.livesWithParent}|${prog.priorEducation}|${prog.endGoal}|${leaveKey}`;
    const d = memo(derivations, derivationKey, () => {
      const start = programmeStart(p) as IsoDate;
      const permitType = regimePermitType(p);
      const regime = memo(
        regimes,
        `${p.settlementDate}|${permitType}|${start}`,
        () => programmeRegime({ permitDate: p.settlementDate, arrivalDate: p.settlementDate, permitType, date: start }, quiet).value.regime,
      );
      const endInput = endDateInput(p, regime);
      const lastDay = memo(ends, JSON.stringify(endInput), () => {
        try {
          return programmeEndDate(endInput as NonNullable<typeof endInput>, quiet).value.lastDay;
        } catch (e) {
          throw withEntryPath(e, p, 'programme');
        }
      });
      const profile = stipendProfile(p, regime, start, lastDay, couple);
      const stipendKey = JSON.stringify(profile);
      let st = stipends.get(stipendKey);
      if (st === undefined) stipends.set(stipendKey, (st = { profile, person: p, months: [], count: 0 }));
      const leave = prog.leave.map((l) => ({ from: l.from, to: l.to }));
      const cohortKey = JSON.stringify([start, lastDay, leave]);
      let c = cohort.get(cohortKey);
      if (c === undefined) cohort.set(cohortKey, (c = { programmeStart: start, programmeEnd: lastDay, leave, count: 0 }));
      return { start, regime, lastDay, st, c };
    });
    d.st.count += 1;
    d.c.count += 1;
    const { start, regime, lastDay, st } = d;
    return {
      id: p.id,
      household: p.household,
      role: p.role,
      settlementDate: p.settlementDate,
      birthDate: p.birthDate,
      programme: { regime, start, lastDay },
      grantLines: lines,
      stipendMonths: detail ? st.months : [],
    };
  });

  // Every distinct stipend profile's months, priced in one batch (the same figures as the stipend
  // projection month by month; see stipendPaymentsOre).
  const profiles = [...stipends.values()];
  const rows: StipendBatchRow[] = [];
  const rowProfile: number[] = [];
  profiles.forEach((s, index) => {
    for (const row of stipendRows(s.profile, inYears)) {
      rows.push(row);
      rowProfile.push(index);
    }
  });
  let ore: Float64Array;
  try {
    ore = stipendPaymentsOre({ rows }, { parameters });
  } catch (e) {
    const row = isInputError(e) ? e.issues[0]?.path[1] : undefined;
    const profile = typeof row === 'number' ? profiles[rowProfile[row] ?? -1] : undefined;
    if (profile === undefined || !isInputError(e)) throw e;
    throw withEntryPath(new InputError(e.issues.map((x) => ({ ...x, path: x.path.slice(2) }))), profile.person, 'programme');
  }
  rows.forEach((r, i) => profiles[rowProfile[i] as number]?.months.push({ month: r.month, payment: moneyFromOre(ore[i] as number) }));

  const cohortInput: CohortWorkloadInput = {
    from: `${firstYear}-01`,
    to: `${lastYear}-12`,
    minutesPerTalk: plan.minutesPerTalk,
    participants: [...cohort.values()],
  };
  const workload = cohortWorkload(cohortInput, quiet).value.months;
  const stipendByMonth = new Map<string, Money>();
  for (const { months: ms, count } of stipends.values()) {
    for (const m of ms) stipendByMonth.set(m.month, (stipendByMonth.get(m.month) ?? ZERO_MONEY).plus(m.payment.mul(count)));
  }
  const settledByMonth = new Map<string, number>();
  for (const p of persons) settledByMonth.set(p.settlementDate.slice(0, 7), (settledByMonth.get(p.settlementDate.slice(0, 7)) ?? 0) + 1);
  const months: ForecastMonth[] = workload.map((w) => ({
    month: w.month,
    settled: settledByMonth.get(w.month) ?? 0,
    activeParticipants: w.activeParticipants,
    fteNeeded: w.fteNeeded,
    talks: w.talks,
    adviserHours: w.adviserHours,
    stipend: stipendByMonth.get(w.month) ?? ZERO_MONEY,
  }));

  const grantSums = new Map<number, Map<GrantType, Money>>();
  const projectedYears = new Set<number>();
  for (const { lines, count } of grants.values()) {
    for (const l of lines) {
      const byGrant = grantSums.get(l.budgetYear) ?? new Map<GrantType, Money>();
      grantSums.set(l.budgetYear, byGrant);
      byGrant.set(l.grant, (byGrant.get(l.grant) ?? ZERO_MONEY).plus(l.amount.mul(count)));
      if (memo(projectedRates, `${l.rate.parameter}|${l.rate.from}`, () => parameterProjected(parameters, l.rate.parameter, l.rate.from)))
        projectedYears.add(l.budgetYear);
    }
  }
  const years: ForecastYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const ms = months.filter((m) => m.month.startsWith(`${year}-`));
    const sums = grantSums.get(year);
    const byGrant = Object.fromEntries(GRANT_TYPES.map((g) => [g, sums?.get(g) ?? ZERO_MONEY])) as Record<GrantType, Money>;
    const activeSum = ms.reduce((s, m) => s + m.activeParticipants, 0);
    const fteSum = ms.reduce((s, m) => s.add(Rational.fromDecimal(m.fteNeeded)), Rational.ZERO);
    years.push({
      year,
      settled: ms.reduce((s, m) => s + m.settled, 0),
      grants: { total: sum(Object.values(byGrant)), byGrant },
      stipend: sum(ms.map((m) => m.stipend)),
      activeParticipants: {
        average: roundHalfUpToHundredths(Rational.of(activeSum, 12)),
        peak: Math.max(0, ...ms.map((m) => m.activeParticipants)),
      },
      fteNeeded: {
        average: roundHalfUpToHundredths(fteSum.div(Rational.of(12))),
        peak: ms.reduce((a, m) => (m.fteNeeded.gt(a) ? m.fteNeeded : a), ZERO_MONEY),
      },
      talks: ms.reduce((s, m) => s + m.talks, 0),
      adviserHours: sum(ms.map((m) => m.adviserHours)),
      projected: {
        grants: projectedYears.has(year),
        stipend:
          ms.some((m) => !m.stipend.isZero()) &&
          [`${year}-01-01`, `${year}-12-31`].some((d) => valueOn(parameters.basicAmount.grunnbelop, d).projected === true),
      },
    });
  }
  const projections = parameterEntries(parameters).flatMap(({ parameter: param }) =>
    param.values
      // In force some time in the forecast years: a year's table, or a G that runs on into January–April.
      .filter(
        (v) =>
          v.projected === true &&
          dateParts(v.from).year <= lastYear &&
          (v.to ?? `${dateParts(v.from).year + 1}-04-30`) >= `${firstYear}-01-01`,
      )
      .map((v) => ({ parameter: param.id, from: v.from, value: JSON.stringify(v.value), note: v.note as LocalizedText })),
  );
  const value: SettlementForecast = {
    name: plan.name,
    firstYear,
    lastYear,
    years,
    months,
    totals: {
      grants: sum(years.map((y) => y.grants.total)),
      stipend: sum(years.map((y) => y.stipend)),
      talks: years.reduce((s, y) => s + y.talks, 0),
      adviserHours: sum(years.map((y) => y.adviserHours)),
    },
    persons: out,
    projections,
    excluded: FORECAST_EXCLUSIONS,
  };
  return { value, explanation: { steps: options?.explain === false ? [] : forecastSteps(value, plan.projection) } };
}

function parameterProjected(parameters: ParameterSet, id: string, from: IsoDate): boolean {
  const param = parameterEntries(parameters).find((e) => e.parameter.id === id)?.parameter;
  return param?.values.find((v) => v.from === from)?.projected === true;
}
