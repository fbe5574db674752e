/**
 * The settlement forecast (`settlementForecast`).
 *
 * First, the forecast for a hand-sized plan, worked out by hand grant by grant and year by year.
 * Plan: a family of two adults (born 1990-01-15 and 1992-06-20) and a child aged 3 (born 2021-01-10),
 * settled 1 March 2024, the adults in a 24-month Integration Act programme from 1 April 2024; and an
 * unaccompanied minor born 2008-02-01 (16 in 2024), settled 1 September 2024, not in the programme.
 * Grant rates 2024–2028 are not published in the library, so these tests supply their own table
 * (`handSizedParameters`; test figures, not IMDi's): integration grant year 1 single adult 250 000,
 * adult 200 000, child 200 000, unaccompanied minor 200 000; year 2 240 000; year 3 180 000; year 4
 * 90 000; year 5 75 000; kindergarten grant 30 000; special grant for unaccompanied minors 1 150 000 (to
 * the year they turn 16) and 720 000 (17–20).
 *
 * Then the settlement forecast's own rules (its edges), each worked by hand inside its test: which months
 * and years a figure falls in, averages and peaks, persons with and without programme, projected years,
 * the `persons: false` and progress options, persons with the same facts counted once and multiplied, and
 * the refusals naming the plan entry at fault. These run on the same test figures for budget years
 * 2024–2030 (`parameters`). G is the library's published G (from 1 May: 2023 118 620, 2024 124 028,
 * 2025 130 160, 2026 136 549; 2027 on is projected).
 */
import { describe, expect, it } from 'vitest';
import { Decimal, InputError, followUpSchedule, renderExplanation, settlementForecast, type SettlementPlanInput } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';
import { HAND_SIZED_PLAN } from '../../test/planning/hand-sized-plan.js';
import { testRateParameters } from '../../test/planning/test-rates.js';

const years = [2024, 2025, 2026, 2027, 2028];
const handSizedParameters = testRateParameters(years, 'forecast.test.ts');

const plan = HAND_SIZED_PLAN;

describe('settlement forecast: a hand-sized plan', () => {
  const f = settlementForecast(plan, { parameters: handSizedParameters }).value;
  const year = (y: number) => f.years.find((x) => x.year === y);

  it('covers five calendar years from the first settlement', () => {
    expect([f.firstYear, f.lastYear]).toEqual([2024, 2028]);
    expect(f.years.map((y) => y.settled)).toEqual([4, 0, 0, 0, 0]);
  });

  it('grants, year by year', () => {
    // 2024 (year 1 for all): adults 2 × 200 000 + child 200 000 + minor (minor rate) 200 000 = 800 000;
    // kindergarten (child aged 3) 30 000; minor's special grant from the month after settlement:
    // 1 150 000 × 3/12 (October–December) = 287 500. Total 1 117 500.
    expect(year(2024)?.grants.byGrant).toMatchObject({
      integration: new Decimal(800_000),
      kindergarten: new Decimal(30_000),
      unaccompaniedMinor: new Decimal(287_500),
    });
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
    expect(f.persons.find((p) => p.id === 'A1')?.programme).toEqual({
      regime: 'integreringsloven',
      start: '2024-04-01',
      lastDay: '2026-03-31',
    });
    expect(f.persons.flatMap((p) => p.grantLines).every((l) => l.reference !== undefined)).toBe(true);
  });

  it('explains itself in both languages and says what it leaves out', () => {
    const { explanation } = settlementForecast(plan, { parameters: handSizedParameters });
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
    const f = settlementForecast({
      years: 2,
      entries: [{ kind: 'person', settlementDate: '2018-06-01', birthDate: '1980-01-01', role: 'singleAdult' }],
    }).value;
    expect(f.years[0]?.grants.total.toString()).toBe('235000');
    expect(f.years[0]?.projected.grants).toBe(true);
    expect(f.projections.some((p) => p.parameter === 'integrationGrantRates' && p.from === '2018-01-01')).toBe(true);
  });
  it('uprates by the plan’s percentage when asked', () => {
    // 2017's year-1 single-adult rate 235 000 × 1.03 = 242 050 in 2018.
    const f = settlementForecast({
      years: 1,
      projection: { kind: 'uprate', percentPerYear: 3 },
      entries: [{ kind: 'person', settlementDate: '2018-06-01', birthDate: '1980-01-01', role: 'singleAdult' }],
    }).value;
    expect(f.years[0]?.grants.total.toString()).toBe('242050');
  });
});

