/**
 * The stipend batch (`stipendPaymentsOre`) at the edges of the rule: the limits exactly at the limit, rows that
 * share a person and month but differ in one fact, every kind of bad value refused with its path under
 * `rows.<i>`, a caller's own parameters, and amounts beyond exact integers. Written for the mutants that survived
 * `npx stryker run --mutate src/stipend/stipend-payments-ore.ts`. Every figure is worked by hand:
 *
 * - G from 1 May 2024 is 124 028 kr: 2 G = 248 056 a year, a month 248 056 / 12 = 20 671.333… → 20 671.33.
 * - Under 25: 2/3 × 20 671.333… = 13 780.888… → 13 780.89; living with a parent (Integration Act only): 1/3 →
 *   6 890.444… → 6 890.44; a childless couple both in the programme (5/6, from 1 July 2024): 17 226.111… → 17 226.11.
 * - One programme day of 30: 20 671.333… / 30 = 689.044… → 689.04.
 * - G until 30 April 2024 (and as known on 15 May 2024): 118 620 → 2 × 118 620 / 12 = 19 770.00.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  InputError,
  defaultParameters,
  references,
  stipendPaymentsOre,
  withParameters,
  withValues,
  type StipendBatchRow,
} from '../../src/index.js';

const pay = (rows: unknown[], asKnownOn?: string, parameters = defaultParameters) =>
  Array.from(stipendPaymentsOre({ rows: rows as StipendBatchRow[], ...(asKnownOn === undefined ? {} : { asKnownOn }) }, { parameters }));

function issues(rows: unknown[], parameters = defaultParameters): string[] {
  try {
    stipendPaymentsOre({ rows: rows as StipendBatchRow[] }, { parameters });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((x) => `${x.code}@${x.path.join('.')}`);
  }
  return ['(priced)'];
}

/** An Integration Act participant under 25 (born 2003, 21 in August 2024). */
const young = { regime: 'integreringsloven', month: '2024-08', birthDate: '2003-01-01', programmeStart: '2024-01-01' } as const;
/** An Integration Act participant over 25 (born 1990). */
const adult = { regime: 'integreringsloven', month: '2024-08', birthDate: '1990-01-01', programmeStart: '2024-01-01' } as const;

const MONTH = 2067133; // 20 671.33
const UNDER25 = 1378089; // 13 780.89
const WITH_PARENT = 689044; // 6 890.44
const COUPLE = 1722611; // 17 226.11
const ONE_DAY = 68904; // 689.04

describe('batch: a fact left out is the ordinary case', () => {
  it('an under-25 row that says nothing about a parent is paid 2/3, not the with-parent 1/3', () => {
    expect(pay([young])).toEqual([UNDER25]);
  });
  it('a row that says nothing about the couples rule is paid in full after the 5/6 rule is in force', () => {
    expect(pay([adult])).toEqual([MONTH]);
  });
});

describe('batch: rows of the same person and month that differ in one fact are each priced on their own', () => {
  it('with a parent, on their own, and not said (either order)', () => {
    expect(pay([{ ...young, livesWithParent: true }, { ...young, livesWithParent: false }, young])).toEqual([WITH_PARENT, UNDER25, UNDER25]);
    expect(pay([{ ...young, livesWithParent: false }, { ...young, livesWithParent: true }])).toEqual([UNDER25, WITH_PARENT]);
  });
  it('a couple both in the programme, not a couple, and not said (either order)', () => {
    expect(pay([{ ...adult, childlessCoupleBothParticipating: true }, { ...adult, childlessCoupleBothParticipating: false }, adult])).toEqual([COUPLE, MONTH, MONTH]);
    expect(pay([{ ...adult, childlessCoupleBothParticipating: false }, { ...adult, childlessCoupleBothParticipating: true }])).toEqual([MONTH, COUPLE]);
  });
  it('two different adults in the same month, one in a couple: the second is paid 5/6, the first in full', () => {
    expect(pay([adult, { ...adult, birthDate: '1985-03-03', childlessCoupleBothParticipating: true }])).toEqual([MONTH, COUPLE]);
    expect(pay([{ ...adult, birthDate: '1985-03-03', childlessCoupleBothParticipating: true }, adult])).toEqual([COUPLE, MONTH]);
  });
  it('the couples rule does not exist under the Introduction Act: a couple row is paid in full there', () => {
    const intro = { ...adult, regime: 'introduksjonsloven' } as const;
    expect(pay([{ ...intro, childlessCoupleBothParticipating: true }, intro])).toEqual([MONTH, MONTH]);
  });
  it('the 5/6 rule applies from its in-force date (1 July 2024): June 2024 in full, July 2024 at 5/6', () => {
    const couple = { ...adult, childlessCoupleBothParticipating: true };
    expect(pay([{ ...couple, month: '2024-06' }, { ...couple, month: '2024-07' }])).toEqual([MONTH, COUPLE]);
  });
  it('with parameters as known on 15 May 2024, May is paid with the old G (19 770.00); without, with the new (20 671.33)', () => {
    const may = { ...adult, month: '2024-05' };
    expect(pay([may], '2024-05-15')).toEqual([1977000]);
    expect(pay([may])).toEqual([MONTH]);
  });
});

