/**
 * The settlement plan: whom a municipality plans to settle, when, and what programme it expects them to
 * follow — persons one by one, or groups ("12 adults and 8 children in 2026-Q1") that expand into persons
 * by a fixed, documented rule so the same plan always gives the same forecast.
 *
 * Group expansion rule:
 * - a group settled in a quarter (`2026-Q1`) spreads its members over the quarter's three months in
 *   turn (first member in the first month, second in the second, …); a group settled in a month puts
 *   everyone in that month; the settlement date is the first day of the month;
 * - members are listed in the order single adults, adults in families, children, unaccompanied minors;
 * - a member of age A (the group's `ages`, or the defaults below) is born exactly A years before the
 *   settlement date; a person given only a birth year is born on 1 July of that year;
 * - adults in families, and their children, form households of two adults and the group's children shared
 *   out in turn, so grants that depend on a household can be computed.
 * @module
 */
import * as z from 'zod';
import { addMonthsToDate, formatIsoDate, isoDateSchema, type IsoDate } from '../core/date.js';
import { addMonthsToMonth, firstDayOfMonth, isoMonthSchema, type IsoMonth } from '../core/month.js';
import { localizedIssue, parseInput } from '../core/validate.js';
import { endGoalSchema, priorEducationSchema } from '../programme/index.js';
import { CARRY_FORWARD, projectionRuleSchema } from './project-parameters.js';

/** A person's place in the household, as IMDi's grant categories see it. */
export const householdRoleSchema = /* @__PURE__ */ z.enum(['singleAdult', 'adultInFamily', 'child', 'unaccompaniedMinor']);
/** A household role. */
export type HouseholdRole = z.output<typeof householdRoleSchema>;

/**
 * The kind of residence permit, as far as the rules need it. `familyReunification` is reunification with
 * a refugee; `familyReunificationHumanitarian` with a person holding a humanitarian permit (the integration
 * grant is then paid for three years only).
 */
export const permitKindSchema = /* @__PURE__ */ z.enum([
  'refugee',
  'resettlement',
  'humanitarian',
  'collectiveProtection',
  'familyReunification',
  'familyReunificationHumanitarian',
]);
/** A permit kind. */
export type PermitKind = z.output<typeof permitKindSchema>;

/** The introduction programme a person is expected to follow. */
export const plannedProgrammeSchema = /* @__PURE__ */ z.strictObject({
  /** Months from settlement to programme start (the law asks for a start within 3 months). */
  startDelayMonths: z.number().int().min(0).max(12).default(1),
  /** The granted length in months. */
  lengthMonths: z.number().int().min(1).max(72).default(24),
  /** Under 25 and living with a parent (the 1/3 rate under the Integration Act). */
  livesWithParent: z.boolean().default(false),
  /** Prior education, which decides the longest programme (default: without upper-secondary). */
  priorEducation: priorEducationSchema.default('withoutUpperSecondary'),
  /** The end goal (default: a work-qualifying programme). */
  endGoal: endGoalSchema.default('workQualifying'),
  /** Known leave without stipend, as date ranges (both days included); it also moves the programme end where the Act says so. */
  leave: z.array(z.strictObject({ from: isoDateSchema, to: isoDateSchema })).default([]),
});

const birthFields = {
  /** Birth date; give this or `birthYear`. */
  birthDate: isoDateSchema.optional(),
  /** Birth year, when the date is not known (the person is taken to be born 1 July). */
  birthYear: z.number().int().min(1900).max(2199).optional(),
};

