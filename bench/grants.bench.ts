/**
 * Five-year grant schedules for 40 000 persons (about a national year's settlements), settled in 2026 in
 * every month, of every category and age, through `grantTotals`; rates for 2026–2030 are the shipped
 * tables carried forward by `projectParameters` (the bench measures speed, not rates). The floor is the
 * same schedule from a plain number table: year-1 rate by category, then the common rates.
 */
import { defaultParameters, grantTotals, personGrantSchedule, projectParameters, type GrantPersonInput } from '../src/index.js';
import type { BenchSuite } from './runner.js';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 40_000);
const parameters = projectParameters(defaultParameters, { throughYear: 2030 });
const budgetYears = { from: 2026, to: 2030 };

const persons: GrantPersonInput[] = Array.from({ length: PERSONS }, (_, i) => {
  const month = String((i % 12) + 1).padStart(2, '0');
  const age = i % 70;
  const kind = i % 10;
  return {
    id: `p${i}`,
    birthDate: `${2026 - age}-${month}-01`,
    settlementDate: `2026-${month}-01`,
    singleAdult: kind === 0 && age >= 18,
    unaccompaniedMinor: kind === 1 && age < 18 && age >= 10,
  };
});

const Y1 = { singleAdult: 235_000, adult: 185_000, child: 185_000, unaccompaniedMinor: 185_000 };
const LATER = [230_000, 167_000, 84_000, 70_500];
function floor(): number {
  let sum = 0;
  for (const p of persons) {
    sum += p.singleAdult === true ? Y1.singleAdult : p.unaccompaniedMinor === true ? Y1.unaccompaniedMinor : Y1.adult;
    for (const r of LATER) sum += r;
  }
  return sum;
}

const SLOW = persons.slice(0, 2000);

export const suite: BenchSuite = {
  name: 'Five-year grant schedules',
  unit: 'persons',
  floor: 'plain number table (floor)',
  check: () => {
    const t = grantTotals({ persons, budgetYears }, { parameters, explain: false }).value;
    return [`check: ${persons.length} persons, ${t.lines.length} grant lines, total ${t.total.toFixed(0)} kr`];
  },
  tasks: [
    { name: 'plain number table (floor)', items: persons.length, run: floor },
    {
      name: 'grantTotals, explain: false',
      items: persons.length,
      run: () => grantTotals({ persons, budgetYears }, { parameters, explain: false }),
    },
    {
      name: 'personGrantSchedule per person, explain: false',
      items: SLOW.length,
      run: () => SLOW.map((person) => personGrantSchedule({ person, budgetYears }, { parameters, explain: false })),
    },
  ],
};
