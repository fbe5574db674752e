/**
 * The special grant for unaccompanied minors (unaccompaniedMinorGrant): the bands, the last year, the
 * settlement year and the words, and a minor settled at 15 over the years (hypothetical tables for
 * 2024–2028).
 */
import { describe, expect, it } from 'vitest';
import { Decimal, explanationToJSON, personGrantSchedule, unaccompaniedMinorGrant } from '../index.js';
import { hypotheticalParameters } from '../../test/grants/what-if.js';

const textOf = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);

describe('special grant for unaccompanied minors: bands, the last year, the settlement year, and the words', () => {
  const um = (birthDate: string, settlementDate: string, budgetYear: number, extra: object = {}) =>
    unaccompaniedMinorGrant({ person: { id: 'M', birthDate, settlementDate, unaccompaniedMinor: true, ...extra }, budgetYear });
  it('turning 16 is still the lower band (1 118 000 in 2023); turning 17 the upper (705 000); turning 20 still paid (705 000)', () => {
    expect(um('2007-01-01', '2020-05-01', 2023).value.amount.toString()).toBe('1118000'); // 2023 − 2007 = 16
    expect(um('2006-12-31', '2020-05-01', 2023).value.amount.toString()).toBe('705000'); // 2023 − 2006 = 17
    expect(um('2003-12-31', '2020-05-01', 2023).value.amount.toString()).toBe('705000'); // 2023 − 2003 = 20
  });
  it('a full year names the band, in both languages', () => {
    expect(textOf(um('2007-01-01', '2020-05-01', 2023).explanation)).toEqual([
      [
        'grants.unaccompanied-minor',
        'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 16 i 2023, sats til og med året personen fyller 16',
        'M: special grant for unaccompanied minors in 2023: turns 16 in 2023, the rate to the year the person turns 16',
      ],
    ]);
    expect(textOf(um('2005-01-01', '2020-05-01', 2023).explanation)).toEqual([
      [
        'grants.unaccompanied-minor',
        'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 18 i 2023, sats fra året personen fyller 17',
        'M: special grant for unaccompanied minors in 2023: turns 18 in 2023, the rate from the year the person turns 17',
      ],
    ]);
  });
  it('settled 10 September 2023, turning 17: October–December = 12 − 9 = 3 months, 705 000 × 3/12 = 176 250, an assumption, and said so', () => {
    const r = um('2006-02-01', '2023-09-10', 2023);
    expect(r.value.lines).toHaveLength(1);
    expect(r.value.lines[0]).toMatchObject({
      detail: 'turns 17, 3/12',
      rule: 'grants.unaccompanied-minor',
      basis: 'assumption',
      yearNumber: 1,
    });
    expect(r.value.lines[0]?.amount.toString()).toBe('176250');
    expect(r.value.lines[0]?.rate).toEqual({ parameter: 'unaccompaniedMinorGrantRates', from: '2023-01-01' });
    expect(explanationToJSON(r.explanation).steps[0]?.used.map((u) => [u.parameter, u.from])).toEqual([
      ['unaccompaniedMinorGrantRates', '2023-01-01'],
    ]);
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.unaccompanied-minor',
        'M: særskilt tilskudd for enslige mindreårige i 2023: fyller 17 i 2023, sats fra året personen fyller 17; i bosettingsåret fra måneden etter bosettingsmåneden (9): 3/12 av satsen (antagelse)',
        'M: special grant for unaccompanied minors in 2023: turns 17 in 2023, the rate from the year the person turns 17; in the settlement year from the month after the settlement month (9): 3/12 of the rate (assumption)',
      ],
    ]);
  });
  it('the full-year option in the settlement year: the whole 705 000, official, no fraction in the detail', () => {
    const line = um('2006-02-01', '2023-09-10', 2023, { unaccompaniedMinorSettlementYear: 'fullYear' }).value.lines[0];
    expect(line).toMatchObject({ detail: 'turns 17', basis: 'official' });
    expect(line?.amount.toString()).toBe('705000');
  });
  it('settled in December: nothing is left of the settlement year (12 − 12 = 0 months → 0)', () => {
    expect(um('2006-02-01', '2023-12-01', 2023).value.amount.toString()).toBe('0');
  });
  it('after the year turning 20: no line, and the reason in both languages; no steps without explanation', () => {
    const r = um('2002-05-01', '2020-05-01', 2023);
    expect(r.value.lines).toEqual([]);
    expect(textOf(r.explanation)).toEqual([
      [
        'grants.unaccompanied-minor',
        'M: intet særskilt tilskudd i 2023: fyller 21, etter året personen fyller 20',
        'M: no special grant in 2023: turns 21, after the year the person turns 20',
      ],
    ]);
    expect(explanationToJSON(r.explanation).steps[0]?.basis).toBe('official');
    expect(
      unaccompaniedMinorGrant(
        { person: { birthDate: '2002-05-01', settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 },
        { explain: false },
      ).explanation.steps,
    ).toEqual([]);
    expect(
      unaccompaniedMinorGrant(
        { person: { birthDate: '2007-05-01', settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 },
        { explain: false },
      ).explanation.steps,
    ).toEqual([]);
  });
  it('before the settlement year, or not an unaccompanied minor: nothing at all', () => {
    expect(um('2001-06-01', '2017-03-15', 2016).value.lines).toEqual([]);
    expect(um('2001-06-01', '2017-03-15', 2016).explanation.steps).toEqual([]);
    expect(
      unaccompaniedMinorGrant({ person: { birthDate: '2007-01-01', settlementDate: '2020-05-01' }, budgetYear: 2023 }).value.lines,
    ).toEqual([]);
  });
  it('2016: the 100 000 settlement-year amount is its own line and step; the next year has no such line (2017, turning 16: 1 198 000)', () => {
    const r = um('2001-06-01', '2016-03-15', 2016);
    expect(r.value.lines[1]).toMatchObject({
      detail: 'settled this budget year',
      rule: 'grants.unaccompanied-minor.settlement-year-extra',
      basis: 'official',
    });
    expect(r.value.lines[1]?.amount.toString()).toBe('100000');
    expect(textOf(r.explanation)[1]).toEqual([
      'grants.unaccompanied-minor.settlement-year-extra',
      'M: engangsbeløp for enslig mindreårig bosatt i 2016',
      'M: one-off amount for an unaccompanied minor settled in 2016',
    ]);
    expect(explanationToJSON(r.explanation).steps[1]?.used.map((u) => [u.parameter, u.from])).toEqual([
      ['unaccompaniedMinorGrantRates', '2016-01-01'],
    ]);
    const next = um('2001-06-01', '2016-03-15', 2017).value;
    expect(next.lines.map((l) => l.amount.toString())).toEqual(['1198000']);
  });
});

