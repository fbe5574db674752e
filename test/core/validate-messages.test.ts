/**
 * Every kind of zod problem becomes an InputError with the library's own code and a message in both
 * languages (validate.ts). The expected texts below are the messages a case worker reads.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InputError, fromZodError, localizedIssue, parseInput, type InputIssue } from '../../src/index.js';

function firstIssue(schema: z.ZodType, input: unknown): InputIssue {
  try {
    parseInput(schema, input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const issue = (e as InputError).issues[0];
    if (issue === undefined) throw new Error('no issue');
    return issue;
  }
  throw new Error('expected an InputError');
}

describe('zod problems in both languages', () => {
  it('wrong types name what was expected and what came', () => {
    expect(firstIssue(z.number(), 'x')).toEqual({
      code: 'invalid_type',
      path: [],
      message: { nb: 'må være et tall, ikke string', en: 'must be a number, not string' },
    });
    expect(firstIssue(z.string(), null).message).toEqual({ nb: 'må være en tekst, ikke null', en: 'must be a string, not null' });
    expect(firstIssue(z.boolean(), [1]).message).toEqual({
      nb: 'må være sann eller usann (boolean), ikke array',
      en: 'must be true or false (a boolean), not array',
    });
    expect(firstIssue(z.number(), Number.NaN).message).toEqual({ nb: 'må være et tall, ikke NaN', en: 'must be a number, not NaN' });
    expect(firstIssue(z.strictObject({ a: z.number() }), 3).message.en).toBe('must be an object, not number');
    expect(firstIssue(z.array(z.number()), {}).message.en).toBe('must be a list, not object');
    expect(firstIssue(z.bigint(), 1).message.en).toBe('must be a bigint, not number');
    expect(firstIssue(z.date(), 'x').message.nb).toBe('må være en dato, ikke string');
    expect(firstIssue(z.int(), 'x').message.en).toBe('must be a number, not string');
    expect(firstIssue(z.symbol(), 1).message).toEqual({ nb: 'må være symbol, ikke number', en: 'must be symbol, not number' });
  });

  it('a missing field is "required", with the path', () => {
    expect(firstIssue(z.strictObject({ hours: z.number() }), {})).toEqual({
      code: 'required',
      path: ['hours'],
      message: { nb: 'mangler (skal være et tall)', en: 'is required (a number)' },
    });
  });

  it('limits on numbers say inclusive or exclusive', () => {
    expect(firstIssue(z.number().min(0), -1)).toMatchObject({
      code: 'too_small',
      message: { nb: 'må være minst 0', en: 'must be at least 0' },
    });
    expect(firstIssue(z.number().positive(), 0).message).toEqual({ nb: 'må være større enn 0', en: 'must be greater than 0' });
    expect(firstIssue(z.number().max(200), 201)).toMatchObject({
      code: 'too_big',
      message: { nb: 'kan være høyst 200', en: 'must be at most 200' },
    });
    expect(firstIssue(z.number().lt(10), 10).message).toEqual({ nb: 'må være mindre enn 10', en: 'must be less than 10' });
  });

  it('limits on texts and lists count characters and items', () => {
    expect(firstIssue(z.string().min(2), 'a').message).toEqual({ nb: 'må ha minst 2 tegn', en: 'must have at least 2 characters' });
    expect(firstIssue(z.string().max(3), 'abcd').message).toEqual({ nb: 'kan ha høyst 3 tegn', en: 'must have at most 3 characters' });
    expect(firstIssue(z.array(z.number()).min(1), []).message).toEqual({ nb: 'må ha minst 1 elementer', en: 'must have at least 1 items' });
    expect(firstIssue(z.array(z.number()).max(1), [1, 2]).message).toEqual({
      nb: 'kan ha høyst 1 elementer',
      en: 'must have at most 1 items',
    });
    expect(firstIssue(z.set(z.number()).max(1), new Set([1, 2])).message.en).toBe('must have at most 1 items');
  });

  it('choices, unknown keys, multiples, formats and unions', () => {
    expect(firstIssue(z.enum(['full', 'twoThirds']), 'half')).toEqual({
      code: 'invalid_value',
      path: [],
      message: { nb: 'må være én av: "full", "twoThirds"', en: 'must be one of: "full", "twoThirds"' },
    });
    expect(firstIssue(z.strictObject({}), { a: 1, b: 2 }).message).toEqual({
      nb: 'ukjente felt: «a», «b»',
      en: 'unknown fields: «a», «b»',
    });
    expect(firstIssue(z.number().multipleOf(5), 7)).toMatchObject({
      code: 'not_multiple_of',
      message: { nb: 'må være et multiplum av 5', en: 'must be a multiple of 5' },
    });
    expect(firstIssue(z.email(), 'x')).toMatchObject({
      code: 'invalid_format',
      message: { nb: 'har feil format (email)', en: 'has the wrong format (email)' },
    });
    expect(firstIssue(z.union([z.number(), z.boolean()]), 'x')).toMatchObject({
      code: 'invalid_union',
      message: { nb: 'passer ikke med noen av de tillatte formene', en: 'matches none of the allowed forms' },
    });
  });

  it('a custom check keeps its own code and both messages; a plain one falls back to its message', () => {
    const even = z.number().superRefine((n, ctx) => {
      if (n % 2 !== 0) ctx.addIssue(localizedIssue('not_even', { nb: 'må være et partall', en: 'must be even' }, ['n']));
    });
    expect(firstIssue(even, 3)).toEqual({ code: 'not_even', path: ['n'], message: { nb: 'må være et partall', en: 'must be even' } });
    expect(
      firstIssue(
        z.number().refine((n) => n > 1, 'too low'),
        0,
      ),
    ).toEqual({ code: 'custom', path: [], message: { nb: 'too low', en: 'too low' } });
    const noCode = z
      .number()
      .superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'x', params: { nb: 'nb-tekst', en: 'en text' } }));
    expect(firstIssue(noCode, 1)).toEqual({ code: 'custom', path: [], message: { nb: 'nb-tekst', en: 'en text' } });
    expect(localizedIssue('c', { nb: 'n', en: 'e' })).toEqual({ code: 'custom', message: 'e', params: { code: 'c', nb: 'n', en: 'e' } });
  });

  it('paths run from the root, with a prefix when given, and every problem is listed', () => {
    const schema = z.strictObject({ absence: z.array(z.strictObject({ hours: z.number().min(0) })) });
    const r = schema.safeParse({ absence: [{ hours: 1 }, { hours: -2 }] });
    if (r.success) throw new Error('expected failure');
    expect(fromZodError(r.error, ['months', 3]).issues[0]?.path).toEqual(['months', 3, 'absence', 1, 'hours']);
    const two = z.strictObject({ a: z.number(), b: z.string() }).safeParse({ a: 'x', b: 1 }, { reportInput: true });
    if (two.success) throw new Error('expected failure');
    const err = fromZodError(two.error);
    expect(err.issues.map((i) => i.path)).toEqual([['a'], ['b']]);
    expect(err.message).toBe('a: must be a number, not string; b: must be a string, not number');
    expect(err.format('en')).toBe('a: must be a number, not string\nb: must be a string, not number');
    expect(err.format()).toBe('a: må være et tall, ikke string\nb: må være en tekst, ikke number');
    expect(new InputError([{ code: 'x', path: [], message: { nb: 'feil', en: 'wrong' } }]).message).toBe('(input): wrong');
  });
});
