/**
 * A computed forecast written by hand (test figures, not a real plan), for the tests of what a case worker
 * reads from a forecast: the printable table and list of projected values
 * (src/planning/render-forecast-table.test.ts) and the explanation sentences
 * (src/planning/forecast-explanation.test.ts). Every cell and sentence there can be checked against it:
 *
 * | year | settled | integration | kindergarten | grants in all | stipend | participants avg/peak | FTE avg/peak | talks | hours | projected |
 * | 2026 | 3       | 1 234 567   | 30 000       | 1 264 567     | 456 789 | 2.5 / 3               | 0.05 / 0.10  | 12    | 12    | no         |
 * | 2027 | 1       |   900 000   | 0            |   900 000     | 300 000 | 3.25 / 4              | 0.07 / 0.08  | 20    | 20    | grants     |
 * | 2028 | 0       |   500 000   | 0            |   500 000     | 100 000 | 1 / 1                 | 0.02 / 0.03  | 4     | 4     | stipend    |
 *
 * Totals: settled 3 + 1 + 0 = 4; integration 1 234 567 + 900 000 + 500 000 = 2 634 567; kindergarten 30 000;
 * grants 1 264 567 + 900 000 + 500 000 = 2 664 567; stipend 456 789 + 300 000 + 100 000 = 856 789;
 * talks 12 + 20 + 4 = 36; hours 36. The other grants are zero every year, so they get no row.
 */
import { Decimal, GRANT_TYPES, type SettlementForecast } from '../../src/index.js';

type Year = SettlementForecast['years'][number];
type Figures = {
  integration?: number;
  kindergarten?: number;
  stipend: number;
  active: [number, number];
  fte: [number, number];
  talks: number;
  projected: [boolean, boolean];
};

function year(y: number, settled: number, f: Figures): Year {
  const byGrant = Object.fromEntries(GRANT_TYPES.map((g) => [g, new Decimal(0)])) as Record<string, Decimal>;
  byGrant.integration = new Decimal(f.integration ?? 0);
  byGrant.kindergarten = new Decimal(f.kindergarten ?? 0);
  return {
    year: y,
    settled,
    grants: { total: new Decimal((f.integration ?? 0) + (f.kindergarten ?? 0)), byGrant: byGrant as Year['grants']['byGrant'] },
    stipend: new Decimal(f.stipend),
    activeParticipants: { average: new Decimal(f.active[0]), peak: f.active[1] },
    fteNeeded: { average: new Decimal(f.fte[0]), peak: new Decimal(f.fte[1]) },
    talks: f.talks,
    adviserHours: new Decimal(f.talks), // 60 minutes a talk
    projected: { grants: f.projected[0], stipend: f.projected[1] },
  };
}

const carried = {
  nb: 'Framskrevet (ikke publisert): siste publiserte verdi videreført uendret, fra verdien som gjelder fra 2026-01-01.',
  en: 'Projected (not published): latest published value carried forward unchanged, from the value in force from 2026-01-01.',
};
const carriedG = {
  nb: 'Framskrevet (ikke publisert): siste publiserte verdi videreført uendret, fra verdien som gjelder fra 2026-05-01.',
  en: 'Projected (not published): latest published value carried forward unchanged, from the value in force from 2026-05-01.',
};

/** The hand-written three-year forecast of the table above. */
export const forecast: SettlementForecast = {
  name: 'Testkommune',
  firstYear: 2026,
  lastYear: 2028,
  years: [
    year(2026, 3, {
      integration: 1_234_567,
      kindergarten: 30_000,
      stipend: 456_789,
      active: [2.5, 3],
      fte: [0.05, 0.1],
      talks: 12,
      projected: [false, false],
    }),
    year(2027, 1, { integration: 900_000, stipend: 300_000, active: [3.25, 4], fte: [0.07, 0.08], talks: 20, projected: [true, false] }),
    year(2028, 0, { integration: 500_000, stipend: 100_000, active: [1, 1], fte: [0.02, 0.03], talks: 4, projected: [false, true] }),
  ],
  months: [],
  totals: { grants: new Decimal(2_664_567), stipend: new Decimal(856_789), talks: 36, adviserHours: new Decimal(36) },
  persons: [{}, {}] as unknown as SettlementForecast['persons'],
  projections: [
    { parameter: 'integrationGrantRates', from: '2027-01-01', value: '…', note: carried },
    { parameter: 'grunnbelop', from: '2027-05-01', value: '136549', note: carriedG },
    { parameter: 'integrationGrantRates', from: '2028-01-01', value: '…', note: carried },
  ],
  excluded: [{ nb: 'Testutgifter er ikke med.', en: 'Test costs are not included.' }],
};

// An all-zero one-year forecast with nothing projected and nothing excluded.
export const empty: SettlementForecast = {
  ...forecast,
  name: 'Tom plan',
  firstYear: 2030,
  lastYear: 2030,
  years: [year(2030, 0, { stipend: 0, active: [0, 0], fte: [0, 0], talks: 0, projected: [false, false] })],
  totals: { grants: new Decimal(0), stipend: new Decimal(0), talks: 0, adviserHours: new Decimal(0) },
  projections: [],
  excluded: [],
};
