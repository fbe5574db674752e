/**
 * The facts about one settled person that IMDi's grants depend on, their schema, and the derived facts
 * every grant rule reads: the person's year 1, the first budget year a grant can fall in, the year-1
 * category, the age at settlement and the last year number.
 *
 * Rules (IMDi, integration grant): a person counts as an adult from the calendar year they turn 18; an
 * unaccompanied minor triggers the year-1 unaccompanied-minor rate even if already 18 at settlement;
 * children born within six months after the mother's settlement are covered. Which calendar year is such
 * a child's year 1 is not stated in any source read: the dated parameter `newbornGrantYearOne` (basis
 * assumption) says, by default the birth year; `bornAfterMotherSettlement.yearOne` overrides it for one
 * child. Under every reading no grant falls in a budget year before the child is born.
 * @module
 */
import * as z from 'zod';
import { addMonthsToDate, ageOn, dateParts, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { valueOn, type DatedValue } from '../core/parameters.js';
import { NEWBORN_YEAR_ONE_READINGS, type NewbornYearOne } from './tables/newborn-grant-year.js';
import type { GrantsSlices } from './options.js';
import { claimProblem, disabilityClaimSchema, type DisabilityClaim } from './disability-claim.js';
import { INTEGRATION_GRANT_YEARS } from './grant-year-number.js';
import { yearNumberOf } from './grant-year-number.js';
import { UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING } from './unaccompanied-minor-constants.js';

/** A person counts as an adult from the calendar year they turn 18 (IMDi, year-1 rates). */
export const ADULT_FROM_YEAR_TURNING = 18;
/** Children born up to six months after the mother's settlement are covered (IMDi, target group). */
export const NEWBORN_WINDOW_MONTHS = 6;

/** One person's facts for the grants. */
export const grantPersonSchema = /* @__PURE__ */ z.strictObject({
  /** Your id for the person; every grant line carries it. */
  id: z.string().min(1).optional(),
  /** Date of birth. */
  birthDate: isoDateSchema,
  /** Date of first settlement in a municipality (leave out for a child born after the mother's settlement). */
  settlementDate: isoDateSchema.optional(),
  /** For a child born within six months after the mother's settlement, instead of `settlementDate`. */
  bornAfterMotherSettlement: z
    .strictObject({
      motherSettlementDate: isoDateSchema,
      /**
       * Which calendar year is the child's year 1 (an assumption either way): the birth year, or the
       * mother's settlement year with the year-1 grants booked in the birth year. Left out: the
       * parameter `newbornGrantYearOne` on the birth date (the birth year by default).
       */
      yearOne: z.enum(NEWBORN_YEAR_ONE_READINGS).optional(),
    })
    .optional(),
  /** Settled as a single adult (no spouse or children with them): the higher year-1 rate. */
  singleAdult: z.boolean().default(false),
  /** Settled as an unaccompanied minor (also one resettled who turned 18 before arrival). */
  unaccompaniedMinor: z.boolean().default(false),
  /** Came by family reunification, and with whom: a humanitarian-permit holder triggers the three-year rule. */
  familyReunificationWith: z.enum(['refugee', 'humanitarianPermitHolder']).optional(),
  /** Special grant for unaccompanied minors in the settlement year: from the month after settlement, or the full year (assumption). */
  unaccompaniedMinorSettlementYear: z.enum(['fromMonthAfterSettlement', 'fullYear']).default('fromMonthAfterSettlement'),
  /** Disability-grant claims IMDi has granted or the municipality plans (tilskudd 1 or 2). */
  disabilityClaims: z.array(disabilityClaimSchema).default([]),
});

/** A person, as callers write it. */
export type GrantPersonInput = z.input<typeof grantPersonSchema>;
/** A person after validation. */
export type GrantPerson = z.output<typeof grantPersonSchema>;

/** The year-1 category of the integration grant. */
export type GrantCategory = 'singleAdult' | 'adult' | 'child' | 'unaccompaniedMinor';

/** How year 1 was read for a child born after the mother's settlement. */
export interface NewbornFacts {
  readonly motherSettlementDate: IsoDate;
  /** The reading applied. */
  readonly yearOne: NewbornYearOne;
  /** The parameter value the reading came from (absent when the caller chose it for the child). */
  readonly dated?: DatedValue<NewbornYearOne>;
  /** True when the child is born in a later calendar year than the mother's settlement (the readings differ). */
  readonly readingMatters: boolean;
}

/** What every grant rule reads about a person. */
export interface PersonFacts {
  readonly id: string;
  readonly birthDate: IsoDate;
  readonly birthYear: number;
  /** The settlement date (for a child born after the mother's settlement: the birth date). */
  readonly settlementDate: IsoDate;
  /** The calendar year that is the person's year 1. */
  readonly settlementYear: number;
  /**
   * The first budget year a grant line can fall in: the settlement year, or for a child born after the
   * mother's settlement the birth year when that is later than year 1.
   */
  readonly firstBudgetYear: number;
  readonly ageAtSettlement: number;
  readonly category: GrantCategory;
  readonly lastYearNumber: number;
  readonly bornAfterMotherSettlement: boolean;
  /** For a child born after the mother's settlement: how year 1 was read. */
  readonly newborn?: NewbornFacts;
  readonly unaccompaniedMinor: boolean;
  readonly unaccompaniedMinorSettlementYear: 'fromMonthAfterSettlement' | 'fullYear';
  readonly disabilityClaims: readonly DisabilityClaim[];
}

function categoryOf(p: GrantPerson, settlementYear: number, birthYear: number): GrantCategory {
  if (p.unaccompaniedMinor) return 'unaccompaniedMinor';
  if (settlementYear - birthYear < ADULT_FROM_YEAR_TURNING) return 'child';
  return p.singleAdult ? 'singleAdult' : 'adult';
}

/**
 * Checks what the schema cannot and derives the facts; `path` is where the person sits in the input.
 * @throws InputError on facts the schema cannot check; NoParameterValueError when a child born after the
 * mother's settlement is born before `newbornGrantYearOne` has a value (the rule dates from 2011).
 * @internal
 */
export function personFacts(p: GrantPerson, path: readonly (string | number)[], defaultId: string, parameters: GrantsSlices): PersonFacts {
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const newborn = p.bornAfterMotherSettlement;
  if ((p.settlementDate === undefined) === (newborn === undefined)) {
    throw inputError('settlement_date_or_newborn', at('settlementDate'), {
      nb: 'oppgi enten bosettingsdato (settlementDate) eller, for et barn født etter mors bosetting, bornAfterMotherSettlement — ikke begge og ikke ingen',
      en: 'give either settlementDate or, for a child born after the mother’s settlement, bornAfterMotherSettlement — not both and not neither',
    });
  }
  let settlementDate: IsoDate;
  let settlementYear: number;
  let newbornFacts: NewbornFacts | undefined;
  if (newborn !== undefined) {
    const { motherSettlementDate } = newborn;
    const last = addMonthsToDate(motherSettlementDate, NEWBORN_WINDOW_MONTHS);
    if (!(p.birthDate > motherSettlementDate && p.birthDate <= last)) {
      throw inputError('not_born_within_six_months', at('birthDate'), {
        nb: `barnet må være født innen ${NEWBORN_WINDOW_MONTHS} måneder etter mors bosetting (${motherSettlementDate} til og med ${last}) for å utløse tilskudd (IMDi, målgruppe)`,
        en: `the child must be born within ${NEWBORN_WINDOW_MONTHS} months after the mother's settlement (${motherSettlementDate} to ${last}) to trigger the grant (IMDi, target group)`,
      });
    }
    if (p.unaccompaniedMinor) {
      throw inputError('newborn_unaccompanied', at('unaccompaniedMinor'), {
        nb: 'et barn født etter mors bosetting er ikke enslig mindreårig',
        en: 'a child born after the mother’s settlement is not an unaccompanied minor',
      });
    }
    settlementDate = p.birthDate;
    const dated = newborn.yearOne === undefined ? valueOn(parameters.grants.newbornGrantYearOne, p.birthDate) : undefined;
    const yearOne = newborn.yearOne ?? (dated as DatedValue<NewbornYearOne>).value;
    settlementYear = dateParts(yearOne === 'birthYear' ? p.birthDate : motherSettlementDate).year;
    newbornFacts = {
      motherSettlementDate,
      yearOne,
      ...(dated === undefined ? {} : { dated }),
      readingMatters: dateParts(p.birthDate).year !== dateParts(motherSettlementDate).year,
    };
  } else {
    settlementDate = p.settlementDate as IsoDate;
    settlementYear = dateParts(settlementDate).year;
    if (settlementDate < p.birthDate) {
      throw inputError('settled_before_birth', at('settlementDate'), {
        nb: 'bosettingsdatoen er før fødselsdatoen',
        en: 'the settlement date is before the birth date',
      });
    }
  }
  const birthYear = dateParts(p.birthDate).year;
  if (p.singleAdult && p.unaccompaniedMinor) {
    throw inputError('single_adult_and_minor', at('singleAdult'), {
      nb: 'en person kan ikke være både enslig voksen og enslig mindreårig',
      en: 'a person cannot be both a single adult and an unaccompanied minor',
    });
  }
  if (p.singleAdult && settlementYear - birthYear < ADULT_FROM_YEAR_TURNING) {
    throw inputError('single_adult_is_child', at('singleAdult'), {
      nb: `personen fyller ikke ${ADULT_FROM_YEAR_TURNING} i bosettingsåret ${settlementYear} og regnes som barn, ikke enslig voksen`,
      en: `the person does not turn ${ADULT_FROM_YEAR_TURNING} in the settlement year ${settlementYear} and counts as a child, not a single adult`,
    });
  }
  const threeYearRule = p.familyReunificationWith === 'humanitarianPermitHolder';
  const lastYearNumber = yearNumberOf(settlementYear, settlementYear, threeYearRule).lastYearNumber;
  const problem = claimProblem(p.disabilityClaims, {
    settlementYear,
    firstBudgetYear: Math.max(settlementYear, birthYear),
    birthYear,
    lastYearNumber,
    unaccompaniedMinor: p.unaccompaniedMinor,
    minorLastYearTurning: UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING,
    minorAtLeastYears: INTEGRATION_GRANT_YEARS,
  });
  if (problem !== undefined)
    throw inputError('disability_claim_not_allowed', at('disabilityClaims', problem.index, 'budgetYear'), problem.message);
  return {
    id: p.id ?? defaultId,
    birthDate: p.birthDate,
    birthYear,
    settlementDate,
    settlementYear,
    firstBudgetYear: Math.max(settlementYear, birthYear),
    ageAtSettlement: ageOn(p.birthDate, settlementDate),
    category: categoryOf(p, settlementYear, birthYear),
    lastYearNumber,
    bornAfterMotherSettlement: newborn !== undefined,
    ...(newbornFacts === undefined ? {} : { newborn: newbornFacts }),
    unaccompaniedMinor: p.unaccompaniedMinor,
    unaccompaniedMinorSettlementYear: p.unaccompaniedMinorSettlementYear,
    disabilityClaims: p.disabilityClaims,
  };
}
