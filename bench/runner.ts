/**
 * The shared bench runner (`npm run bench [-- name…]`): runs every `*.bench.ts` in this folder (or the
 * named ones) in one process and prints, per suite, each task's rate in items per second and its ratio to
 * the suite's floor, all measured in the same run. Ratios, not absolute times, are what to compare: the
 * machines are shared and noisy.
 *
 * A bench file exports `suite: BenchSuite`: tasks that each process `items` items per call (e.g. a batch
 * of participant-months), one of them named as the floor. Add a file; the runner finds it.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

/** One measured task: `run` processes `items` items (participant-months, persons, calls). */
export interface BenchTask {
  readonly name: string;
  readonly items: number;
  readonly run: () => unknown;
}

/** A suite of tasks compared with its floor (the task named `floor`). */
export interface BenchSuite {
  readonly name: string;
  /** What one item is, e.g. `participant-months`. */
  readonly unit: string;
  /** The task every other is compared with. */
  readonly floor: string;
  /** Tasks to measure (the floor among them). */
  readonly tasks: readonly BenchTask[];
  /** Optional checks run once before timing (e.g. that the exact tasks agree); lines to print. */
  readonly check?: () => readonly string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const time = Number(process.env.BENCH_TIME_MS ?? 1500);

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);
}

async function runSuite(suite: BenchSuite): Promise<void> {
  console.log(`\n## ${suite.name}\n`);
  for (const line of suite.check?.() ?? []) console.log(line);
  const bench = new Bench({ name: suite.name, time, warmupTime: 300, iterations: 5 });
  for (const t of suite.tasks) bench.add(t.name, t.run);
  await bench.run();
  const rates = new Map<string, number>();
  for (const t of suite.tasks) {
    const r = bench.getTask(t.name)?.result as { period?: number; error?: unknown } | undefined;
    if (r?.error !== undefined) throw r.error;
    const period = r?.period ?? Number.NaN; // mean ms per call
    rates.set(t.name, (t.items / period) * 1000);
  }
  const floor = rates.get(suite.floor) ?? Number.NaN;
  console.log(`| task | ${suite.unit}/s | time for 10⁶ | × floor |`);
  console.log('|---|---:|---:|---:|');
  for (const t of suite.tasks) {
    const rate = rates.get(t.name) ?? Number.NaN;
    console.log(`| ${t.name} | ${fmt(rate)} | ${((1e6 / rate) * 1000).toFixed(0)} ms | ${(floor / rate).toFixed(2)} |`);
  }
}

const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
console.log(`# integreringsregler benchmarks — Node ${process.version}, ${time} ms per task`);
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { suite: BenchSuite };
  await runSuite(mod.suite);
}