describe('unaccompanied minor settled at 15 (hypothetical tables for 2024–2028)', () => {
  // Born 1 March 2008, settled 20 April 2023 (aged 15). Special grant every year to the year they turn 20 (2028).
  const person = { id: 'EM', birthDate: '2008-03-01', settlementDate: '2023-04-20', unaccompaniedMinor: true };
  const s = personGrantSchedule({ person }, { parameters: hypotheticalParameters() }).value;
  const em = s.lines.filter((l) => l.grant === 'unaccompaniedMinor');
  it('gets the special grant 2023–2028 and not after', () => {
    expect(em.map((l) => l.budgetYear)).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
  });
  it('settlement year from May: 1 118 000 × 8/12 = 745 333.33; turning 16 in 2024: 1 118 000; 17–20: 705 000', () => {
    expect(em.map((l) => l.amount.toString())).toEqual(['745333.33', '1118000', '705000', '705000', '705000', '705000']);
    // 745 333.33 + 1 118 000 + 4 × 705 000 = 4 683 333.33
    expect(em.reduce((a, l) => a.plus(l.amount), new Decimal(0)).toString()).toBe('4683333.33');
  });
  it('the full-year option gives 1 118 000 in the settlement year', () => {
    const full = personGrantSchedule(
      { person: { ...person, unaccompaniedMinorSettlementYear: 'fullYear' }, budgetYears: { to: 2023 } },
      { parameters: hypotheticalParameters() },
    );
    expect(full.value.lines.find((l) => l.grant === 'unaccompaniedMinor')?.amount.toString()).toBe('1118000');
  });
  it('integration grant for five years only (2023–2027)', () => {
    expect(s.lines.filter((l) => l.grant === 'integration').map((l) => l.budgetYear)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });
});
