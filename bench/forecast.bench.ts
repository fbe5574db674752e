/**
 * A national-scale settlement forecast: 40 000 persons settled in 2026 by 400 municipalities in quarterly
 * groups (single adults of different ages, families, children, unaccompanied minors), five years of grants,
 * stipend, participants, FTE and talks. The goal is "well under a second". The floor is a back-of-the-
 * envelope float estimate (persons × year-1 rate), for scale only.
 */
import { settlementForecast, type SettlementPlanInput } from '../src/index.js';
import type { BenchSuite } from './runner.js';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 400);
const plan: SettlementPlanInput = {
  projection: { kind: 'uprate', percentPerYear: 3 },
  entries: Array.from({ length: GROUPS }, (_, i) => ({
    kind: 'group' as const,
    id: `m${i}`,
    settlement: `2026-Q${(i % 4) + 1}`,
    singleAdults: 30,
    adultsInFamilies: 30,
    children: 30,
    unaccompaniedMinors: 10,
    ages: { singleAdult: 20 + (i % 30), child: i % 17 },
  })),
};
const persons = GROUPS * 100;

export const suite: BenchSuite = {
  name: 'National settlement forecast',
  unit: 'persons',
  floor: 'float estimate (floor)',
  check: () => {
    const t0 = performance.now();
    const f = settlementForecast(plan, { explain: false, persons: false }).value;
    return [
      `check: ${f.persons.length} persons, five years, grants ${f.totals.grants.toFixed(0)} kr, stipend ${f.totals.stipend.toFixed(0)} kr; one run ${(performance.now() - t0).toFixed(0)} ms (cold)`,
    ];
  },
  tasks: [
    {
      name: 'float estimate (floor)',
      items: persons,
      run: () => Array.from({ length: persons }, (_, i) => (i % 10 === 0 ? 235_000 : 185_000)).reduce((a, b) => a + b, 0),
    },
    { name: 'settlementForecast, persons: false', items: persons, run: () => settlementForecast(plan, { explain: false, persons: false }) },
  ],
};
