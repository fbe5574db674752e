/**
 * The monthly stipend's arithmetic, four ways, for a batch of participant-months:
 *   pay = max(0, yearly/12 − hours × yearly/1850 − days × (yearly/12)/30), yearly = 2 G × fraction,
 *   rounded half-up to øre.
 * (a) plain `number` (the floor; not exact), (b) the library's Rational + roundHalfUpToOre, (c) decimal.js
 * with a new Decimal per operation, (d) integer øre over the common denominator 199 800 as safe-integer
 * numbers with the library's roundRatioHalfUpToOre (exact; see docs/performance.md), (e) the same returning
 * Money (a Decimal per result). Until the stipend rule lands this stands in for it; the
 * stipend's own bench (through the public API) goes in stipend.bench.ts.
 */
import DecimalJs from 'decimal.js';
import { Rational, moneyFromOre, roundHalfUpToOre, roundRatioHalfUpToOre } from '../src/index.js';
import type { BenchSuite } from './runner.js';
import { BATCH, floatFloor, months } from './inputs.js';

const D = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

const TWELVE = Rational.of(12);
const THIRTY = Rational.of(30);
const HOURS_A_YEAR = Rational.of(1850);
const gRational = new Map<number, Rational>();
/** (b) the library's exact path: Rational all the way, one named rounding (to a Decimal). */
function rationalBatch(): DecimalJs[] {
  const out: DecimalJs[] = [];
  for (const m of months) {
    let g = gRational.get(m.g);
    if (g === undefined) gRational.set(m.g, (g = Rational.of(m.g)));
    const yearly = g.mul(Rational.of(2 * m.thirds, 3));
    const month = yearly.div(TWELVE);
    const pay = month.sub(Rational.of(m.hours).mul(yearly).div(HOURS_A_YEAR)).sub(Rational.of(m.days).mul(month).div(THIRTY));
    out.push(roundHalfUpToOre(pay.max(Rational.ZERO)));
  }
  return out;
}

/** (c) decimal.js, a new Decimal per operation, rounded at the end. */
function decimalBatch(): DecimalJs[] {
  const out: DecimalJs[] = [];
  for (const m of months) {
    const yearly = new D(m.g).times(2).times(m.thirds).div(3);
    const month = yearly.div(12);
    const pay = month.minus(new D(m.hours).times(yearly).div(1850)).minus(new D(m.days).times(month).div(30));
    out.push(D.max(pay, 0).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP));
  }
  return out;
}

/**
 * (d) exact integers: in øre, pay = 2·G·100·thirds/3 × (1/12 − h/1850 − d/360)
 *   = (200·G·thirds) × (5550 − 36·h − 185·d) / 199 800,   since lcm(12, 1850, 360) = 66 600 and × 3.
 * The numerator stays below 2⁵³ for G < 10⁸ kr and absence within a month, so `number` is exact.
 */
function integerBatch(): number[] {
  const out: number[] = [];
  for (const m of months) {
    const k = 5550 - 36 * m.hours - 185 * m.days;
    out.push(roundRatioHalfUpToOre(200 * m.g * m.thirds * (k > 0 ? k : 0), 199_800));
  }
  return out;
}

/** (e) as (d), then the øre turned into the library's Money (a Decimal), as a public API would return. */
function integerMoneyBatch(): DecimalJs[] {
  const out: DecimalJs[] = [];
  for (const m of months) {
    const k = 5550 - 36 * m.hours - 185 * m.days;
    out.push(moneyFromOre(roundRatioHalfUpToOre(200 * m.g * m.thirds * (k > 0 ? k : 0), 199_800)));
  }
  return out;
}

function check(): string[] {
  const exact = rationalBatch().map((d) => d.toFixed(2));
  const dec = decimalBatch().map((d) => d.toFixed(2));
  const ints = integerBatch().map((o) => (o / 100).toFixed(2));
  const intMoney = integerMoneyBatch().map((d) => d.toFixed(2));
  const floats = months.map((m) => {
    const yearly = (2 * m.g * m.thirds) / 3;
    const month = yearly / 12;
    return (Math.round(Math.max(0, month - (m.hours * yearly) / 1850 - (m.days * month) / 30) * 100) / 100).toFixed(2);
  });
  const mismatch = (xs: string[]) => xs.filter((x, i) => x !== exact[i]).length;
  if (mismatch(dec) > 0 || mismatch(ints) > 0 || mismatch(intMoney) > 0) throw new Error('the exact methods disagree');
  const exactSum = exact.reduce((s, x) => s.plus(x), new D(0));
  return [
    `Batch of ${BATCH} participant-months. Exact results agree (Rational, decimal.js, integer øre).`,
    `Float floor: ${mismatch(floats)} of ${BATCH} months differ from the exact øre; batch sum off by ${new D(floatFloor()).minus(exactSum).toFixed(6)} kr.`,
    '',
  ];
}

export const suite: BenchSuite = {
  name: 'Monthly stipend arithmetic (per participant-month)',
  unit: 'participant-months',
  floor: '(a) plain number (floor)',
  check,
  tasks: [
    { name: '(a) plain number (floor)', items: BATCH, run: floatFloor },
    { name: '(b) Rational + roundHalfUpToOre', items: BATCH, run: rationalBatch },
    { name: '(c) decimal.js, new Decimal per op', items: BATCH, run: decimalBatch },
    { name: '(d) integer øre / 199 800, roundRatioHalfUpToOre', items: BATCH, run: integerBatch },
    { name: '(e) as (d) + moneyFromOre (Decimal out)', items: BATCH, run: integerMoneyBatch },
  ],
};