/** One person in the plan. */
export const plannedPersonSchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal('person'),
    /** Your own id, carried into every line of the forecast. */
    id: z.string().min(1).optional(),
    /** A household id, shared by the members of one family. */
    household: z.string().min(1).optional(),
    /** Settlement month (the person is taken to settle on its first day) … */
    settlementMonth: isoMonthSchema.optional(),
    /** … or the exact settlement date. */
    settlementDate: isoDateSchema.optional(),
    ...birthFields,
    role: householdRoleSchema,
    permit: permitKindSchema.default('refugee'),
    /** The programme, for a participant; left out for a person who does not take part. */
    programme: plannedProgrammeSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.birthDate === undefined) === (p.birthYear === undefined)) {
      ctx.addIssue(
        localizedIssue(
          'birth_required',
          { nb: 'oppgi enten fødselsdato eller fødselsår', en: 'give either a birth date or a birth year' },
          ['birthDate'],
        ),
      );
    }
    if ((p.settlementMonth === undefined) === (p.settlementDate === undefined)) {
      ctx.addIssue(
        localizedIssue(
          'settlement_required',
          { nb: 'oppgi enten bosettingsmåned eller bosettingsdato', en: 'give either a settlement month or a settlement date' },
          ['settlementMonth'],
        ),
      );
    }
  });

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Default ages at settlement for group members (an assumption a plan can override). */
export const DEFAULT_GROUP_AGES = /* @__PURE__ */ Object.freeze({ singleAdult: 30, adultInFamily: 35, child: 7, unaccompaniedMinor: 16 });

/** A group of people settled in the same month or quarter. */
export const plannedGroupSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('group'),
  /** Your own id; members get `<id>-1`, `<id>-2`, … */
  id: z.string().min(1),
  /** A month (`2026-03`) or a quarter (`2026-Q1`). */
  settlement: z.string().superRefine((v, ctx) => {
    if (isoMonthSchema.safeParse(v).success || QUARTER.test(v)) return;
    ctx.addIssue(
      localizedIssue('invalid_period', {
        nb: `«${v}» er verken en måned (ÅÅÅÅ-MM) eller et kvartal (ÅÅÅÅ-K1…4 skrevet 2026-Q1)`,
        en: `"${v}" is neither a month (YYYY-MM) nor a quarter (YYYY-Q1…4)`,
      }),
    );
  }),
  singleAdults: z.number().int().min(0).max(10_000).default(0),
  adultsInFamilies: z.number().int().min(0).max(10_000).default(0),
  children: z.number().int().min(0).max(10_000).default(0),
  unaccompaniedMinors: z.number().int().min(0).max(10_000).default(0),
  /** Ages at settlement, by role. */
  ages: z
    .strictObject({
      singleAdult: z.number().int().min(18).max(100).optional(),
      adultInFamily: z.number().int().min(18).max(100).optional(),
      child: z.number().int().min(0).max(17).optional(),
      unaccompaniedMinor: z.number().int().min(0).max(17).optional(),
    })
    .default({}),
  permit: permitKindSchema.default('refugee'),
  /** The programme for the group's adults (single adults and adults in families); unaccompanied minors take part from 18 only if you list them as persons. */
  programme: plannedProgrammeSchema.default({
    startDelayMonths: 1,
    lengthMonths: 24,
    livesWithParent: false,
    priorEducation: 'withoutUpperSecondary',
    endGoal: 'workQualifying',
    leave: [],
  }),
});

/** A settlement plan. */
export const settlementPlanSchema = /* @__PURE__ */ z.strictObject({
  /** The municipality or scenario name, for the report. */
  name: z.string().min(1).default('Bosettingsplan'),
  /** How many calendar years to forecast, from the first settlement year (default 5). */
  years: z.number().int().min(1).max(10).default(5),
  /** Adviser minutes per follow-up talk, for the hours estimate (default 60, preparation included). */
  minutesPerTalk: z.number().int().min(1).max(600).default(60),
  /** How years without published rates are filled (default: carry the latest forward). */
  projection: projectionRuleSchema.default(CARRY_FORWARD),
  entries: z.array(z.discriminatedUnion('kind', [plannedPersonSchema, plannedGroupSchema])).min(1),
});

/** A settlement plan, as callers write it. */
export type SettlementPlanInput = z.input<typeof settlementPlanSchema>;
/** A settlement plan after validation. */
export type SettlementPlan = z.output<typeof settlementPlanSchema>;
/** The programme of a planned person after validation. */
export type PlannedProgramme = z.output<typeof plannedProgrammeSchema>;

