/**
 * A city's settlement plan (Stavanger's 2016–2019 budget decision: 120 refugees a year, 20 of them
 * unaccompanied minors), as a five-year forecast of IMDi grants, introduction stipend, participants and
 * adviser FTE. This is what `npm run example` prints.
 *
 * The shipped grant tables hold only the rates the library could confirm from official sources (the
 * integration grant: 2017), so later years are filled by the plan's projection rule (carry the latest
 * published rates forward) and marked with `*`. A municipality replaces that with this year's circular:
 * pass its rates with `withParameters` / `withValues` (see examples/grong/forecast.ts).
 *
 * Run: npm run example
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checkAdviserStaffing,
  renderForecastProjections,
  renderForecastTable,
  settlementForecast,
  type SettlementPlanInput,
} from 'integreringsregler';

const plan = JSON.parse(readFileSync(fileURLToPath(new URL('./plan.json', import.meta.url)), 'utf8')) as SettlementPlanInput;
const forecast = settlementForecast(plan, { explain: false, persons: false }).value;

console.log(renderForecastTable(forecast, 'nb'));
console.log();
console.log(renderForecastProjections(forecast, 'nb'));

// The staffing question heads of service ask: how many advisers at the peak, and is today's staff enough?
const peak = forecast.years.reduce((a, y) => (y.activeParticipants.peak > a.activeParticipants.peak ? y : a));
const staffing = checkAdviserStaffing(
  { date: `${peak.year}-01-01`, participants: peak.activeParticipants.peak, positions: [100, 100, 100, 100, 100] },
  { explain: false },
).value;
console.log();
console.log(
  `Toppår ${peak.year}: ${peak.activeParticipants.peak} deltakere krever ${peak.fteNeeded.peak.toString().replace('.', ',')} rådgiverårsverk; ` +
    `5 hele stillinger gir plass til ${staffing.capacity} (${staffing.status === 'short' ? `mangler ${staffing.fteShort.toString().replace('.', ',')} årsverk` : 'nok'}).`,
);