describe('batch: the programme period and the absence limits, exactly at the limit', () => {
  it('a programme that starts on the last day of the month or ends on its first day earns one day of 30 (689.04)', () => {
    expect(pay([{ ...adult, programmeStart: '2024-08-31' }])).toEqual([ONE_DAY]);
    expect(pay([{ ...adult, programmeEnd: '2024-08-01' }])).toEqual([ONE_DAY]);
    expect(pay([{ ...adult, programmeStart: '2024-08-14', programmeEnd: '2024-08-14' }])).toEqual([ONE_DAY]);
  });
  it('refuses a programme that ends before it starts, or lies wholly before or after the month', () => {
    expect(issues([adult, { ...adult, programmeStart: '2024-08-20', programmeEnd: '2024-08-10' }])[0]).toMatch(/@rows\.1\.programme\.end$/);
    expect(issues([{ ...adult, programmeStart: '2024-09-01' }])).toEqual(['month_outside_programme@rows.0.month']);
    expect(issues([{ ...adult, programmeEnd: '2024-07-31' }])).toEqual(['month_outside_programme@rows.0.month']);
  });
  it('18 programme days of 30 hold 18/30 of the month’s 1850 / 12 hours, i.e. 92.50 hours: allowed (and they take the whole 18/30), 92.51 is refused', () => {
    // 18 days: 248 056 × 18 / 360 = 12 402.80; 92.5 h × 248 056 / 1850 = 248 056 / 20 = 12 402.80 → 0.
    const partial = { ...adult, month: '2024-06', programmeStart: '2024-06-13' };
    expect(pay([{ ...partial, unexcusedHours: 92.5 }])).toEqual([0]);
    expect(issues([{ ...partial, unexcusedHours: 92.51 }])).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
  });
  it('unexcused days may equal the programme days (30 of June’s 30 take the whole month); with leave they may not exceed them', () => {
    const june = { ...adult, month: '2024-06' };
    expect(pay([{ ...june, unexcusedDays: 30 }])).toEqual([0]);
    // 29 days of 30: 20 671.333… × 29 / 30 = 19 982.29 → 20 671.33 − 19 982.29 = 689.04; one day's leave then takes the rest.
    expect(pay([{ ...june, unexcusedDays: 29 }, { ...june, unexcusedDays: 29, leaveCalendarDays: 1 }])).toEqual([ONE_DAY, 0]);
    expect(issues([{ ...june, unexcusedDays: 30.01 }])[0]).toMatch(/@rows\.0\.unexcusedAbsence\.days$/);
    expect(issues([{ ...june, unexcusedDays: 29, leaveCalendarDays: 1.01 }])[0]).toMatch(/@rows\.0\.leaveWithoutStipend\.calendarDays$/);
  });
  it('a person born on the last day of the month is under 25 that month (13 780.89); born the day after is refused', () => {
    expect(pay([{ ...adult, month: '2024-06', birthDate: '2024-06-30', programmeStart: '2024-06-01' }])).toEqual([UNDER25]);
    expect(issues([{ ...adult, month: '2024-06', birthDate: '2024-07-01', programmeStart: '2024-06-01' }])).toEqual(['birth_after_month@rows.0.birthDate']);
  });
});

