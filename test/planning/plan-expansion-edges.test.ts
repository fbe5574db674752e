/**
 * Edges of the settlement plan: how a group settled in one month expands, how families share out the
 * children, the group's own ages, and the refusals (code, path and message in bokmål and English).
 */
import { describe, expect, it } from 'vitest';
import { InputError, expandSettlementPlan, type SettlementPlanInput } from '../../src/index.js';

function refusal(plan: unknown): { code: string; path: string; nb: string; en: string }[] {
  try {
    expandSettlementPlan(plan as SettlementPlanInput);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.issues.map((i) => ({ code: i.code, path: i.path.join('.'), nb: i.message.nb, en: i.message.en }));
  }
  return [];
}

describe('settlement plan: a group settled in one month', () => {
  it('puts everyone in that month, uses the group’s own ages, and shares the children out over two families in turn', () => {
    const persons = expandSettlementPlan({
      entries: [
        {
          kind: 'group',
          id: 'M',
          settlement: '2026-03',
          singleAdults: 1,
          adultsInFamilies: 4,
          children: 3,
          unaccompaniedMinors: 1,
          ages: { singleAdult: 40, adultInFamily: 28, child: 10, unaccompaniedMinor: 15 },
        },
      ],
    });
    // Everyone settles 1 March 2026.
    expect(new Set(persons.map((p) => p.settlementDate))).toEqual(new Set(['2026-03-01']));
    // Born the group's ages before 2026-03-01: 40 → 1986, 28 → 1998, 10 → 2016, 15 → 2011.
    expect(persons.map((p) => [p.id, p.role, p.birthDate])).toEqual([
      ['M-1', 'singleAdult', '1986-03-01'],
      ['M-2', 'adultInFamily', '1998-03-01'],
      ['M-3', 'adultInFamily', '1998-03-01'],
      ['M-4', 'adultInFamily', '1998-03-01'],
      ['M-5', 'adultInFamily', '1998-03-01'],
      ['M-6', 'child', '2016-03-01'],
      ['M-7', 'child', '2016-03-01'],
      ['M-8', 'child', '2016-03-01'],
      ['M-9', 'unaccompaniedMinor', '2011-03-01'],
    ]);
    // Four adults in families = two families of two (M-2, M-3 | M-4, M-5); the three children in turn:
    // family 1, family 2, family 1. The single adult and the unaccompanied minor are households of their own.
    expect(persons.map((p) => p.household)).toEqual([
      'M-1',
      'M-family-1',
      'M-family-1',
      'M-family-2',
      'M-family-2',
      'M-family-1',
      'M-family-2',
      'M-family-1',
      'M-9',
    ]);
  });
  it('keeps the default age for a role the group leaves out of `ages`', () => {
    const persons = expandSettlementPlan({ entries: [{ kind: 'group', id: 'A', settlement: '2026-05', singleAdults: 1, children: 1, ages: { child: 4 } }] });
    // Single adult: default 30 → 1996-05-01; child: 4 → 2022-05-01.
    expect(persons.map((p) => p.birthDate)).toEqual(['1996-05-01', '2022-05-01']);
  });
  it('puts children of a group without adults in families into one family', () => {
    const persons = expandSettlementPlan({ entries: [{ kind: 'group', id: 'C', settlement: '2026-01', children: 2 }] });
    // No adults in families: still at least one family, so both children are in C-family-1.
    expect(persons.map((p) => p.household)).toEqual(['C-family-1', 'C-family-1']);
  });
});

describe('settlement plan: refusals', () => {
  it('refuses a person with neither a settlement month nor a settlement date', () => {
    expect(refusal({ entries: [{ kind: 'person', birthYear: 1990, role: 'singleAdult' }] })).toEqual([
      { code: 'settlement_required', path: 'entries.0.settlementMonth', nb: 'oppgi enten bosettingsmåned eller bosettingsdato', en: 'give either a settlement month or a settlement date' },
    ]);
  });
  it('refuses a person with both a settlement month and a settlement date', () => {
    expect(refusal({ entries: [{ kind: 'person', settlementMonth: '2026-03', settlementDate: '2026-03-01', birthYear: 1990, role: 'singleAdult' }] })).toEqual([
      { code: 'settlement_required', path: 'entries.0.settlementMonth', nb: 'oppgi enten bosettingsmåned eller bosettingsdato', en: 'give either a settlement month or a settlement date' },
    ]);
  });
  it('refuses a person with both a birth date and a birth year, in both languages', () => {
    expect(refusal({ entries: [{ kind: 'person', settlementMonth: '2026-03', birthDate: '1990-01-01', birthYear: 1990, role: 'singleAdult' }] })).toEqual([
      { code: 'birth_required', path: 'entries.0.birthDate', nb: 'oppgi enten fødselsdato eller fødselsår', en: 'give either a birth date or a birth year' },
    ]);
  });
  it('refuses a group period that is neither a month nor a quarter, quoting it in both languages', () => {
    expect(refusal({ entries: [{ kind: 'group', id: 'g', settlement: '2026-Q5' }] })).toEqual([
      {
        code: 'invalid_period',
        path: 'entries.0.settlement',
        nb: '«2026-Q5» er verken en måned (ÅÅÅÅ-MM) eller et kvartal (ÅÅÅÅ-K1…4 skrevet 2026-Q1)',
        en: '"2026-Q5" is neither a month (YYYY-MM) nor a quarter (YYYY-Q1…4)',
      },
    ]);
  });
});
