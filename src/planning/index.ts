/**
 * Planning: what a settlement plan means over the coming years — the plan and its expansion into persons,
 * the projection of unpublished rates, the settlement forecast and its printable table.
 */
export {
  CARRY_FORWARD,
  projectParameters,
  projectParametersInputSchema,
  projectionRuleSchema,
  type ProjectParametersInput,
  type ProjectionRule,
} from './project-parameters.js';
export {
  DEFAULT_GROUP_AGES,
  expandSettlementPlan,
  householdRoleSchema,
  permitKindSchema,
  plannedGroupSchema,
  plannedPersonSchema,
  plannedProgrammeSchema,
  settlementPlanSchema,
  type ExpandedPerson,
  type HouseholdRole,
  type PermitKind,
  type PlannedProgramme,
  type SettlementPlan,
  type SettlementPlanInput,
} from './settlement-plan.js';
export {
  settlementForecast,
  type ForecastMonth,
  type ForecastOptions,
  type ForecastPerson,
  type ForecastYear,
  type SettlementForecast,
} from './settlement-forecast.js';
export { renderForecastProjections, renderForecastTable } from './render-forecast-table.js';
