/** Invariants of the month's payment, for any valid input (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, formatIsoMonth, stipendForMonth, stipendProjection, type StipendMonthInput } from '../index.js';

const quarterHours = fc.integer({ min: 0, max: 600 }).map((q) => q / 4); // 0–150 h, below 1850/12 = 154.17
const cents = fc.integer({ min: 0, max: 3_000_000 }).map((c) => (c / 100).toFixed(2));

const input = fc.record({
  regime: fc.constantFrom('introduksjonsloven', 'integreringsloven'),
  month: fc.tuple(fc.integer({ min: 2021, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => formatIsoMonth(y, m)),
  birthYear: fc.integer({ min: 1960, max: 2004 }),
  startDay: fc.integer({ min: 1, max: 20 }), // at least 9 days in the programme, room for 3 + 3 days
  livesWithParent: fc.boolean(),
  couple: fc.boolean(),
  hours: quarterHours,
  days: fc.integer({ min: 0, max: 3 }),
  leave: fc.integer({ min: 0, max: 3 }),
  work: fc.integer({ min: 0, max: 3 }),
  sickness: fc.option(cents, { nil: undefined }),
  transitional: fc.option(fc.integer({ min: 0, max: 400_000 }).map(String), { nil: undefined }),
});

type Gen = typeof input extends fc.Arbitrary<infer T> ? T : never;

function toInput(g: Gen, hours = g.hours): StipendMonthInput {
  return {
    regime: g.regime,
    month: g.month,
    birthDate: `${g.birthYear}-03-15`,
    programme: { start: `${g.month}-${String(g.startDay).padStart(2, '0')}` },
    livesWithParent: g.livesWithParent,
    childlessCoupleBothParticipating: g.couple,
    scheduledHours: 160,
    unexcusedAbsence: { hours, days: g.days },
    leaveWithoutStipend: { calendarDays: g.leave },
    paidWorkHours: g.work,
    ...(g.sickness === undefined ? {} : { benefits: { sicknessBenefit: g.sickness } }),
    ...(g.transitional === undefined ? {} : { transitionalBenefitPerYear: g.transitional }),
  };
}

const twoDecimals = (d: { decimalPlaces(): number; isFinite(): boolean }) => d.isFinite() && d.decimalPlaces() <= 2;

describe('stipend invariants', () => {
  it('never negative, never above the full month; gross − deductions = payment; finite with at most two decimals', () => {
    fc.assert(
      fc.property(input, (g) => {
        const v = stipendForMonth(toInput(g), { explain: false }).value;
        expect(v.payment.isNegative()).toBe(false);
        expect(v.payment.lte(v.fullMonth)).toBe(true);
        expect(v.gross.lte(v.fullMonth)).toBe(true);
        const applied = v.deductions.reduce((s, d) => s.plus(d.applied), v.gross.minus(v.gross));
        expect(applied.eq(v.totalDeductions)).toBe(true);
        expect(v.gross.minus(v.totalDeductions).eq(v.payment)).toBe(true);
        const computed = v.deductions.reduce((s, d) => s.plus(d.computed), v.gross.minus(v.gross));
        expect(computed.minus(applied).eq(v.excess)).toBe(true);
        for (const m of [
          v.payment,
          v.gross,
          v.fullMonth,
          v.totalDeductions,
          v.excess,
          ...v.deductions.flatMap((d) => [d.computed, d.applied]),
        ])
          expect(twoDecimals(m)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('more unexcused absence never pays more', () => {
    fc.assert(
      fc.property(input, quarterHours, (g, other) => {
        const [lo, hi] = g.hours <= other ? [g.hours, other] : [other, g.hours];
        const a = stipendForMonth(toInput(g, lo), { explain: false }).value.payment;
        const b = stipendForMonth(toInput(g, hi), { explain: false }).value.payment;
        expect(b.lte(a)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('explaining does not change the figures', () => {
    fc.assert(
      fc.property(input, (g) => {
        const a = stipendForMonth(toInput(g)).value;
        const b = stipendForMonth(toInput(g), { explain: false }).value;
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the projection agrees with the month rule month by month (property)', () => {
  it('gives each month the same payment as stipendForMonth', () => {
    // Starts from 2021, when both Acts' tables are in force (the Introduction Act's still apply to its participants).
    const date = fc
      .date({ min: new Date(Date.UTC(2021, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom('introduksjonsloven' as const, 'integreringsloven' as const),
        fc
          .date({ min: new Date(Date.UTC(1960, 0, 1)), max: new Date(Date.UTC(2000, 11, 31)), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        date,
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        fc.boolean(),
        (regime, birthDate, start, length, livesWithParent, couple) => {
          const end = addDaysToDate(start, length);
          const input = { regime, birthDate, programme: { start, end }, livesWithParent, childlessCoupleBothParticipating: couple };
          const projection = stipendProjection(input, { explain: false }).value;
          for (const m of projection.months) {
            const single = stipendForMonth(
              { regime, birthDate, month: m.month, programme: { start, end }, livesWithParent, childlessCoupleBothParticipating: couple },
              { explain: false },
            ).value;
            expect(m.payment.toString()).toBe(single.payment.toString());
            expect(m.gross.toString()).toBe(single.gross.toString());
            expect(m.fraction).toBe(single.fraction);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
