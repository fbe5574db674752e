/**
 * Deterministic bench inputs (no randomness in the library, none needed here): a batch of participant-
 * months cycling through the G values of 2023–2025, full and two-thirds rate, and absence of 0–40 hours
 * and 0–5 days.
 */
export interface MonthInput {
  /** G in whole kroner a year. */
  readonly g: number;
  /** 3 × the rate fraction: 3 (full, 2 G) or 2 (two-thirds, for participants under 25). */
  readonly thirds: 2 | 3;
  /** Unexcused absence in hours (deducted at yearly/1850 an hour). */
  readonly hours: number;
  /** Unexcused absence in whole days (deducted at month/30 a day). */
  readonly days: number;
}

/** Participant-months per call of every stipend task. */
export const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);

const G = [118_620, 124_028, 130_160];

/** The batch: the same for every task, so the tasks compute the same figures. */
export const months: readonly MonthInput[] = Array.from({ length: BATCH }, (_, i) => ({
  g: G[i % 3] as number,
  thirds: i % 4 === 0 ? 2 : 3,
  hours: (i * 7) % 41,
  days: (i * 3) % 6,
}));

/**
 * The float floor: the stipend arithmetic on the batch in plain `number`s, rounded to øre per month
 * (not exact). Returns the sum so the work cannot be optimised away.
 */
export function floatFloor(): number {
  let sum = 0;
  for (const m of months) {
    const yearly = (2 * m.g * m.thirds) / 3;
    const month = yearly / 12;
    const pay = Math.max(0, month - (m.hours * yearly) / 1850 - (m.days * month) / 30);
    sum += Math.round(pay * 100) / 100;
  }
  return sum;
}
