/**
 * The kindergarten grant (kindergartenGrant): the age test and its words. 2017 rate (IMDi): 25 100, for a
 * child aged 0–5 on the settlement date.
 */
import { describe, expect, it } from 'vitest';
import { explanationToJSON, kindergartenGrant, renderExplanation } from '../index.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('the age test of the kindergarten grant', () => {
  it('a child of 5 gets the kindergarten grant, a child of 6 does not', () => {
    const five = kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-08-31' }, budgetYear: 2017 });
    const six = kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-09-01' }, budgetYear: 2017 });
    expect(five.value.amount.toString()).toBe('25100');
    expect(six.value.amount.toString()).toBe('0');
    expect(renderExplanation(six.explanation, 'en')).toContain('aged 6 at settlement on 2017-09-01, above 5');
  });
});

describe('the kindergarten grant, explained', () => {
  it('aged 5 on 31 August 2017: 25 100, in the 0–5 band', () => {
    const r = kindergartenGrant({ person: { id: 'K', birthDate: '2011-09-01', settlementDate: '2017-08-31' }, budgetYear: 2017 });
    expect(r.value.amount.toString()).toBe('25100');
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.kindergarten',
        'K: barnehagetilskudd (engangs, med år 1 i 2017): 5 år ved bosetting 2017-08-31, i aldersgruppen 0–5',
        'K: kindergarten grant (one-off, with year 1 in 2017): aged 5 at settlement on 2017-08-31, in the 0–5 band',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['kindergartenGrantMaximumAge', '5'],
      ['kindergartenGrantRate', '25100'],
    ]);
  });
  it('turned 6 on 1 September 2017: nothing, and why, in both languages', () => {
    const r = kindergartenGrant({ person: { id: 'K', birthDate: '2011-09-01', settlementDate: '2017-09-01' }, budgetYear: 2017 });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.kindergarten',
        'K: intet barnehagetilskudd: 6 år ved bosetting 2017-09-01, over 5',
        'K: no kindergarten grant: aged 6 at settlement on 2017-09-01, above 5',
      ],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain('1. K: intet barnehagetilskudd: 6 år ved bosetting 2017-09-01, over 5');
  });
});
