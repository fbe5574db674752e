import { describe, expect, it } from 'vitest';
import { InputError, expandSettlementPlan } from '../../src/index.js';

describe('settlement plan', () => {
  it('expands a quarter group over its three months, in role order, with ages counted back from settlement', () => {
    const persons = expandSettlementPlan({
      entries: [{ kind: 'group', id: 'G', settlement: '2026-Q2', singleAdults: 1, adultsInFamilies: 2, children: 2, unaccompaniedMinors: 1 }],
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
    const [p] = expandSettlementPlan({ entries: [{ kind: 'person', settlementMonth: '2024-03', birthYear: 1990, role: 'singleAdult', programme: { lengthMonths: 36 } }] });
    expect(p).toMatchObject({ id: 'person-1', household: 'person-1', settlementDate: '2024-03-01', birthDate: '1990-07-01', permit: 'refugee' });
    expect(p?.programme).toEqual({ startDelayMonths: 1, lengthMonths: 36, livesWithParent: false, priorEducation: 'withoutUpperSecondary', endGoal: 'workQualifying', leave: [] });
  });
  it('names the entry and field at fault', () => {
    const bad = (entries: unknown[]) => {
      try {
        expandSettlementPlan({ entries } as never);
      } catch (e) {
        return (e as InputError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
      }
      return [];
    };
    expect(bad([{ kind: 'person', settlementMonth: '2024-03', role: 'child' }])).toEqual(['birth_required@entries.0.birthDate']);
    expect(bad([{ kind: 'group', id: 'g', settlement: '2026-Q5' }])).toEqual(['invalid_period@entries.0.settlement']);
    expect(bad([{ kind: 'group', id: 'g', settlement: '2026-01', children: -1 }])).toEqual(['too_small@entries.0.children']);
    expect(() => expandSettlementPlan({ entries: [] })).toThrow(InputError);
  });
});
