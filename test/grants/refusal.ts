/**
 * What a person's schedule refuses, for the tests of a person's facts and of disability-grant claims:
 * the first problem of the InputError, or 'accepted'. A window of budget years with nothing in it
 * (`to: 2000`) checks the facts without needing rates for the later years.
 */
import { isInputError, personGrantSchedule, type DisabilityClaimInput, type GrantPersonInput, type InputError } from '../../src/index.js';

export function refusal(person: GrantPersonInput): InputError['issues'][number] | 'accepted' {
  try {
    personGrantSchedule({ person, budgetYears: { to: 2000 } });
  } catch (e) {
    if (isInputError(e)) return e.issues[0] as InputError['issues'][number];
    throw e;
  }
  return 'accepted';
}

/** A tilskudd 1 (one-off) claim for a budget year. */
export const oneOff = (budgetYear: number): DisabilityClaimInput => ({ kind: 'oneOff', budgetYear });

/** The refusal of claim `index`, with both texts. */
export const claimRefused = (index: number, nb: string, en: string) => ({
  code: 'disability_claim_not_allowed',
  path: ['person', 'disabilityClaims', index, 'budgetYear'],
  message: { nb, en },
});
