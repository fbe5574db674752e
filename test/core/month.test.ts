import { describe, expect, it } from 'vitest';
import { addMonthsToMonth, daysInMonth, firstDayOfMonth, isoMonthSchema, lastDayOfMonth, monthOf, monthsFromTo } from '../../src/index.js';

describe('calendar months', () => {
  it('validates YYYY-MM', () => {
    expect(isoMonthSchema.safeParse('2024-12').success).toBe(true);
    expect(isoMonthSchema.safeParse('2024-00').success).toBe(false);
    expect(isoMonthSchema.safeParse('2024-05-01').success).toBe(false);
  });
  it('knows month lengths, including leap Februaries', () => {
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28); // 2100 is not a leap year
    expect(daysInMonth('2000-02')).toBe(29); // 2000 is
    expect(lastDayOfMonth('2024-04')).toBe('2024-04-30');
    expect(firstDayOfMonth('2024-04')).toBe('2024-04-01');
  });
  it('adds months across year ends both ways', () => {
    expect(addMonthsToMonth('2024-12', 1)).toBe('2025-01');
    expect(addMonthsToMonth('2024-01', -1)).toBe('2023-12');
    expect(addMonthsToMonth('2024-01', -13)).toBe('2022-12');
    expect(monthOf('2024-02-29')).toBe('2024-02');
    expect(monthsFromTo('2024-12', '2024-11')).toEqual([]);
    expect(monthsFromTo('2023-11', '2024-02')).toHaveLength(4);
  });
});
