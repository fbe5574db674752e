/**
 * How a vendor checks its own system against the library: run your system's figures and the library's
 * side by side on the same inputs, and run the library's shipped case files, so a wrong rate or a
 * rounding difference in your system fails your build. Copy this file into your own test suite and
 * replace `vendorMonthlyStipend` with a call into your system.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCaseReport, runCases, stipendForMonth } from 'integreringsregler';

/** Stands in for the vendor's own implementation: 2 G a year, 2/3 under 25, paid per month. */
function vendorMonthlyStipend(g: number, age: number): string {
  const yearly = 2 * g * (age < 25 ? 2 / 3 : 1);
  // A typical float implementation, rounded to øre at the end.
  return (Math.round((yearly / 12) * 100) / 100).toFixed(2);
}

describe('our stipend agrees with integreringsregler', () => {
  const months = [
    { month: '2024-04', g: 118_620 },
    { month: '2024-05', g: 124_028 },
    { month: '2025-05', g: 130_160 },
  ];
  for (const { month, g } of months) {
    for (const [birthDate, age] of [
      ['1990-01-01', 34],
      ['2001-01-01', 23],
    ] as const) {
      it(`${month}, age ${age}`, () => {
        const library = stipendForMonth(
          { regime: 'integreringsloven', birthDate, month, programme: { start: '2024-01-01' } },
          { explain: false },
        ).value;
        expect(vendorMonthlyStipend(g, age)).toBe(library.payment.toFixed(2));
      });
    }
  }
});

describe("the library's own hand-worked cases pass (the same files you can run with `npx integreringsregler check`)", () => {
  const dir = join(__dirname, '..', 'cases');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(file, () => {
      const report = runCases(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(report.failed, formatCaseReport(report, file)).toBe(0);
    });
  }
});
