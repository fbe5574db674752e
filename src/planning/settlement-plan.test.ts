/**
 * The settlement plan (expandSettlementPlan): how groups and persons expand, including the edges — a group
 * settled in one month, how families share out the children, the group's own ages — and the refusals
 * (code, path and message in bokmål and English).
 */
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { InputError, expandSettlementPlan, type SettlementPlanInput } from '../index.js';

function refusal(plan: unknown): { code: string; path: string; nb: string; en: string }[] {
  return inputErrorOf(() => expandSettlementPlan(plan as SettlementPlanInput)).issues.map((i) => ({
    code: i.code,
    path: i.path.join('.'),
    nb: i.message.nb,
    en: i.message.en,
  }));
}

describe('settlement plan', () => {
  it('expands a quarter group over its three months, in role order, with ages counted back from settlement', () => {
    const persons = expandSettlementPlan({
      entries: [
        { kind: 'group', id: 'G', settlement: '2026-Q2', singleAdults: 1, adultsInFamilies: 2, children: 2, unaccompaniedMinors: 1 },
      ],
    });
    // Members in turn: April, May, June, April, May, June.
    expect(persons.map((p) => [p.id, p.role, p.settlementDate])).toEqual([
      ['G-1', 'singleAdult', '2026-04-01'],
      ['G-2', 'adultInFamily', '2026-05-01'],
      ['G-3', 'adultInFamily', '2026-06-01'],
      ['G-4', 'child', '2026-04-01'],
      ['G-5', 'child', '2026-05-01'],
      ['G-6', 'unaccompaniedMinor', '2026-06-01'],
    ]);
    // Default ages 30, 35, 7 and 16 years before the settlement date.
    expect(persons.map((p) => p.birthDate)).toEqual(['1996-04-01', '1991-05-01', '1991-06-01', '2019-04-01', '2019-05-01', '2010-06-01']);
    // Two adults form one family; both children belong to it.
    expect(new Set(persons.slice(1, 5).map((p) => p.household))).toEqual(new Set(['G-family-1']));
    // Only the adults take part in the programme (default 24 months, start one month after settlement).
    expect(persons.map((p) => p.programme?.lengthMonths)).toEqual([24, 24, 24, undefined, undefined, undefined]);
  });
  it('is deterministic: the same plan gives the same persons', () => {
    const plan = { entries: [{ kind: 'group' as const, id: 'X', settlement: '2027-Q4', adultsInFamilies: 5, children: 7 }] };
    expect(expandSettlementPlan(plan)).toEqual(expandSettlementPlan(plan));
  });
  it('takes single persons as given; a birth year means 1 July', () => {
    const [p] = expandSettlementPlan({
      entries: [{ kind: 'person', settlementMonth: '2024-03', birthYear: 1990, role: 'singleAdult', programme: { lengthMonths: 36 } }],
    });
    expect(p).toMatchObject({
      id: 'person-1',
      household: 'person-1',
      settlementDate: '2024-03-01',
      birthDate: '1990-07-01',
      permit: 'refugee',
    });
    expect(p?.programme).toEqual({
      startDelayMonths: 1,
      lengthMonths: 36,
      livesWithParent: false,
      priorEducation: 'withoutUpperSecondary',
      endGoal: 'workQualifying',
      leave: [],
    });
  });
  it('names the entry and field at fault', () => {
    const bad = (entries: unknown[]) =>
      inputErrorOf(() => expandSettlementPlan({ entries } as never)).issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(bad([{ kind: 'person', settlementMonth: '2024-03', role: 'child' }])).toEqual(['birth_required@entries.0.birthDate']);
    expect(bad([{ kind: 'group', id: 'g', settlement: '2026-Q5' }])).toEqual(['invalid_period@entries.0.settlement']);
    expect(bad([{ kind: 'group', id: 'g', settlement: '2026-01', children: -1 }])).toEqual(['too_small@entries.0.children']);
    expect(() => expandSettlementPlan({ entries: [] })).toThrow(InputError);
  });
});

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
    const persons = expandSettlementPlan({
      entries: [{ kind: 'group', id: 'A', settlement: '2026-05', singleAdults: 1, children: 1, ages: { child: 4 } }],
    });
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
      {
        code: 'settlement_required',
        path: 'entries.0.settlementMonth',
        nb: 'oppgi enten bosettingsmåned eller bosettingsdato',
        en: 'give either a settlement month or a settlement date',
      },
    ]);
  });
  it('refuses a person with both a settlement month and a settlement date', () => {
    expect(
      refusal({
        entries: [{ kind: 'person', settlementMonth: '2026-03', settlementDate: '2026-03-01', birthYear: 1990, role: 'singleAdult' }],
      }),
    ).toEqual([
      {
        code: 'settlement_required',
        path: 'entries.0.settlementMonth',
        nb: 'oppgi enten bosettingsmåned eller bosettingsdato',
        en: 'give either a settlement month or a settlement date',
      },
    ]);
  });
  it('refuses a person with both a birth date and a birth year, in both languages', () => {
    expect(
      refusal({ entries: [{ kind: 'person', settlementMonth: '2026-03', birthDate: '1990-01-01', birthYear: 1990, role: 'singleAdult' }] }),
    ).toEqual([
      {
        code: 'birth_required',
        path: 'entries.0.birthDate',
        nb: 'oppgi enten fødselsdato eller fødselsår',
        en: 'give either a birth date or a birth year',
      },
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
