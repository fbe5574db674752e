/**
 * A small municipality (Grong, about 2,400 inhabitants; its 2017 organisation plan): a few families a
 * year, two programme advisers at 60 % and 50 % (1.1 FTE). The plan is for 2017, the one year whose grant
 * rates the library ships from IMDi's own table, so the settlement year is computed from published
 * figures; later years carry those rates forward and are marked `*`.
 *
 * It shows the library used as a municipality would: the forecast, the check of today's staffing against
 * the norm of 20 participants per adviser, and one person's grant lines with their sources.
 *
 * Run: npx tsx examples/grong/forecast.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checkAdviserStaffing,
  formatMoney,
  renderForecastProjections,
  renderForecastTable,
  settlementForecast,
  type SettlementPlanInput,
} from 'integreringsregler';

const plan = JSON.parse(readFileSync(fileURLToPath(new URL('./plan.json', import.meta.url)), 'utf8')) as SettlementPlanInput;
const forecast = settlementForecast(plan, { explain: false }).value;

console.log(renderForecastTable(forecast, 'nb'));
console.log();
console.log(renderForecastProjections(forecast, 'nb'));

// Today's staff: 60 % + 50 % = 1.1 FTE, room for 22 participants at the norm.
for (const y of forecast.years) {
  const s = checkAdviserStaffing(
    { date: `${y.year}-01-01`, participants: y.activeParticipants.peak, positions: [60, 50] },
    { explain: false },
  ).value;
  console.log(
    `${y.year}: høyest ${y.activeParticipants.peak} deltakere; 60 % + 50 % gir plass til ${s.capacity} — ${s.status === 'short' ? 'for lite' : 'nok'}`,
  );
}

// Every figure traces to a person, a rule and a source.
console.log();
for (const line of forecast.persons.find((p) => p.id === 'F2-besteforelder')?.grantLines ?? []) {
  console.log(
    `F2-besteforelder ${line.budgetYear} ${line.grant} (${line.detail}): ${formatMoney(line.amount, 'nb')} — ${line.reference.title.nb}${line.reference.section === undefined ? '' : ` ${line.reference.section}`} [${line.basis}]`,
  );
}
