/**
 * The elderly grant (elderlyGrant): the age test and its words. 2017 rate (IMDi): 164 200, for a person
 * aged 60 or more on the settlement date (the library's reading).
 */
import { describe, expect, it } from 'vitest';
import { elderlyGrant, explanationToJSON, renderExplanation } from '../index.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('the age test of the elderly grant', () => {
  it('exactly 60 on the settlement date: elderly grant 164 200; a day younger: none', () => {
    expect(
      elderlyGrant({ person: { birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString(),
    ).toBe('164200');
    expect(
      elderlyGrant({ person: { birthDate: '1957-03-02', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString(),
    ).toBe('0');
  });
});

describe('the elderly grant, explained', () => {
  it('exactly 60 on 1 March 2017: 164 200, with the age limit and the rate used', () => {
    const r = elderlyGrant({ person: { id: 'E', birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines[0]).toMatchObject({
      grant: 'elderly',
      detail: 'age 60 at settlement',
      yearNumber: 1,
      rate: { parameter: 'elderlyGrantRate', from: '2017-01-01' },
    });
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.elderly',
        'E: eldretilskudd (engangs, med år 1 i 2017): 60 år ved bosetting 2017-03-01, minst 60',
        'E: elderly grant (one-off, with year 1 in 2017): aged 60 at settlement on 2017-03-01, at least 60',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['elderlyGrantMinimumAge', '60'],
      ['elderlyGrantRate', '164200'],
    ]);
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      '1. E: eldretilskudd (engangs, med år 1 i 2017): 60 år ved bosetting 2017-03-01, minst 60',
    );
  });
  it('a day short of 60 (59 on the settlement date): nothing, and why, in both languages', () => {
    const r = elderlyGrant({ person: { id: 'E', birthDate: '1957-03-02', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines).toEqual([]);
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.elderly',
        'E: intet eldretilskudd: 59 år ved bosetting 2017-03-01, under 60',
        'E: no elderly grant: aged 59 at settlement on 2017-03-01, under 60',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([['elderlyGrantMinimumAge', '60']]);
    expect(renderExplanation(r.explanation, 'en')).toContain('1. E: no elderly grant: aged 59 at settlement on 2017-03-01, under 60');
  });
  it('a person without an id is "person 1" in the explanation', () => {
    const r = elderlyGrant({ person: { birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 });
    expect(r.value.lines[0]?.personId).toBe('person 1');
    expect(renderExplanation(r.explanation, 'en')).toContain('1. person 1: elderly grant (one-off, with year 1 in 2017)');
  });
});
