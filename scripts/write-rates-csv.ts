/**
 * Writes docs/rates.csv: every shipped rate with its dates, basis and source, for people who only want
 * the numbers. Run after changing a rate table: npm run rates
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultParameters, parametersToCsv } from '../src/index.js';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rates.csv');
const csv = parametersToCsv(defaultParameters);
writeFileSync(FILE, csv);
console.log(`wrote ${csv.split('\n').length - 2} rates to docs/rates.csv`);
