/**
 * Writes the published JSON Schemas to schemas/ (the case-file format and every rule's input), replacing
 * what is there. Run after changing a schema: npm run schemas
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../src/schemas/json-schema-files.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(DIR, { recursive: true });
const files = jsonSchemaFiles();
for (const old of readdirSync(DIR)) if (old.endsWith('.schema.json') && !(old in files)) rmSync(join(DIR, old));
for (const [name, text] of Object.entries(files)) writeFileSync(join(DIR, name), text);
console.log(`wrote ${Object.keys(files).length} schemas to schemas/`);
