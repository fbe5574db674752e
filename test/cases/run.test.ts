import { describe, expect, it } from 'vitest';
import { InputError, differences, formatCaseReport, runCases } from '../../src/index.js';

describe('the case runner', () => {
  it('reports a wrong figure with its path and the closing count', () => {
    const report = runCases({
      cases: [
        { id: 'ok', description: 'right', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028.00' },
        { id: 'bad', description: 'wrong on purpose', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124000' },
      ],
    });
    expect(report).toMatchObject({ passed: 1, failed: 1 });
    expect(formatCaseReport(report, 'x.json')).toBe('FAIL x.json: bad (basicAmountOn): (value): expected "124000", got "124028"\n1 passed, 1 failed');
  });
  it('fails a case whose rule does not exist, whose error differs, or that has no expectation', () => {
    const report = runCases({
      cases: [
        { id: 'a', description: 'no such rule', rule: 'nope', input: {}, expected: 1 },
        { id: 'b', description: 'expects an error that does not come', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expectedError: { code: 'INVALID_INPUT' } },
        { id: 'c', description: 'error names another field', rule: 'basicAmountOn', input: { date: 'x' }, expectedError: { code: 'INVALID_INPUT', paths: ['month'] } },
        { id: 'd', description: 'nothing expected', rule: 'basicAmountOn', input: { date: '2024-05-01' } },
        { id: 'd', description: 'duplicate id', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028' },
      ],
    });
    expect(report.failed).toBe(5);
  });
  it('refuses a malformed case file with an input error', () => {
    expect(() => runCases({ cases: [{ id: 'x' }] })).toThrow(InputError);
    expect(() => runCases({ cases: [] })).toThrow(InputError);
  });
  it('compares objects by the keys the pattern names and lists by length and item', () => {
    expect(differences({ a: { b: '1.50' } }, { a: { b: '1.5', c: 2 } })).toEqual([]);
    expect(differences([1, 2], [1])).toEqual(['(value): expected 2 items, got 1', '[1]: expected 2, got (missing)']);
    expect(differences({ a: 1 }, null)).toEqual(['(value): expected an object, got null']);
  });
});
