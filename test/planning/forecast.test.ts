/**
 * The forecast for a hand-sized plan, worked out by hand grant by grant and year by year.
 *
 * Plan: a family of two adults (born 1990-01-15 and 1992-06-20) and a child aged 3 (born 2021-01-10),
 * settled 1 March 2024, the adults in a 24-month Integration Act programme from 1 April 2024; and an
 * unaccompanied minor born 2008-02-01 (16 in 2024), settled 1 September 2024, not in the programme.
 *
 * Grant rates 2024–2028 are not published in the library, so the test supplies its own table (test
 * figures, not IMDi's): integration grant year 1 single adult 250 000, adult 200 000, child 200 000,
 * unaccompanied minor 200 000; year 2 240 000; year 3 180 000; year 4 90 000; year 5 75 000;
 * kindergarten grant 30 000; special grant for unaccompanied minors 1 150 000 (to the year they turn 16)
 * and 720 000 (17–20).
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  InputError,
  followUpSchedule,
  renderExplanation,
  settlementForecast,
} from '../../src/index.js';
import { HAND_SIZED_PLAN } from './hand-sized-plan.js';
import { testRateParameters } from './test-rates.js';

const years = [2024, 2025, 2026, 2027, 2028];
const parameters = testRateParameters(years, 'forecast.test.ts');

const plan = HAND_SIZED_PLAN;

describe('settlement forecast: a hand-sized plan', () => {
  const f = settlementForecast(plan, { parameters }).value;
  const year = (y: number) => f.years.find((x) => x.year === y);

  it('covers five calendar years from the first settlement', () => {
    expect([f.firstYear, f.lastYear]).toEqual([2024, 2028]);
    expect(f.years.map((y) => y.settled)).toEqual([4, 0, 0, 0, 0]);
  });

  it('grants, year by year', () => {
    // 2024 (year 1 for all): adults 2 × 200 000 + child 200 000 + minor (minor rate) 200 000 = 800 000;
    // kindergarten (child aged 3) 30 000; minor's special grant from the month after settlement:
    // 1 150 000 × 3/12 (October–December) = 287 500. Total 1 117 500.
    expect(year(2024)?.grants.byGrant).toMatchObject({ integration: new Decimal(800_000), kindergarten: new Decimal(30_000), unaccompaniedMinor: new Decimal(287_500) });
    expect(year(2024)?.grants.total.toString()).toBe('1117500');
    // 2025 (year 2): 4 × 240 000 = 960 000; the minor turns 17: 720 000. Total 1 680 000.
    expect(year(2025)?.grants.total.toString()).toBe('1680000');
    // 2026 (year 3): 4 × 180 000 = 720 000 + 720 000 (turns 18) = 1 440 000.
    expect(year(2026)?.grants.total.toString()).toBe('1440000');
    // 2027 (year 4): 4 × 90 000 = 360 000 + 720 000 (turns 19) = 1 080 000.
    expect(year(2027)?.grants.total.toString()).toBe('1080000');
    // 2028 (year 5): 4 × 75 000 = 300 000 + 720 000 (turns 20, the last year) = 1 020 000.
    expect(year(2028)?.grants.total.toString()).toBe('1020000');
    expect(f.totals.grants.toString()).toBe('6337500');
  });

  it('introduction stipend, year by year (2 G a year, both adults over 25, the household has a child)', () => {
    // Programme 2024-04-01 to 2026-03-31. Month = 2 G / 12, rounded to øre:
    //   April 2024 (G 118 620): 19 770.00; May 2024–April 2025 (G 124 028): 20 671.33;
    //   May 2025–March 2026 (G 130 160): 21 693.33.
    // 2024, one adult: 19 770.00 + 8 × 20 671.33 = 185 140.64; two adults: 370 281.28.
    expect(year(2024)?.stipend.toString()).toBe('370281.28');
    // 2025, one adult: 4 × 20 671.33 + 8 × 21 693.33 = 82 685.32 + 173 546.64 = 256 231.96; two: 512 463.92.
    expect(year(2025)?.stipend.toString()).toBe('512463.92');
    // 2026, one adult: 3 × 21 693.33 = 65 079.99; two: 130 159.98.
    expect(year(2026)?.stipend.toString()).toBe('130159.98');
    expect(year(2027)?.stipend.toString()).toBe('0');
    expect(f.totals.stipend.toString()).toBe('1012905.18');
  });

  it('participants and adviser FTE at 20 per FTE', () => {
    // Two participants active April 2024 – March 2026: 2 / 20 = 0.1 FTE in each of those months.
    // 2024: 9 active months → average participants 18 / 12 = 1.5, FTE 0.9 / 12 = 0.075 → 0.08.
    expect(year(2024)?.activeParticipants).toEqual({ average: new Decimal('1.5'), peak: 2 });
    expect(year(2024)?.fteNeeded.average.toString()).toBe('0.08');
    expect(year(2024)?.fteNeeded.peak.toString()).toBe('0.1');
    // 2025: all year → 2 and 0.1; 2026: three months → 0.5 and 0.3 / 12 = 0.025 → 0.03.
    expect(year(2025)?.fteNeeded.average.toString()).toBe('0.1');
    expect(year(2026)?.activeParticipants.average.toString()).toBe('0.5');
    expect(year(2026)?.fteNeeded.average.toString()).toBe('0.03');
  });

  it('talks follow the cadence of each participant', () => {
    const one = followUpSchedule({ programmeStart: '2024-04-01', programmeEnd: '2026-03-31' }).value.talks.length;
    expect(f.totals.talks).toBe(2 * one);
    // 60 minutes a talk (the plan default): hours = talks.
    expect(f.totals.adviserHours.toString()).toBe(String(2 * one));
  });

  it('traces every figure to a person and a rule', () => {
    const m1 = f.persons.find((p) => p.id === 'M1');
    expect(m1?.grantLines.map((l) => [l.budgetYear, l.grant, l.amount.toString()])).toContainEqual([2024, 'unaccompaniedMinor', '287500']);
    expect(f.persons.find((p) => p.id === 'A1')?.programme).toEqual({ regime: 'integreringsloven', start: '2024-04-01', lastDay: '2026-03-31' });
    expect(f.persons.flatMap((p) => p.grantLines).every((l) => l.reference !== undefined)).toBe(true);
  });

  it('explains itself in both languages and says what it leaves out', () => {
    const { explanation } = settlementForecast(plan, { parameters });
    const nb = renderExplanation(explanation, 'nb');
    expect(nb).toContain('2024: 4 bosatt; tilskudd 1 117 500,00 kr; introduksjonsstønad 370 281,28 kr');
    expect(nb).toContain('sosialhjelp');
    expect(renderExplanation(explanation, 'en')).toContain('2025: 0 settled; grants NOK 1,680,000.00');
  });
});

describe('settlement forecast: years without published rates', () => {
  it('projects from the latest published rates and marks the years as projected', () => {
    // The shipped tables have the integration grant for 2017 only; carried forward, a single adult settled
    // in 2018 gets 235 000 in year 1 — flagged as projected, with the rule in the list of projections.
    const f = settlementForecast({ years: 2, entries: [{ kind: 'person', settlementDate: '2018-06-01', birthDate: '1980-01-01', role: 'singleAdult' }] }).value;
    expect(f.years[0]?.grants.total.toString()).toBe('235000');
    expect(f.years[0]?.projected.grants).toBe(true);
    expect(f.projections.some((p) => p.parameter === 'integrationGrantRates' && p.from === '2018-01-01')).toBe(true);
  });
  it('uprates by the plan’s percentage when asked', () => {
    // 2017's year-1 single-adult rate 235 000 × 1.03 = 242 050 in 2018.
    const f = settlementForecast({ years: 1, projection: { kind: 'uprate', percentPerYear: 3 }, entries: [{ kind: 'person', settlementDate: '2018-06-01', birthDate: '1980-01-01', role: 'singleAdult' }] }).value;
    expect(f.years[0]?.grants.total.toString()).toBe('242050');
  });
});

describe('settlement forecast: bad plans', () => {
  it('names the plan entry and field of a programme the law does not allow', () => {
    try {
      settlementForecast({ entries: [{ kind: 'person', id: 'P', settlementDate: '2024-03-01', birthDate: '1990-01-01', role: 'singleAdult', programme: { lengthMonths: 60 } }] }, { parameters });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issue = (e as InputError).issues[0];
      expect(issue?.path.slice(0, 3)).toEqual(['entries', 0, 'programme']);
      expect(issue?.message.en).toMatch(/^P: /);
    }
  });
  it('refuses an empty plan', () => {
    expect(() => settlementForecast({ entries: [] })).toThrow(InputError);
  });
});

describe('settlement forecast: groups', () => {
  it('gives the same figures for a group as for the same persons listed one by one', () => {
    const group = settlementForecast({ entries: [{ kind: 'group', id: 'G', settlement: '2024-03', singleAdults: 3 }] }, { parameters }).value;
    const one = settlementForecast({ entries: [{ kind: 'person', settlementDate: '2024-03-01', birthDate: '1994-03-01', role: 'singleAdult', programme: {} }] }, { parameters }).value;
    // Three single adults aged 30: 3 × 250 000 in 2024.
    expect(group.years[0]?.grants.total.toString()).toBe('750000');
    group.years.forEach((y, i) => {
      expect(y.stipend.toString()).toBe(one.years[i]?.stipend.mul(3).toString());
      expect(y.talks).toBe((one.years[i]?.talks ?? 0) * 3);
    });
  });
});

describe('settlement forecast: leave without stipend', () => {
  // A single adult aged 34, Integration Act, programme from 1 February 2024 for 24 months, on leave
  // without stipend for all of July 2024 (31 calendar days, 23 working days: over the ten-working-day
  // limit, so all 31 days are added to the programme).
  const f = settlementForecast(
    { years: 3, entries: [{ kind: 'person', id: 'L', settlementDate: '2024-01-01', birthDate: '1990-01-01', role: 'singleAdult', programme: { startDelayMonths: 1, lengthMonths: 24, leave: [{ from: '2024-07-01', to: '2024-07-31' }] } }] },
    { parameters },
  ).value;
  it('moves the programme end by the leave', () => {
    // 2024-02-01 + 24 months − 1 day = 2026-01-31; + 31 days = 2026-03-03.
    expect(f.persons[0]?.programme?.lastDay).toBe('2026-03-03');
  });
  it('pays nothing for the month on leave and a partial month at the moved end', () => {
    const month = (m: string) => f.persons[0]?.stipendMonths.find((x) => x.month === m)?.payment.toString();
    // July 2024: 31 days × 20 671.333… / 30 is more than the month, so the whole month (20 671.33) goes.
    expect(month('2024-07')).toBe('0');
    // March 2026 (G 2025, 130 160): 3 days × 260 320 / 12 / 30 = 2 169.333… → 2 169.33.
    expect(month('2026-03')).toBe('2169.33');
    // 2024: February–April 3 × 19 770.00 = 59 310.00; May–December without July 7 × 20 671.33 = 144 699.31.
    expect(f.years[0]?.stipend.toString()).toBe('204009.31');
    // 2026: January and February 2 × 21 693.33 = 43 386.66, plus March 2 169.33 = 45 555.99.
    expect(f.years[2]?.stipend.toString()).toBe('45555.99');
  });
});
