import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InputError, basicAmountOn, isInputError, isoDateSchema, moneySchema, parseInput } from '../../src/index.js';

describe('input errors name the field and say what is wrong in both languages', () => {
  const schema = z.strictObject({ date: isoDateSchema, hours: z.number().min(0).max(200), amount: moneySchema });

  function issues(input: unknown) {
    try {
      parseInput(schema, input);
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      return (e as InputError).issues;
    }
    throw new Error('expected an input error');
  }

  it('lists every problem with its path', () => {
    const found = issues({ date: '2023-02-30', hours: -1, amount: 'x' });
    expect(found.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date', 'date'],
      ['too_small', 'hours'],
      ['invalid_money', 'amount'],
    ]);
    expect(found[1]?.message).toEqual({ nb: 'må være minst 0', en: 'must be at least 0' });
  });
  it('reports a missing field and an unknown field (a typo)', () => {
    const found = issues({ date: '2024-01-01', hours: 1, amount: '1', hourz: 2 });
    expect(found[0]?.code).toBe('unrecognized_keys');
    expect(found[0]?.message.nb).toContain('«hourz»');
    const missing = issues({ hours: 1, amount: '1' });
    expect(missing[0]).toMatchObject({ code: 'required', path: ['date'] });
  });
  it('reports NaN as a wrong type, never passing it through', () => {
    const found = issues({ date: '2024-01-01', hours: Number.NaN, amount: '1' });
    expect(found[0]?.path).toEqual(['hours']);
  });
  it('formats for people and serialises for machines', () => {
    try {
      basicAmountOn({ date: '2024-13-01' });
    } catch (e) {
      const err = e as InputError;
      expect(err.format('nb')).toContain('date: «2024-13-01» er ikke en gyldig dato');
      expect(err.format('en')).toContain('date: "2024-13-01" is not a valid date');
      expect(JSON.parse(JSON.stringify(err))).toMatchObject({ code: 'INVALID_INPUT', issues: [{ code: 'invalid_date', path: ['date'] }] });
      return;
    }
    expect.unreachable();
  });
});
