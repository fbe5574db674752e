/**
 * The 1900 date system, worked by hand: serial 1 is 1900-01-01; serial 59 is 1900-02-28; serial 60 is the
 * fictitious 1900-02-29; from 61 (1900-03-01) a serial is the days since 1899-12-30.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetween } from '../../src/index.js';
import { serialToIsoDate } from '../../src/spreadsheet/index.js';

describe('serialToIsoDate', () => {
  it('knows the landmarks of the 1900 system', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(31)).toBe('1900-01-31');
    expect(serialToIsoDate(32)).toBe('1900-02-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    // 1 Jan 1970 is serial 25569 (Excel's own documented offset to Unix time).
    expect(serialToIsoDate(25_569)).toBe('1970-01-01');
    // 2024-05-01: 1 Jan 2024 is serial 45292; + 31 + 29 + 31 + 30 = 121 days → 45413.
    expect(serialToIsoDate(45_292)).toBe('2024-01-01');
    expect(serialToIsoDate(45_413)).toBe('2024-05-01');
    expect(serialToIsoDate(45_351)).toBe('2024-02-29');
  });
  it('refuses what is not a whole serial from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(serialToIsoDate(bad)).toBeUndefined();
  });
  it('counts one day per serial from 61 on (property, against the library’s own date arithmetic)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 109_572 /* 2199-12-31 */ }), (serial) => {
        const iso = serialToIsoDate(serial) as string;
        expect(daysBetween('1900-03-01', iso)).toBe(serial - 61);
        expect(serialToIsoDate(serial + 1)).toBe(addDaysToDate(iso, 1));
      }),
    );
  });
});
