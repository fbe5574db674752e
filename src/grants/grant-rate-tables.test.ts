/**
 * The shipped grant tables hold exactly the budget years whose figures an official source or a labelled
 * budget proposal states (see docs/open-questions.md), each for one year only, and proposals say so.
 */
import { describe, expect, it } from 'vitest';
import { defaultParameters, unaccompaniedMinorGrant, type Parameter } from '../index.js';

const years = (p: Parameter<unknown>) => p.values.map((v) => Number(v.from.slice(0, 4)));

describe('shipped grant tables', () => {
  it('ship only the sourced budget years', () => {
    expect(years(defaultParameters.grants.integrationGrantRates)).toEqual([2017]);
    expect(years(defaultParameters.grants.elderlyGrantRate)).toEqual([2017]);
    expect(years(defaultParameters.grants.kindergartenGrantRate)).toEqual([2017]);
    expect(years(defaultParameters.grants.unaccompaniedMinorGrantRates)).toEqual([2016, 2017, 2023]);
    expect(years(defaultParameters.grants.disabilityGrantOneOff)).toEqual([2009, 2010, 2019, 2023]);
    expect(years(defaultParameters.grants.disabilityGrantYearlyMaximum)).toEqual([2009, 2010, 2019, 2023]);
    expect(years(defaultParameters.grants.disabilityGrantCostThreshold)).toEqual([2017]);
  });
  it('each rate value covers exactly one budget year, and every proposal carries a note', () => {
    const tables = [
      defaultParameters.grants.integrationGrantRates,
      defaultParameters.grants.elderlyGrantRate,
      defaultParameters.grants.kindergartenGrantRate,
      defaultParameters.grants.unaccompaniedMinorGrantRates,
      defaultParameters.grants.disabilityGrantOneOff,
      defaultParameters.grants.disabilityGrantYearlyMaximum,
      defaultParameters.grants.disabilityGrantCostThreshold,
    ] as Parameter<unknown>[];
    for (const t of tables) {
      for (const v of t.values) {
        expect(v.to, `${t.id} ${v.from}`).toBe(`${v.from.slice(0, 4)}-12-31`);
        if (v.reference.kind === 'budget') expect(v.note?.en, `${t.id} ${v.from}`).toContain('proposal');
      }
    }
  });
  it('2016: one rate 207 000 a year, plus 100 000 once for a minor settled in 2016', () => {
    // Settled 15 March 2016 (assumed from April): 207 000 × 9/12 = 155 250; + 100 000 = 255 250.
    const r = unaccompaniedMinorGrant({
      person: { birthDate: '2001-06-01', settlementDate: '2016-03-15', unaccompaniedMinor: true },
      budgetYear: 2016,
    });
    expect(r.value.lines.map((l) => l.amount.toString())).toEqual(['155250', '100000']);
    expect(r.value.amount.toString()).toBe('255250');
  });
});