describe('settlement forecast: bad plans', () => {
  it('names the plan entry and field of a programme the law does not allow', () => {
    const issue = inputErrorOf(() =>
      settlementForecast(
        {
          entries: [
            {
              kind: 'person',
              id: 'P',
              settlementDate: '2024-03-01',
              birthDate: '1990-01-01',
              role: 'singleAdult',
              programme: { lengthMonths: 60 },
            },
          ],
        },
        { parameters: handSizedParameters },
      ),
    ).issues[0];
    expect(issue?.path.slice(0, 3)).toEqual(['entries', 0, 'programme']);
    expect(issue?.message.en).toMatch(/^P: /);
  });
  it('refuses an empty plan', () => {
    expect(() => settlementForecast({ entries: [] })).toThrow(InputError);
  });
});

describe('settlement forecast: groups', () => {
  it('gives the same figures for a group as for the same persons listed one by one', () => {
    const group = settlementForecast(
      { entries: [{ kind: 'group', id: 'G', settlement: '2024-03', singleAdults: 3 }] },
      { parameters: handSizedParameters },
    ).value;
    const one = settlementForecast(
      { entries: [{ kind: 'person', settlementDate: '2024-03-01', birthDate: '1994-03-01', role: 'singleAdult', programme: {} }] },
      { parameters: handSizedParameters },
    ).value;
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
    {
      years: 3,
      entries: [
        {
          kind: 'person',
          id: 'L',
          settlementDate: '2024-01-01',
          birthDate: '1990-01-01',
          role: 'singleAdult',
          programme: { startDelayMonths: 1, lengthMonths: 24, leave: [{ from: '2024-07-01', to: '2024-07-31' }] },
        },
      ],
    },
    { parameters: handSizedParameters },
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

// ---- The settlement forecast's own rules (edges), on test rates for budget years 2024–2030 (`parameters`).

const rateYears = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const parameters = testRateParameters(rateYears, 'forecast-edges.test.ts');

type Entry = SettlementPlanInput['entries'][number];
/** A single adult born 1994-03-01 (30 in 2024), settled 1 March 2024, programme from 1 April 2024 for 24 months. */
const adult = (id: string, over: Partial<Extract<Entry, { kind: 'person' }>> = {}): Entry =>
  ({
    kind: 'person',
    id,
    settlementDate: '2024-03-01',
    birthDate: '1994-03-01',
    role: 'singleAdult',
    programme: {},
    ...over,
  }) as Entry;

// One participant aged 30 with the programme 2024-04-01 … 2026-03-31, 2 G a year, month = 2 G / 12 to øre:
//   April 2024 (G 118 620): 19 770.00; May 2024 – April 2025 (G 124 028): 20 671.33.
// 2024: 19 770.00 + 8 × 20 671.33 = 185 140.64.
const ONE_ADULT_2024 = '185140.64';

describe('settlement forecast, worked inside each test: the hand-sized plan above', () => {
  const plan = HAND_SIZED_PLAN;

  it('counts settlements in their month and year, over five years of twelve months', () => {
    const f = settlementForecast(plan, { parameters }).value;
    expect([f.name, f.firstYear, f.lastYear, f.months.length]).toEqual(['Hand-sized plan', 2024, 2028, 60]);
    expect(f.months[0]?.month).toBe('2024-01');
    expect(f.months[59]?.month).toBe('2028-12');
    // Three persons settle in March 2024, the minor in September.
    expect(f.months.filter((m) => m.settled > 0).map((m) => [m.month, m.settled])).toEqual([
      ['2024-03', 3],
      ['2024-09', 1],
    ]);
    expect(f.years.map((y) => y.settled)).toEqual([4, 0, 0, 0, 0]);
  });

  it('sums grants by year and the plan total (see the hand-sized plan above for the working)', () => {
    const f = settlementForecast(plan, { parameters }).value;
    // 1 117 500 + 1 680 000 + 1 440 000 + 1 080 000 + 1 020 000 = 6 337 500.
    expect(f.years.map((y) => y.grants.total.toString())).toEqual(['1117500', '1680000', '1440000', '1080000', '1020000']);
    expect(f.years[0]?.grants.byGrant).toEqual({
      ...f.years[0]?.grants.byGrant,
      integration: new Decimal(800_000),
      kindergarten: new Decimal(30_000),
      unaccompaniedMinor: new Decimal(287_500),
    });
    expect(f.totals.grants.toString()).toBe('6337500');
  });

  it('pays the stipend month by month and sums it by year and in total', () => {
    const f = settlementForecast(plan, { parameters }).value;
    // Two adults: 2024 2 × 185 140.64; 2025 2 × (4 × 20 671.33 + 8 × 21 693.33); 2026 2 × 3 × 21 693.33.
    expect(f.years.map((y) => y.stipend.toString())).toEqual(['370281.28', '512463.92', '130159.98', '0', '0']);
    expect(f.totals.stipend.toString()).toBe('1012905.18');
    expect(f.months.find((m) => m.month === '2024-04')?.stipend.toString()).toBe('39540');
    expect(f.months.find((m) => m.month === '2024-03')?.stipend.toString()).toBe('0');
  });

  it('averages active participants and FTE over twelve months and takes the highest month as the peak', () => {
    const f = settlementForecast(plan, { parameters }).value;
    // 2024: 2 participants April–December = 18 participant-months / 12 = 1.5, peak 2; FTE 2/20 = 0.1 a month.
    expect(f.years[0]?.activeParticipants).toEqual({ average: new Decimal('1.5'), peak: 2 });
    expect(f.years[0]?.fteNeeded.peak.toString()).toBe('0.1');
    expect(f.years[0]?.fteNeeded.average.toString()).toBe('0.08');
    // 2026: January–March = 6 / 12 = 0.5; 2027: no one, peak 0.
    expect(f.years[2]?.activeParticipants).toEqual({ average: new Decimal('0.5'), peak: 2 });
    expect(f.years[3]?.activeParticipants).toEqual({ average: new Decimal(0), peak: 0 });
    expect(f.years[3]?.fteNeeded.peak.toString()).toBe('0');
  });

  it('counts talks and adviser hours per year and in total', () => {
    const f = settlementForecast(plan, { parameters }).value;
    const one = followUpSchedule({ programmeStart: '2024-04-01', programmeEnd: '2026-03-31' }).value.talks;
    const perYear = [2024, 2025, 2026, 2027, 2028].map((y) => 2 * one.filter((t) => t.date.startsWith(`${y}-`)).length);
    expect(f.years.map((y) => y.talks)).toEqual(perYear);
    expect(f.totals.talks).toBe(2 * one.length);
    // 60 minutes a talk: hours = talks.
    expect(f.totals.adviserHours.toString()).toBe(String(2 * one.length));
  });

  it('lists every person: a participant with programme and stipend months, a non-participant with grant lines only', () => {
    const f = settlementForecast(plan, { parameters }).value;
    const a1 = f.persons.find((p) => p.id === 'A1');
    expect(a1).toEqual({
      id: 'A1',
      household: 'F',
      role: 'adultInFamily',
      settlementDate: '2024-03-01',
      birthDate: '1990-01-15',
      programme: { regime: 'integreringsloven', start: '2024-04-01', lastDay: '2026-03-31' },
      grantLines: expect.any(Array),
      stipendMonths: expect.any(Array),
    });
    // The programme runs 24 months, all inside 2024–2028; the first is April 2024 at 19 770.00.
    expect(a1?.stipendMonths).toHaveLength(24);
    expect(a1?.stipendMonths[0]).toEqual({ month: '2024-04', payment: new Decimal('19770') });
    const c1 = f.persons.find((p) => p.id === 'C1');
    expect(c1).toEqual({
      id: 'C1',
      household: 'F',
      role: 'child',
      settlementDate: '2024-03-01',
      birthDate: '2021-01-10',
      grantLines: expect.any(Array),
      stipendMonths: [],
    });
    // Child: integration grant years 1–5, kindergarten 2024 (aged 3).
    expect(c1?.grantLines.filter((l) => l.grant === 'integration')).toHaveLength(5);
    expect(c1?.grantLines.every((l) => l.personId === 'C1')).toBe(true);
  });

  it('marks no year projected when every rate and G used is published or given, and lists only the projected G', () => {
    const f = settlementForecast(plan, { parameters }).value;
    // Test grant rates for every year; G is published through the year from 1 May 2026, and the stipend
    // ends in March 2026. G from 1 May 2027 and 1 May 2028 is carried forward (in force in the plan years).
    expect(f.years.map((y) => y.projected)).toEqual(f.years.map(() => ({ grants: false, stipend: false })));
    expect(f.projections.filter((p) => p.parameter === 'grunnbelop').map((p) => p.from)).toEqual(['2027-05-01', '2028-05-01']);
    expect(f.projections.some((p) => p.parameter === 'integrationGrantRates')).toBe(false);
  });

  it('explains itself in both languages, and not at all with explain: false', () => {
    const { explanation } = settlementForecast(plan, { parameters });
    expect(renderExplanation(explanation, 'nb')).toContain('2024: 4 bosatt; tilskudd 1 117 500,00 kr; introduksjonsstønad 370 281,28 kr');
    expect(renderExplanation(explanation, 'en')).toContain('2025: 0 settled; grants NOK 1,680,000.00');
    expect(settlementForecast(plan, { parameters, explain: false }).explanation.steps).toEqual([]);
  });
});

describe('settlement forecast: persons with the same facts', () => {
  it('computes two identical participants once and counts both, each line under its own id', () => {
    const f = settlementForecast({ years: 1, entries: [adult('X'), adult('Y')] }, { parameters }).value;
    // Grants: 2 × 250 000 = 500 000; stipend 2 × 185 140.64 = 370 281.28.
    expect(f.years[0]?.grants.total.toString()).toBe('500000');
    expect(f.years[0]?.stipend.toString()).toBe('370281.28');
    expect(f.years[0]?.activeParticipants.peak).toBe(2);
    const [x, y] = f.persons;
    expect(x?.grantLines.map((l) => l.personId)).toEqual(['X']);
    expect(y?.grantLines.map((l) => l.personId)).toEqual(['Y']);
    expect(y?.grantLines[0]?.amount.toString()).toBe('250000');
    expect(y?.stipendMonths).toEqual(x?.stipendMonths);
    expect(y?.stipendMonths.reduce((s, m) => s.plus(m.payment), new Decimal(0)).toString()).toBe(ONE_ADULT_2024);
  });

  it('shares a stipend and a follow-up cohort between persons whose other facts differ (here the permit)', () => {
    const f = settlementForecast({ years: 1, entries: [adult('X'), adult('Y', { permit: 'humanitarian' })] }, { parameters }).value;
    expect(f.years[0]?.stipend.toString()).toBe('370281.28');
    expect(f.years[0]?.activeParticipants).toEqual({ average: new Decimal('1.5'), peak: 2 });
    expect(f.persons[1]?.stipendMonths).toHaveLength(9);
  });

  it('keeps persons with different programme lengths apart', () => {
    const f = settlementForecast(
      { years: 2, entries: [adult('S', { programme: { lengthMonths: 12 } }), adult('L')] },
      { parameters },
    ).value;
    // S: 2024-04-01 … 2025-03-31; L: 2024-04-01 … 2026-03-31.
    expect(f.persons.map((p) => p.programme?.lastDay)).toEqual(['2025-03-31', '2026-03-31']);
    // 2025: S January–March (3) + L all year (12) = 15 / 12 = 1.25.
    expect(f.years[1]?.activeParticipants).toEqual({ average: new Decimal('1.25'), peak: 2 });
    expect(f.persons[0]?.stipendMonths).toHaveLength(12);
    expect(f.persons[1]?.stipendMonths).toHaveLength(21);
  });

  it('keeps a person on leave apart from one who is not', () => {
    const entry = (id: string, leave: { from: string; to: string }[]): Entry => ({
      kind: 'person',
      id,
      settlementDate: '2024-01-01',
      birthDate: '1990-01-01',
      role: 'singleAdult',
      programme: { startDelayMonths: 1, lengthMonths: 24, leave },
    });
    const f = settlementForecast(
      { years: 3, entries: [entry('N', []), entry('L', [{ from: '2024-07-01', to: '2024-07-31' }])] },
      { parameters },
    ).value;
    // N: 2024-02-01 + 24 months − 1 day = 2026-01-31; L: + the 31 days of July = 2026-03-03.
    expect(f.persons.map((p) => p.programme?.lastDay)).toEqual(['2026-01-31', '2026-03-03']);
    expect(f.persons[1]?.stipendMonths.find((m) => m.month === '2024-07')?.payment.toString()).toBe('0');
    expect(f.persons[0]?.stipendMonths.find((m) => m.month === '2024-07')?.payment.toString()).toBe('20671.33');
  });

  it('decides the regime for each settlement date: the Introduction Act before 2021, the Integration Act after', () => {
    const f = settlementForecast({
      entries: [
        adult('OLD', { settlementDate: '2020-03-01', birthDate: '1980-01-01' }),
        adult('NEW', { settlementDate: '2024-03-01', birthDate: '1980-01-01' }),
      ],
    }).value;
    expect(f.persons.map((p) => p.programme?.regime)).toEqual(['introduksjonsloven', 'integreringsloven']);
  });

  it('puts a person with collective protection settled after March 2022 under chapter 6A', () => {
    // Chapter 6A grants at most 12 months (Integration Act § 37 c): 2024-04-01 … 2025-03-31.
    const f = settlementForecast(
      { years: 1, entries: [adult('U', { permit: 'collectiveProtection', programme: { lengthMonths: 12 } })] },
      { parameters },
    ).value;
    expect(f.persons[0]?.programme).toEqual({ regime: 'integreringsloven-6A', start: '2024-04-01', lastDay: '2025-03-31' });
  });

  it('pays the integration grant three years only for reunification with a humanitarian permit holder', () => {
    const f = settlementForecast(
      { entries: [adult('H', { permit: 'familyReunificationHumanitarian', programme: undefined })] },
      { parameters },
    ).value;
    // 250 000, 240 000, 180 000, then nothing (a refugee would get 90 000 and 75 000).
    expect(f.years.map((y) => y.grants.total.toString())).toEqual(['250000', '240000', '180000', '0', '0']);
  });
});

describe('settlement forecast: months inside the forecast years', () => {
  it('keeps the stipend months of the first January and the last December, and none after', () => {
    // Settled and starting 2024-01-01 for 24 months (to 2025-12-31), forecast for 2024 only.
    const f = settlementForecast(
      { years: 1, entries: [adult('J', { settlementDate: '2024-01-01', birthDate: '1990-01-01', programme: { startDelayMonths: 0 } })] },
      { parameters },
    ).value;
    const months = f.persons[0]?.stipendMonths.map((m) => m.month);
    expect(months?.[0]).toBe('2024-01');
    expect(months?.at(-1)).toBe('2024-12');
    expect(months).toHaveLength(12);
    // January–April 4 × 19 770.00 = 79 080.00; May–December 8 × 20 671.33 = 165 370.64; 244 450.64.
    expect(f.years[0]?.stipend.toString()).toBe('244450.64');
  });
});

describe('settlement forecast: projected years', () => {
  it('marks the stipend projected in a year paid partly or wholly on a G not yet published', () => {
    // Programme 2026-02-01 … 2028-01-31. 2026: G 2025 and G 2026 (published) → not projected. 2027: from May
    // on a carried-forward G → projected. 2028: January on the carried-forward G 2027 → projected.
    // 2029: no stipend at all → not projected, though G is.
    const f = settlementForecast(
      { years: 4, entries: [adult('P', { settlementDate: '2026-01-01', birthDate: '1990-01-01' })] },
      { parameters },
    ).value;
    expect(f.years.map((y) => y.projected.stipend)).toEqual([false, true, true, false]);
    expect(f.years.map((y) => y.projected.grants)).toEqual([false, false, false, false]);
    // January 2027 on G 2026: 2 × 136 549 / 12 = 22 758.166… → 22 758.17.
    expect(f.months.find((m) => m.month === '2027-01')?.stipend.toString()).toBe('22758.17');
  });

  it('pays the stipend on the plan’s uprated G once G is no longer published', () => {
    // Uprated 3 % a year, G from 1 May 2027 is 136 549 × 1.03 ≈ 140 645, so May 2027 (2 G / 12 ≈ 23 441)
    // pays more than April 2027 on the published G 2026 (22 758.17).
    const f = settlementForecast(
      {
        years: 2,
        projection: { kind: 'uprate', percentPerYear: 3 },
        entries: [adult('P', { settlementDate: '2026-01-01', birthDate: '1990-01-01' })],
      },
      { parameters },
    ).value;
    const month = (m: string) => f.months.find((x) => x.month === m)?.stipend;
    expect(month('2027-04')?.toString()).toBe('22758.17');
    expect(month('2027-05')?.gt(new Decimal('23400'))).toBe(true);
  });

  it('lists only the projections in force in the forecast years', () => {
    // The shipped integration grant table stops at 2017; carried forward through 2024, only 2024's is used.
    const f = settlementForecast({
      years: 1,
      entries: [adult('S', { settlementDate: '2024-06-01', birthDate: '1980-01-01', programme: undefined })],
    }).value;
    expect(f.projections.filter((p) => p.parameter === 'integrationGrantRates').map((p) => p.from)).toEqual(['2024-01-01']);
    expect(f.years[0]?.projected.grants).toBe(true);
    // A forecast of 2028 uses the G carried forward from 1 May 2027 (in force to 30 April 2028) and from 1 May 2028.
    const g = settlementForecast({
      years: 1,
      entries: [adult('S', { settlementDate: '2028-02-01', birthDate: '1980-01-01', programme: undefined })],
    }).value;
    expect(g.projections.filter((p) => p.parameter === 'grunnbelop').map((p) => p.from)).toEqual(['2027-05-01', '2028-05-01']);
  });
});

describe('settlement forecast: options', () => {
  it('with persons: false still lists the persons, without their lines, and gives the same totals', () => {
    const f = settlementForecast({ years: 1, entries: [adult('X'), adult('Y')] }, { parameters, persons: false }).value;
    expect(f.persons.map((p) => [p.id, p.programme?.start, p.grantLines, p.stipendMonths])).toEqual([
      ['X', '2024-04-01', [], []],
      ['Y', '2024-04-01', [], []],
    ]);
    expect(f.years[0]?.grants.total.toString()).toBe('500000');
    expect(f.years[0]?.stipend.toString()).toBe('370281.28');
  });

  it('with persons: true (the default made explicit) gives the lines', () => {
    const f = settlementForecast({ years: 1, entries: [adult('X')] }, { parameters, persons: true }).value;
    expect(f.persons[0]?.grantLines).toHaveLength(1);
    expect(f.persons[0]?.stipendMonths).toHaveLength(9);
  });

  it('reports progress every thousand persons and at the end', () => {
    const calls: [number, number][] = [];
    settlementForecast(
      { years: 1, entries: [{ kind: 'group', id: 'G', settlement: '2024-03', singleAdults: 2500 }] },
      { parameters, explain: false, persons: false, onProgress: (d, t) => calls.push([d, t]) },
    );
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    const few: [number, number][] = [];
    settlementForecast({ years: 1, entries: [adult('X'), adult('Y'), adult('Z')] }, { parameters, onProgress: (d, t) => few.push([d, t]) });
    expect(few).toEqual([[3, 3]]);
  });
});

describe('settlement forecast: refusals name the plan entry', () => {
  it('refuses a single adult who does not turn 18 in the settlement year, under the entry’s grants', () => {
    const e = inputErrorOf(() =>
      settlementForecast(
        { entries: [adult('OK'), { kind: 'person', id: 'P', settlementDate: '2024-03-01', birthDate: '2010-01-01', role: 'singleAdult' }] },
        { parameters },
      ),
    );
    // 2024 − 2010 = 14, under 18.
    expect(e.issues).toEqual([
      {
        code: 'single_adult_is_child',
        path: ['entries', 1, 'grants', 'person', 'singleAdult'],
        message: {
          nb: 'P: personen fyller ikke 18 i bosettingsåret 2024 og regnes som barn, ikke enslig voksen',
          en: 'P: the person does not turn 18 in the settlement year 2024 and counts as a child, not a single adult',
        },
      },
    ]);
  });

  it('refuses leave before the programme starts, under the entry’s programme', () => {
    const e = inputErrorOf(() =>
      settlementForecast(
        {
          entries: [
            adult('OK'),
            adult('P', { settlementDate: '2024-03-15', programme: { leave: [{ from: '2024-04-01', to: '2024-04-30' }] } }),
          ],
        },
        { parameters },
      ),
    );
    // Settled 15 March, start one month later: 15 April; the leave begins on 1 April.
    expect(e.issues).toEqual([
      {
        code: 'before_start',
        path: ['entries', 1, 'programme', 'leave', 0, 'from'],
        message: { nb: 'P: er før programmet starter (2024-04-15)', en: 'P: is before the programme starts (2024-04-15)' },
      },
    ]);
  });
});

describe('a national plan', () => {
  it('200 000 persons run (no spread of the persons into call arguments): settled, active and FTE worked by hand', () => {
    // 20 groups × 10 000 single adults, settled in January … September 2026 (groups cycle through the months).
    const entries = Array.from({ length: 20 }, (_, i) => ({
      kind: 'group' as const,
      id: `G${i}`,
      settlement: `2026-0${(i % 9) + 1}`,
      singleAdults: 10_000,
    }));
    const f = settlementForecast({ name: 'national', years: 5, entries }, { persons: false, explain: false }).value;
    const y = (year: number) => f.years.find((x) => x.year === year);
    // 20 × 10 000 = 200 000 settled in 2026.
    expect(y(2026)?.settled).toBe(200_000);
    // Each starts one month after settlement and runs 24 months (the group default): the earliest from
    // 2026-02 to 2028-01, the latest from 2026-10 to 2028-09, so every one is in the programme in every
    // month of 2027: peak 200 000, and 200 000 / 20 per adviser = 10 000 FTE.
    expect(y(2027)?.activeParticipants.peak).toBe(200_000);
    expect(y(2027)?.fteNeeded.peak.toString()).toBe('10000');
  });
});
