import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parameterEntries,
  Decimal,
  PARAMETER_CSV_COLUMNS,
  Rational,
  defaultParameters,
  defineParameter,
  parametersToCsv,
  references,
  withParameters,
} from '../../src/index.js';

/** A small RFC 4180 reader, to read back what was written. */
function readCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') quoted = false;
      else f += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(f);
      f = '';
    } else if (c === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
    } else f += c;
  }
  return rows;
}

describe('parametersToCsv', () => {
  it('writes one row per dated value of the shipped tables, values exact', () => {
    const rows = readCsv(parametersToCsv(defaultParameters));
    expect(rows[0]).toEqual([...PARAMETER_CSV_COLUMNS]);
    const total = parameterEntries(defaultParameters).reduce((n, { parameter: p }) => n + p.values.length, 0);
    expect(rows.length).toBe(1 + total);
    expect(rows.every((r) => r.length === PARAMETER_CSV_COLUMNS.length)).toBe(true);
    const g2024 = rows.find((r) => r[0] === 'grunnbelop' && r[3] === '2024-05-01');
    expect(g2024).toEqual([
      'grunnbelop',
      'Grunnbeløpet (G)',
      'The basic amount (G)',
      '2024-05-01',
      '',
      '2024-06-01',
      '124028',
      'NOK/year',
      'official',
      'folketrygdloven § 1-4; NAV, grunnbeløpet i folketrygden',
      'National Insurance Act § 1-4; NAV, the basic amount',
      'https://www.nav.no/grunnbelopet',
      '',
      '',
    ]);
  });
  it('quotes fields with separators, quotes and line breaks, and writes fractions and notes', () => {
    const odd = defineParameter<Rational>({
      id: 'share',
      name: { nb: 'Andel, "tenkt"', en: 'Share' },
      unit: 'fraction',
      values: [
        {
          from: '2024-01-01',
          to: '2024-12-31',
          value: Rational.of(2, 3),
          reference: references.integrationAct('§ 20'),
          basis: 'assumption',
          note: { nb: 'Sjekk;\nkommunen', en: 'Check' },
        },
      ],
    });
    const set = withParameters({ stipend: { share: odd } as never });
    for (const sep of [',', ';'] as const) {
      const row = readCsv(parametersToCsv(set, { separator: sep }), sep).find((r) => r[0] === 'share');
      expect(row).toEqual([
        'share',
        'Andel, "tenkt"',
        'Share',
        '2024-01-01',
        '2024-12-31',
        '',
        '2/3',
        'fraction',
        'assumption',
        'integreringsloven § 20',
        'the Integration Act § 20',
        'https://lovdata.no/lov/2020-11-06-127',
        'Sjekk;\nkommunen',
        'Check',
      ]);
    }
    expect(
      parametersToCsv(
        withParameters({
          basicAmount: {
            grunnbelop: defineParameter({
              ...defaultParameters.basicAmount.grunnbelop,
              values: [{ from: '2024-05-01', value: new Decimal('0.50'), reference: references.nationalInsuranceAct(), basis: 'official' }],
            }),
          },
        }),
      ),
    ).toContain(',0.5,');
  });
  it('docs/rates.csv is the shipped tables as they are now (run `npm run rates` after changing a rate)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'rates.csv'), 'utf8')).toBe(parametersToCsv(defaultParameters));
  });
});
