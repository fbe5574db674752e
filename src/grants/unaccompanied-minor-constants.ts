/**
 * The age limits of the special grant for unaccompanied minors, counted by the calendar year of the
 * birthday (IMDi, grant for unaccompanied minors; the two bands since the 2017 budget).
 * @module
 */

/** Paid up to and including the calendar year the person turns 20 (IMDi). */
export const UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING = 20;
/** The higher rate runs to and including the year the person turns 16 (IMDi, since 2017). */
export const UNACCOMPANIED_MINOR_LOWER_BAND_LAST_YEAR_TURNING = 16;
