/** basicAmountOn through the public API: validation, lookup, and (optionally) the explanation. */
import { basicAmountOn } from '../src/index.js';
import type { BenchSuite } from './runner.js';

const CALLS = 10_000;
const dates = Array.from({ length: CALLS }, (_, i) => `20${16 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`);

let sink = 0;
export const suite: BenchSuite = {
  name: 'basicAmountOn (per call)',
  unit: 'calls',
  floor: 'plain lookup in a number table (floor)',
  tasks: [
    {
      name: 'plain lookup in a number table (floor)',
      items: CALLS,
      run: () => {
        const table: [string, number][] = [
          ['2024-05-01', 124_028],
          ['2023-05-01', 118_620],
          ['2015-05-01', 90_068],
        ];
        for (const d of dates) sink += (table.find(([from]) => from <= d) ?? table[2])?.[1] ?? 0;
        return sink;
      },
    },
    { name: 'basicAmountOn, explain: false', items: CALLS, run: () => dates.map((date) => basicAmountOn({ date }, { explain: false })) },
    { name: 'basicAmountOn, with explanation', items: CALLS, run: () => dates.map((date) => basicAmountOn({ date })) },
  ],
};
