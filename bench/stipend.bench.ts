/**
 * The monthly stipend through the public API, for the same batch of participant-months the arithmetic
 * bench uses (G of 2023–2025, full and two-thirds rate, 0–40 unexcused hours and 0–5 days):
 * - the plain-`number` floor (the same arithmetic, not exact);
 * - `stipendColumnsOre`, the numbers-only batch over a rate table (exact, whole øre);
 * - `stipendPaymentsOre`, the batch API on row objects (exact, whole øre);
 * - `stipendForMonth` per participant-month, without and with the explanation.
 * The check before timing confirms that every exact task pays the same øre.
 */
import {
  moneyFromOre,
  stipendColumnsOre,
  stipendForMonth,
  stipendPaymentsOre,
  stipendRateTable,
  type StipendBatchRow,
} from '../src/index.js';
import type { BenchSuite } from './runner.js';
import { floatFloor, months } from './inputs.js';

const MONTH_OF_G: Record<number, string> = { 118_620: '2023-06', 124_028: '2024-06', 130_160: '2025-06' };

/** The batch as public-API rows: two-thirds rate = under 25 (born 2005), full rate = born 1980. */
const rows: StipendBatchRow[] = months.map((m) => ({
  regime: 'integreringsloven',
  month: MONTH_OF_G[m.g] as string,
  birthDate: m.thirds === 2 ? '2005-01-01' : '1980-01-01',
  programmeStart: '2023-01-01',
  ...(m.hours === 0 ? {} : { unexcusedHours: m.hours }),
  ...(m.days === 0 ? {} : { unexcusedDays: m.days }),
}));

/**
 * The same batch as numeric columns, as a caller holding its data in arrays would pass it: a month index into
 * a rate table (built once, outside the timing, as a caller builds it once per run) and a rate code (0 full,
 * 1 under 25), absence in hundredths.
 */
const table = stipendRateTable({ regime: 'integreringsloven', from: '2023-06', to: '2025-06' });
const columns = {
  month: Uint16Array.from(rows, (r) => table.months.indexOf(r.month)),
  rate: Uint8Array.from(months, (m) => (m.thirds === 2 ? 1 : 0)),
  hours: Int32Array.from(months, (m) => m.hours * 100),
  days: Int32Array.from(months, (m) => m.days * 100),
};

/** Per-call tasks are slow; they run on the first 1 000 rows (rates are per participant-month). */
const SLOW = rows.slice(0, 1000);

function monthInput(r: StipendBatchRow) {
  return {
    regime: r.regime,
    month: r.month,
    birthDate: r.birthDate,
    programme: { start: r.programmeStart },
    ...(r.unexcusedHours === undefined && r.unexcusedDays === undefined
      ? {}
      : {
          unexcusedAbsence: {
            ...(r.unexcusedHours === undefined ? {} : { hours: r.unexcusedHours }),
            ...(r.unexcusedDays === undefined ? {} : { days: r.unexcusedDays }),
          },
        }),
  };
}

export const suite: BenchSuite = {
  name: 'Monthly stipend through the public API',
  unit: 'participant-months',
  floor: 'plain number (floor)',
  check: () => {
    const batch = stipendPaymentsOre({ rows });
    let mismatches = 0;
    SLOW.forEach((r, i) => {
      if (stipendForMonth(monthInput(r), { explain: false }).value.payment.toFixed(2) !== moneyFromOre(batch[i] ?? -1).toFixed(2))
        mismatches++;
    });
    const cols = stipendColumnsOre(table, columns);
    const colMismatches = batch.filter((v, i) => cols[i] !== v).length;
    const exactSum = batch.reduce((a, b) => a + b, 0) / 100;
    return [
      `check: batch vs stipendForMonth on ${SLOW.length} rows: ${mismatches} mismatches; columns vs batch on ${rows.length} rows: ${colMismatches} mismatches; batch sum ${exactSum.toFixed(2)} kr, float sum ${floatFloor().toFixed(6)} kr`,
    ];
  },
  tasks: [
    { name: 'plain number (floor)', items: months.length, run: floatFloor },
    { name: 'stipendColumnsOre (numeric columns, exact)', items: rows.length, run: () => stipendColumnsOre(table, columns) },
    { name: 'stipendPaymentsOre (batch, exact)', items: rows.length, run: () => stipendPaymentsOre({ rows }) },
    {
      name: 'stipendForMonth, explain: false',
      items: SLOW.length,
      run: () => SLOW.map((r) => stipendForMonth(monthInput(r), { explain: false })),
    },
    { name: 'stipendForMonth, with explanation', items: SLOW.length, run: () => SLOW.map((r) => stipendForMonth(monthInput(r))) },
  ],
};
