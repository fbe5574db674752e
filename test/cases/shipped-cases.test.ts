/**
 * The case files shipped in `cases/` are the library's hand-worked cases in the shared format; vendors run
 * the same files. Each file must pass in full.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCaseReport, runCases } from '../../src/index.js';

const DIR = join(__dirname, '..', '..', 'cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('shipped case files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const f of files) {
    it(f, () => {
      const report = runCases(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
      expect(report.failed, formatCaseReport(report, f)).toBe(0);
      expect(report.passed).toBeGreaterThan(0);
    });
  }
});