describe('batch: every kind of bad value is refused with its row and field, never priced', () => {
  it('a row that is not an object', () => {
    for (const bad of [null, 5, 'row']) {
      const got = issues([adult, bad]);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(/^invalid_type@rows\.1$/);
    }
  });
  it('a programme start or end that is not a real date, or not a string', () => {
    expect(issues([{ ...adult, programmeStart: '2024-02-30' }])).toEqual(['invalid_date@rows.0.programmeStart']);
    expect(issues([{ ...adult, programmeStart: ['2024-01-01'] }])[0]).toMatch(/@rows\.0\.programmeStart$/);
    expect(issues([{ ...adult, programmeEnd: '2024-09-31' }])).toEqual(['invalid_date@rows.0.programmeEnd']);
  });
  it('hours or days that are negative, not numbers, or have more than two decimals', () => {
    expect(issues([{ ...adult, unexcusedHours: -1 }])).toEqual(['negative_quantity@rows.0.unexcusedHours']);
    expect(issues([{ ...adult, unexcusedDays: -1 }])).toEqual(['negative_quantity@rows.0.unexcusedDays']);
    expect(issues([{ ...adult, unexcusedDays: '2' }])).toEqual(['invalid_type@rows.0.unexcusedDays']);
    expect(issues([{ ...adult, unexcusedDays: 0.125 }])).toEqual(['invalid_quantity@rows.0.unexcusedDays']);
  });
  it('a programme that ends the day before it starts (no day in the programme) is refused, not paid 0', () => {
    expect(issues([{ ...adult, programmeStart: '2024-08-11', programmeEnd: '2024-08-10' }])[0]).toMatch(/@rows\.0\.programme\.end$/);
  });
  it('a month that is not a month', () => {
    expect(issues([{ ...adult, month: '2024-13' }])[0]).toMatch(/@rows\.0\.month$/);
  });
  it('a regime, month or birth date that is not text, even after a row with the same facts as text', () => {
    expect(issues([adult, { ...adult, regime: ['integreringsloven'] }])[0]).toMatch(/^invalid_value@rows\.1\.regime$|^invalid_type@rows\.1\.regime$/);
    expect(issues([adult, { ...adult, month: ['2024-08'] }])).toEqual(['invalid_type@rows.1.month']);
    expect(issues([adult, { ...adult, birthDate: ['1990-01-01'] }])).toEqual(['invalid_type@rows.1.birthDate']);
  });
  it('a yes/no fact that is not true or false, alone or after rows with the same facts', () => {
    expect(issues([{ ...young, livesWithParent: 'yes' }])).toEqual(['invalid_type@rows.0.livesWithParent']);
    expect(issues([{ ...adult, childlessCoupleBothParticipating: 'yes' }])).toEqual(['invalid_type@rows.0.childlessCoupleBothParticipating']);
    for (const v of [true, false]) {
      expect(issues([{ ...young, livesWithParent: v }, { ...young, livesWithParent: 'yes' }])).toEqual(['invalid_type@rows.1.livesWithParent']);
      expect(issues([{ ...adult, childlessCoupleBothParticipating: v }, { ...adult, childlessCoupleBothParticipating: 'yes' }])).toEqual([
        'invalid_type@rows.1.childlessCoupleBothParticipating',
      ]);
    }
  });
});

describe('batch: a caller’s own parameters', () => {
  // An hour divisor of 1200 instead of 1850: a whole month then holds 1200 / 12 = 100 hours, and an hour is 1/1200
  // of the yearly amount.
  const shortHours = withParameters({
    stipend: { stipendDivisorsIntegrationAct: withValues(defaultParameters.stipend.stipendDivisorsIntegrationAct, [
      { from: '2021-01-01', value: { month: 12, day: 30, hour: 1200 }, reference: references.integrationAct('§ 20'), basis: 'assumption' },
    ]) },
  });
  it('with an hour divisor of 1200 a month holds exactly 100 hours: 100 take the whole month, 100.01 and 120 are refused', () => {
    // 100 h × 248 056 / 1200 = 20 671.333… → 20 671.33 = the month → 0.
    expect(pay([{ ...adult, unexcusedHours: 100 }], undefined, shortHours)).toEqual([0]);
    expect(issues([{ ...adult, unexcusedHours: 100.01 }], shortHours)).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
    // 120 hours are within the default 154.17 but not within these parameters: refused by the caller's parameters.
    expect(issues([{ ...adult, unexcusedHours: 120 }], shortHours)).toEqual(['exceeds_month@rows.0.unexcusedAbsence.hours']);
  });
  it('refuses with a RangeError a G so large that the yearly amount in øre is not an exact integer', () => {
    // G = 10^20 kr: 2 G in øre is 2 × 10^22, beyond 2^53.
    const huge = withParameters({
      basicAmount: { grunnbelop: withValues(defaultParameters.basicAmount.grunnbelop, [{ from: '2024-05-01', value: new Decimal('1e20'), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' }]) },
    });
    expect(() => pay([adult], undefined, huge)).toThrow(new RangeError('stipend batch: an amount outside the exact integer range'));
  });
});

describe('batch: a yes/no fact given as null is refused, as the single-month rule refuses it', () => {
  // stipendForMonth refuses `livesWithParent: null` and `childlessCoupleBothParticipating: null` (invalid_type: the
  // schema takes true, false or nothing). The batch once read both with `?? false` and priced such a row.
  it('livesWithParent: null is refused at rows.0.livesWithParent', () => {
    expect(issues([{ ...young, livesWithParent: null }])).toEqual(['invalid_type@rows.0.livesWithParent']);
  });
  it('childlessCoupleBothParticipating: null is refused at rows.0.childlessCoupleBothParticipating', () => {
    expect(issues([{ ...adult, childlessCoupleBothParticipating: null }])).toEqual(['invalid_type@rows.0.childlessCoupleBothParticipating']);
  });
});
