/**
 * The library does no I/O: only the command line (src/cli/) may print or end the process.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('printing', () => {
  it('happens only in src/cli/', () => {
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('cli'))
      .filter((f) => /\bconsole\.|process\.(stdout|stderr|exit)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
