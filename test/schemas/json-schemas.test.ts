/**
 * The published JSON Schemas: the committed files in schemas/ are exactly what the zod schemas produce
 * now (run `npm run schemas` after changing a schema), and every case-callable rule has one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  basicAmountRules,
  caseFileSchema,
  caseRuleList,
  caseRules,
  caseloadRules,
  grantsRules,
  inputSchemas,
  isoMonthSchema,
  moneySchema,
  nonNegativeMoneySchema,
  programmeRules,
  stipendRules,
} from '../../src/index.js';
import { jsonSchemaFiles, toJsonSchema } from '../../src/schemas/json-schema-files.js';

const DIR = join(__dirname, '..', '..', 'schemas');
const CASES = join(__dirname, '..', '..', 'cases');

describe('schemas/', () => {
  const generated = jsonSchemaFiles();
  it('holds exactly the generated files', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json')).sort(), 'run `npm run schemas`').toEqual(Object.keys(generated).sort());
  });
  for (const [name, text] of Object.entries(generated)) {
    it(`${name} is up to date`, () => {
      expect(readFileSync(join(DIR, name), 'utf8'), `schemas/${name} is stale: run \`npm run schemas\``).toBe(text);
    });
  }
});

describe('inputSchemas', () => {
  it('has a schema for every rule a case may name, and nothing else', () => {
    expect(Object.keys(inputSchemas).sort()).toEqual(Object.keys(caseRules).sort());
  });
  it('is built, as caseRules is, from the domains\' rule lists: each rule once, with its schema file', () => {
    const domains = [basicAmountRules, caseloadRules, stipendRules, grantsRules, programmeRules];
    const names = domains.flat().map((r) => r.name);
    expect(new Set(names).size, 'a rule is listed twice').toBe(names.length);
    expect(caseRuleList.map((r) => r.name)).toEqual(names);
    expect(Object.keys(caseRules)).toEqual(names);
    expect(Object.keys(inputSchemas)).toEqual(names);
    const files = new Set(readdirSync(DIR));
    for (const rule of domains.flat()) {
      expect(Object.isFrozen(rule), rule.name).toBe(true);
      expect(caseRules[rule.name], rule.name).toBe(rule.run);
      expect(inputSchemas[rule.name], rule.name).toBe(rule.input);
      expect(files.has(`${rule.name}.input.schema.json`), `schemas/${rule.name}.input.schema.json: run \`npm run schemas\``).toBe(true);
    }
  });
  it('accepts the input of every shipped case that expects a result', () => {
    for (const f of readdirSync(CASES).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))) {
      const file = caseFileSchema.parse(JSON.parse(readFileSync(join(CASES, f), 'utf8')));
      for (const c of file.cases.filter((k) => k.expectedError === undefined)) {
        expect(inputSchemas[c.rule]?.safeParse(c.input).success, `${f} ${c.id}`).toBe(true);
      }
    }
  });
});

describe('the building blocks spelled out as JSON Schema', () => {
  const json = toJsonSchema(z.strictObject({ m: moneySchema, n: nonNegativeMoneySchema.optional(), month: isoMonthSchema }), 't', 'd') as {
    properties: Record<string, { anyOf?: { pattern?: string; minimum?: number }[]; pattern?: string }>;
    required: string[];
  };
  const pattern = (p: string | undefined) => new RegExp(p ?? '$^');
  it('money: decimal text with at most two decimals, or a number', () => {
    const text = pattern(json.properties['m']?.anyOf?.[0]?.pattern);
    expect(['1234.50', '-5', ' 7.1 '].every((t) => text.test(t))).toBe(true);
    expect(['1.234', '1,50', 'abc', ''].some((t) => text.test(t))).toBe(false);
    expect(json.properties['n']?.anyOf?.[1]?.minimum).toBe(0);
    expect(pattern(json.properties['n']?.anyOf?.[0]?.pattern).test('-5')).toBe(false);
  });
  it('month: YYYY-MM with a real month number; optional fields are not required', () => {
    const month = pattern(json.properties['month']?.pattern);
    expect(month.test('2024-05')).toBe(true);
    expect(month.test('2024-13')).toBe(false);
    expect(json.required.sort()).toEqual(['m', 'month']);
  });
});