/** A person of the plan after expansion: every fact a rule needs, nothing left to default. */
export interface ExpandedPerson {
  /** The index of the plan entry the person comes from (for error paths). */
  readonly entry: number;
  readonly id: string;
  readonly household: string;
  readonly settlementDate: IsoDate;
  readonly birthDate: IsoDate;
  readonly role: HouseholdRole;
  readonly permit: PermitKind;
  readonly programme: PlannedProgramme | undefined;
}

function monthsOf(settlement: string): IsoMonth[] {
  const q = QUARTER.exec(settlement);
  if (q === null) return [settlement];
  const first = `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  return [first, addMonthsToMonth(first, 1), addMonthsToMonth(first, 2)];
}

function expandGroup(g: z.output<typeof plannedGroupSchema>, entry: number, births: Map<string, IsoDate>): ExpandedPerson[] {
  const firstDays = monthsOf(g.settlement).map(firstDayOfMonth);
  const ages = { ...DEFAULT_GROUP_AGES, ...g.ages };
  const roles: HouseholdRole[] = [
    ...Array<HouseholdRole>(g.singleAdults).fill('singleAdult'),
    ...Array<HouseholdRole>(g.adultsInFamilies).fill('adultInFamily'),
    ...Array<HouseholdRole>(g.children).fill('child'),
    ...Array<HouseholdRole>(g.unaccompaniedMinors).fill('unaccompaniedMinor'),
  ];
  const families = Math.max(1, Math.ceil(g.adultsInFamilies / 2));
  const bornBefore = (settlementDate: IsoDate, age: number): IsoDate => {
    const key = `${settlementDate}|${age}`;
    let d = births.get(key);
    if (d === undefined) births.set(key, (d = addMonthsToDate(settlementDate, -12 * age)));
    return d;
  };
  let adultIndex = 0;
  let childIndex = 0;
  return roles.map((role, i) => {
    const settlementDate = firstDays[i % firstDays.length] as IsoDate;
    const id = `${g.id}-${i + 1}`;
    let household = id;
    if (role === 'adultInFamily') household = `${g.id}-family-${Math.floor(adultIndex++ / 2) + 1}`;
    if (role === 'child') household = `${g.id}-family-${(childIndex++ % families) + 1}`;
    const takesPart = role === 'singleAdult' || role === 'adultInFamily';
    return {
      entry,
      id,
      household,
      settlementDate,
      birthDate: bornBefore(settlementDate, ages[role] ?? DEFAULT_GROUP_AGES[role]),
      role,
      permit: g.permit,
      programme: takesPart ? g.programme : undefined,
    };
  });
}

/**
 * Validates a plan and expands it into persons, in the order given (groups in place).
 * @throws InputError naming the entry and field at fault.
 *
 * @example
 * ```ts
 * import { expandSettlementPlan } from 'integreringsregler';
 * const persons = expandSettlementPlan({
 *   entries: [{ kind: 'group', id: 'Q1', settlement: '2026-Q1', adultsInFamilies: 2, children: 1 }],
 * });
 * persons.map((p) => p.settlementDate); // ['2026-01-01', '2026-02-01', '2026-03-01']
 * persons[2]?.birthDate; // '2019-03-01'
 * persons[2]?.household; // 'Q1-family-1'
 * ```
 */
export function expandSettlementPlan(plan: SettlementPlanInput): ExpandedPerson[] {
  const parsed = parseInput(settlementPlanSchema, plan);
  return expandParsedPlan(parsed);
}

/** Expands an already validated plan. @internal */
export function expandParsedPlan(plan: SettlementPlan): ExpandedPerson[] {
  const births = new Map<string, IsoDate>();
  return plan.entries.flatMap((e, index) => {
    if (e.kind === 'group') return expandGroup(e, index, births);
    const id = e.id ?? `person-${index + 1}`;
    return [
      {
        entry: index,
        id,
        household: e.household ?? id,
        settlementDate: e.settlementDate ?? firstDayOfMonth(e.settlementMonth as IsoMonth),
        birthDate: e.birthDate ?? formatIsoDate({ year: e.birthYear as number, month: 7, day: 1 }),
        role: e.role,
        permit: e.permit,
        programme: e.programme,
      },
    ];
  });
}
