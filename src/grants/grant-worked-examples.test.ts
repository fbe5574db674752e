/**
 * The worked examples of the grants domain notes (2017 rates, IMDi), each with its arithmetic written
 * out. 2017 rates: year 1 single adult 235 000, adult/child/unaccompanied minor 185 000; year 2 230 000,
 * year 3 167 000, year 4 84 000, year 5 70 500; elderly 164 200; kindergarten 25 100.
 */
import { describe, expect, it } from 'vitest';
import { grantTotals, integrationGrant, personGrantSchedule, unaccompaniedMinorGrant, type GrantPersonInput } from '../index.js';

const only2017 = { from: 2017, to: 2017 };

function many(n: number, settlementDate: string, extra: Partial<GrantPersonInput> = {}, prefix = settlementDate): GrantPersonInput[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}#${i + 1}`, birthDate: '1980-06-01', settlementDate, ...extra }));
}

describe('worked examples (2017)', () => {
  it('couple + child aged 3, settled March 2017: 3 × 185 000 + 25 100 = 580 100', () => {
    const t = grantTotals({
      persons: [
        { id: 'mother', birthDate: '1988-02-01', settlementDate: '2017-03-10' },
        { id: 'father', birthDate: '1986-07-01', settlementDate: '2017-03-10' },
        { id: 'child', birthDate: '2013-09-01', settlementDate: '2017-03-10' },
      ],
      budgetYears: only2017,
    });
    expect(t.value.total.toString()).toBe('580100');
    expect(t.value.byGrant.integration.toString()).toBe('555000'); // 3 × 185 000
    expect(t.value.byGrant.kindergarten.toString()).toBe('25100');
  });

  it('two adults, a grandparent aged 64 and a child aged 8: 4 × 185 000 + 164 200 = 904 200', () => {
    const t = grantTotals({
      persons: [
        { id: 'A', birthDate: '1980-01-01', settlementDate: '2017-05-02' },
        { id: 'B', birthDate: '1982-01-01', settlementDate: '2017-05-02' },
        { id: 'grandparent', birthDate: '1953-01-15', settlementDate: '2017-05-02' }, // 64 on 2017-05-02
        { id: 'child', birthDate: '2009-03-01', settlementDate: '2017-05-02' }, // 8: no kindergarten grant
      ],
      budgetYears: only2017,
    });
    expect(t.value.total.toString()).toBe('904200');
    expect(t.value.byGrant.elderly.toString()).toBe('164200');
    expect(t.value.byGrant.kindergarten.toString()).toBe('0');
  });

  it('single adult settled June 2017: 235 000 in 2017; year 2 is paid in 2018 at 2018’s rate, which is not shipped', () => {
    const person = { birthDate: '1990-01-01', settlementDate: '2017-06-15', singleAdult: true };
    expect(integrationGrant({ person, budgetYear: 2017 }).value.amount.toString()).toBe('235000');
    // Not the 2017 table's year-2 rate 230 000: that belongs to people settled in 2016.
    expect(() => integrationGrant({ person, budgetYear: 2018 })).toThrow(/No rate for budget year 2018/);
  });

  it('budget year 2017 for cohorts 2013–2017 of 10, 12, 20, 25, 20 persons (5 single adults in 2017) = 14 753 000', () => {
    const persons = [
      ...many(10, '2013-04-01'), // year 5: 10 × 70 500 = 705 000
      ...many(12, '2014-04-01'), // year 4: 12 × 84 000 = 1 008 000
      ...many(20, '2015-04-01'), // year 3: 20 × 167 000 = 3 340 000
      ...many(25, '2016-04-01'), // year 2: 25 × 230 000 = 5 750 000
      ...many(5, '2017-04-01', { singleAdult: true }, 'single'), // 5 × 235 000 = 1 175 000
      ...many(15, '2017-04-01'), // 15 × 185 000 = 2 775 000
    ];
    const t = grantTotals({ persons, budgetYears: only2017 });
    // 705 000 + 1 008 000 + 3 340 000 + 5 750 000 + 1 175 000 + 2 775 000 = 14 753 000
    expect(t.value.total.toString()).toBe('14753000');
    expect(t.value.lines).toHaveLength(87); // 10 + 12 + 20 + 25 + 5 + 15 persons, one line each
  });

  it('three-year rule: humanitarian-permit family members settled 2015 and 2014 — in 2017 year 3 (167 000) and year 4 (0)', () => {
    const reunified = { birthDate: '1979-01-01', familyReunificationWith: 'humanitarianPermitHolder' as const };
    expect(integrationGrant({ person: { ...reunified, settlementDate: '2015-08-01' }, budgetYear: 2017 }).value.amount.toString()).toBe(
      '167000',
    );
    const fourth = integrationGrant({ person: { ...reunified, settlementDate: '2014-08-01' }, budgetYear: 2017 });
    expect(fourth.value.amount.toString()).toBe('0');
    expect(fourth.value.yearNumber).toBe(4);
  });

  it('unaccompanied minor already 18 at settlement in 2017: year 1 at the minor rate 185 000, not the single-adult 235 000', () => {
    const v = integrationGrant({
      person: { birthDate: '1998-02-01', settlementDate: '2017-09-01', unaccompaniedMinor: true },
      budgetYear: 2017,
    }).value;
    expect(v.amount.toString()).toBe('185000');
    expect(v.lines[0]?.detail).toBe('year 1, unaccompaniedMinor');
  });

  it('special grant bands in 2023 (proposal): born 2008 → 1 118 000, 2005 → 705 000, 2002 → 0; total 1 823 000', () => {
    const em = (birthDate: string) =>
      unaccompaniedMinorGrant({ person: { birthDate, settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 }).value
        .amount;
    const a = em('2008-05-01'); // turns 15: to-16 band
    const b = em('2005-05-01'); // turns 18: 17–20 band
    const c = em('2002-05-01'); // turns 21: after the year turning 20
    expect([a, b, c].map(String)).toEqual(['1118000', '705000', '0']);
    expect(a.plus(b).plus(c).toString()).toBe('1823000'); // 1 118 000 + 705 000 + 0
  });

  it('every line of a schedule carries the person, the rule and the source', () => {
    const s = personGrantSchedule({ person: { id: 'P-7', birthDate: '1953-01-15', settlementDate: '2017-05-02' }, budgetYears: only2017 });
    for (const l of s.value.lines) {
      expect(l.personId).toBe('P-7');
      expect(l.rule).toMatch(/^grants\./);
      expect(l.reference.url).toContain('imdi.no');
    }
  });
});
