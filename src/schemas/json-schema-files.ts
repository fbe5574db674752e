/**
 * The JSON Schemas the package publishes in `schemas/`, so systems in other languages can validate case
 * files and rule inputs: made from the zod schemas (`z.toJSONSchema`, the input side), with the shared
 * building blocks — dates, months, money — spelled out as patterns, since their checks are code. Written
 * by `npm run schemas`; a test fails when the committed files are out of date.
 * @module
 */
import * as z from 'zod';
import { caseFileSchema } from '../cases/format.js';
import { isoDateSchema } from '../core/date.js';
import { moneySchema, nonNegativeMoneySchema } from '../core/money.js';
import { isoMonthSchema } from '../core/month.js';
import { inputSchemas } from './input-schemas.js';

type JsonObject = Record<string, unknown>;

const MONEY_TEXT = '^\\s*-?\\d{1,16}(\\.\\d{1,2})?\\s*$';
const NON_NEGATIVE_MONEY_TEXT = '^\\s*\\d{1,16}(\\.\\d{1,2})?\\s*$';

/** What the library's shared building blocks accept, as JSON Schema (their checks are code in zod). */
const BUILDING_BLOCKS = /* @__PURE__ */ new Map<unknown, JsonObject>([
  [isoDateSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date YYYY-MM-DD (years 1900–2199).' }],
  [isoMonthSchema, { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'A month YYYY-MM.' }],
  [moneySchema, { anyOf: [{ type: 'string', pattern: MONEY_TEXT }, { type: 'number' }], description: 'Kroner: decimal text with at most two decimals (preferred), or a number with at most two decimals.' }],
  [
    nonNegativeMoneySchema,
    { anyOf: [{ type: 'string', pattern: NON_NEGATIVE_MONEY_TEXT }, { type: 'number', minimum: 0 }], description: 'Kroner, not negative: decimal text with at most two decimals (preferred), or a number with at most two decimals.' },
  ],
]);

/**
 * One zod schema as JSON Schema (input side), with the building blocks spelled out.
 * @internal
 */
export function toJsonSchema(schema: z.ZodType, title: string, description: string): JsonObject {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const block = BUILDING_BLOCKS.get(ctx.zodSchema);
      if (block === undefined) return;
      const target = ctx.jsonSchema as JsonObject;
      for (const key of Object.keys(target)) delete target[key];
      Object.assign(target, structuredClone(block));
    },
  }) as JsonObject;
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

/**
 * Every published schema file: its path under `schemas/` and its content as formatted JSON text.
 * @internal
 */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, JsonObject> = {
    'case-file.schema.json': toJsonSchema(
      caseFileSchema,
      'integreringsregler case file',
      'Hand-worked cases: each names a rule (a public function of integreringsregler), its input as that rule accepts it (see <rule>.input.schema.json), and the expected figures (money as strings) or the expected error.',
    ),
  };
  for (const [rule, schema] of Object.entries(inputSchemas)) {
    files[`${rule}.input.schema.json`] = toJsonSchema(schema, `${rule} input`, `The input of integreringsregler's ${rule}, as a case file's "input" gives it.`);
  }
  return Object.fromEntries(Object.entries(files).map(([name, json]) => [name, `${JSON.stringify(json, null, 2)}\n`]));
}
