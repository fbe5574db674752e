/**
 * Totals of several persons by budget year (grantTotals): which budget year a
 * line counts in, the years in calendar order, persons named by position or by their own id, a repeated id
 * refused, persons with the same facts, and the words of each year's sum in both languages.
 *
 * Rates: the library ships integration-grant rates for 2017 only, so years 2016 and 2018 use the test
 * table of `what-if.ts` (the 2017 figures for every year, labelled assumption): year 1 adult 185 000,
 * year 2 230 000, year 3 167 000.
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, type GrantPersonInput, grantTotals, renderExplanation } from '../index.js';
import { hypotheticalParameters } from '../../test/grants/what-if.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

// P1 settled March 2017, P2 settled May 2016; listed with the later settlement first.
const P1: GrantPersonInput = { id: 'P1', birthDate: '1985-04-01', settlementDate: '2017-03-01' };
const P2: GrantPersonInput = { id: 'P2', birthDate: '1980-04-01', settlementDate: '2016-05-01' };
const window = { from: 2016, to: 2018 };

describe('grant totals: what counts in which budget year', () => {
  it('sums each budget year and lists the years in calendar order, whatever the order of the persons', () => {
    const t = grantTotals({ persons: [P1, P2], budgetYears: window }, { parameters: hypotheticalParameters() }).value;
    // P1: 2017 = year 1 (2017 − 2017 + 1), adult 185 000; 2018 = year 2, 230 000.
    // P2: 2016 = year 1, adult 185 000; 2017 = year 2, 230 000; 2018 = year 3, 167 000.
    // 2016: 185 000 (P2 only). 2017: 185 000 + 230 000 = 415 000. 2018: 230 000 + 167 000 = 397 000.
    expect(t.byBudgetYear.map((y) => [y.budgetYear, y.total.toString()])).toEqual([
      [2016, '185000'],
      [2017, '415000'],
      [2018, '397000'],
    ]);
    expect(t.byBudgetYear.map((y) => y.byGrant.integration.toString())).toEqual(['185000', '415000', '397000']);
    // 185 000 + 415 000 + 397 000 = 997 000
    expect(t.total.toString()).toBe('997000');
    expect(t.byGrant.integration.toString()).toBe('997000');
  });
  it('without explanations the years come out the same and the explanation is empty', () => {
    const r = grantTotals({ persons: [P1, P2], budgetYears: window }, { parameters: hypotheticalParameters(), explain: false });
    expect(r.value.byBudgetYear.map((y) => [y.budgetYear, y.total.toString()])).toEqual([
      [2016, '185000'],
      [2017, '415000'],
      [2018, '397000'],
    ]);
    expect(r.explanation.steps).toEqual([]);
  });
});

describe('grant totals: who each line belongs to', () => {
  it('persons without an id are called "person 1", "person 2", … by their place in the list', () => {
    const t = grantTotals({
      persons: [
        { birthDate: '1985-04-01', settlementDate: '2017-03-01' },
        { birthDate: '1980-04-01', settlementDate: '2017-03-01' },
      ],
      budgetYears: { from: 2017, to: 2017 },
    }).value;
    expect(t.lines.map((l) => l.personId)).toEqual(['person 1', 'person 2']);
    expect(t.total.toString()).toBe('370000'); // 2 × 185 000
  });
  it('persons with the same facts keep their own ids, also without explanations', () => {
    const same = { birthDate: '1985-04-01', settlementDate: '2017-03-01' };
    for (const explain of [true, false]) {
      const t = grantTotals(
        {
          persons: [
            { id: 'A', ...same },
            { id: 'B', ...same },
          ],
          budgetYears: { from: 2017, to: 2017 },
        },
        { explain },
      ).value;
      expect(t.lines.map((l) => [l.personId, l.amount.toString()])).toEqual([
        ['A', '185000'],
        ['B', '185000'],
      ]);
    }
  });
  it('a problem with the second person names persons.1', () => {
    const e = inputErrorOf(() =>
      grantTotals({ persons: [P1, { birthDate: '2018-01-01', settlementDate: '2017-01-01' }], budgetYears: { to: 2017 } }),
    );
    expect(e.issues[0]).toMatchObject({ code: 'settled_before_birth', path: ['persons', 1, 'settlementDate'] });
  });
  it('an id used twice is refused at the second use, in both languages', () => {
    const e = inputErrorOf(() => grantTotals({ persons: [P1, { ...P2, id: 'P1' }], budgetYears: { to: 2017 } }));
    expect(e.issues).toEqual([
      { code: 'duplicate_id', path: ['persons', 1, 'id'], message: { nb: 'id «P1» er brukt to ganger', en: 'the id "P1" is used twice' } },
    ]);
  });
});

describe('grant totals: the explanation', () => {
  it('gives each person’s steps and then one sum per budget year, with the number of lines, in both languages', () => {
    const r = grantTotals({ persons: [P1, P2], budgetYears: window }, { parameters: hypotheticalParameters() });
    const steps = explanationToJSON(r.explanation).steps;
    // The persons' steps in list order (year 1 also says why no elderly or kindergarten grant), then the three sums.
    const I = 'grants.integration';
    const year1 = [I, 'grants.elderly', 'grants.kindergarten'];
    expect(steps.map((s) => s.rule)).toEqual([...year1, I, ...year1, I, I, 'grants.totals', 'grants.totals', 'grants.totals']);
    // amounts in JSON are written with two decimals
    expect(steps.slice(9).map((s) => [s.text.nb, s.text.en, s.amount])).toEqual([
      ['Sum for budsjettåret 2016 (1 linjer)', 'Total for budget year 2016 (1 lines)', '185000.00'],
      ['Sum for budsjettåret 2017 (2 linjer)', 'Total for budget year 2017 (2 lines)', '415000.00'],
      ['Sum for budsjettåret 2018 (2 linjer)', 'Total for budget year 2018 (2 lines)', '397000.00'],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('11. Sum for budsjettåret 2017 (2 linjer)');
    expect(renderExplanation(r.explanation, 'en')).toContain('12. Total for budget year 2018 (2 lines)');
    expect(renderExplanation(r.explanation, 'en')).toContain('1. P1: integration grant for year 1 (2017 − 2017 + 1), adult rate');
  });
});
