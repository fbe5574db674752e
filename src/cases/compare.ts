/**
 * Compares a rule's result with a case's expected pattern and lists every difference with its path.
 * @module
 */
import { Decimal } from '../core/money.js';

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

function sameLeaf(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string' && NUMBER_TEXT.test(expected) && NUMBER_TEXT.test(actual)) {
    return new Decimal(expected).eq(new Decimal(actual));
  }
  if (typeof expected === 'number' && typeof actual === 'string' && NUMBER_TEXT.test(actual)) {
    return new Decimal(actual).eq(new Decimal(String(expected)));
  }
  return Object.is(expected, actual);
}

function show(v: unknown): string {
  return v === undefined ? '(missing)' : JSON.stringify(v);
}

/**
 * Every place where `actual` does not match the `expected` pattern: objects compare only the keys the
 * pattern has, arrays compare length and each element, decimal text compares by value.
 *
 * @example
 * ```ts
 * import { differences } from 'integreringsregler';
 * differences({ amount: '19770' }, { amount: '19770.00', extra: 1 }); // []
 * differences({ amount: '1.00' }, { amount: '1.01' }); // ['amount: expected "1.00", got "1.01"']
 * ```
 */
export function differences(expected: unknown, actual: unknown, path = ''): string[] {
  const here = path === '' ? '(value)' : path;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${here}: expected a list, got ${show(actual)}`];
    const out: string[] = [];
    if (expected.length !== actual.length) out.push(`${here}: expected ${expected.length} items, got ${actual.length}`);
    expected.forEach((e, i) => {
      for (const d of differences(e, actual[i], `${path}[${i}]`)) out.push(d);
    });
    return out;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${here}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([k, e]) => differences(e, (actual as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`));
  }
  return sameLeaf(expected, actual) ? [] : [`${here}: expected ${show(expected)}, got ${show(actual)}`];
}
