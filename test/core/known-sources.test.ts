/**
 * Every legal reference the library ships points at a source it knows: each Act or regulation by its
 * Lovdata date code, and each section cited one that was checked (src/core/known-sources.ts says where).
 * Walked: every dated value of `defaultParameters` (and the undated `upperAge60Amendment`), and every
 * reference in the results — explanation steps, values used, grant lines, holidays — of running the
 * shipped case files through the case runner, plus the free-text `references` of each case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parameterEntries,
  caseRules,
  defaultParameters,
  references,
  runCases,
  upperAge60Amendment,
  type CaseRule,
  type LegalReference,
} from '../../src/index.js';
import { KNOWN_SOURCES, citedParts, referenceProblems, textProblems } from '../../src/sources/known-sources.js';

const DIR = join(__dirname, '..', '..', 'cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

function isReference(x: unknown): x is LegalReference {
  return typeof x === 'object' && x !== null && 'kind' in x && 'title' in x && typeof (x as { title: unknown }).title === 'object';
}

/** Every legal reference anywhere in a value (objects and arrays, any depth). */
function referencesIn(x: unknown, out: LegalReference[] = [], seen = new Set<unknown>()): LegalReference[] {
  if (typeof x !== 'object' || x === null || seen.has(x)) return out;
  seen.add(x);
  if (isReference(x)) out.push(x);
  for (const v of Array.isArray(x) ? x : Object.values(x)) referencesIn(v, out, seen);
  return out;
}

/** Runs a case file through the case runner, collecting every reference in the rules' results. */
function caseReferences(file: string): { refs: { ref: LegalReference; where: string }[]; passed: number; failed: number } {
  const refs: { ref: LegalReference; where: string }[] = [];
  const recording = Object.fromEntries(
    Object.entries(caseRules).map(([name, rule]) => [
      name,
      ((input: never) => {
        const result = (rule as (i: never) => unknown)(input);
        for (const ref of referencesIn(result)) refs.push({ ref, where: `${file} ${name}` });
        return result;
      }) as CaseRule,
    ]),
  );
  const report = runCases(JSON.parse(readFileSync(join(DIR, file), 'utf8')), recording);
  return { refs, passed: report.passed, failed: report.failed };
}

describe('the registry of known sources', () => {
  it('has one entry per date code, each with a Lovdata address and a name', () => {
    const ids = KNOWN_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of KNOWN_SOURCES) {
      expect(s.id).toMatch(/^(LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+$/);
      expect(s.urls.length).toBeGreaterThan(0);
      expect(s.urls.every((u) => u.startsWith('https://lovdata.no/'))).toBe(true);
      expect(s.names.length).toBeGreaterThan(0);
    }
  });
  it('agrees with the reference builders (id and address)', () => {
    for (const build of Object.values(references)) {
      const r = build();
      const known = KNOWN_SOURCES.find((s) => s.id === r.id);
      expect(known, r.id).toBeDefined();
      expect(known?.urls).toContain(r.url);
      expect(known?.names).toContain(r.title.nb);
    }
  });
  it('reads section texts: ranges, lists, letters, paragraphs and chapters', () => {
    expect(citedParts('§§ 11–16')).toEqual({ sections: ['11', '12', '13', '14', '15', '16'], chapters: [] });
    expect(citedParts('§ 8 andre og tredje ledd')).toEqual({ sections: ['8'], chapters: [] });
    expect(citedParts('§§ 10 og 19')).toEqual({ sections: ['10', '19'], chapters: [] });
    expect(citedParts('§ 2 (b)')).toEqual({ sections: ['2'], chapters: [] });
    expect(citedParts('§ 37 c')).toEqual({ sections: ['37 c'], chapters: [] });
    expect(citedParts('§ 1-4')).toEqual({ sections: ['1-4'], chapters: [] });
    expect(citedParts('kap. 6A')).toEqual({ sections: [], chapters: ['6A'] });
    expect(citedParts('kap. 496 post 60')).toEqual({ sections: [], chapters: ['496'] });
    expect(citedParts('Prop. 1 S')).toBeUndefined();
  });
});

describe('the check fails on a source or section the library does not know', () => {
  it('an unknown section of a known Act', () => {
    expect(referenceProblems(references.integrationAct('§ 52'))).toEqual([
      'reference (integreringsloven): § 52 of LOV-2020-11-06-127 (integreringsloven) is not a section the library has checked',
    ]);
    expect(referenceProblems(references.introductionAct('§§ 9–11 og 15'))).toEqual([
      'reference (introduksjonsloven): § 15 of LOV-2003-07-04-80 (introduksjonsloven) is not a section the library has checked',
    ]);
  });
  it('an unknown Act, an Act without an id, a section that is not one, a foreign Lovdata address', () => {
    expect(
      referenceProblems({
        kind: 'regulation',
        title: { nb: 'forskrift om noe', en: 'a regulation' },
        id: 'FOR-2020-11-20-2434',
        section: '§ 1',
      }),
    ).toEqual(['reference (forskrift om noe): FOR-2020-11-20-2434 is not an Act or regulation the library knows']);
    expect(referenceProblems({ kind: 'act', title: { nb: 'en lov', en: 'an Act' } })).toEqual([
      'reference (en lov): no id is not an Act or regulation the library knows',
    ]);
    expect(referenceProblems({ ...references.integrationAct(), section: 'første ledd' })).toEqual([
      'reference (integreringsloven): the section "første ledd" names no section or chapter',
    ]);
    expect(referenceProblems({ ...references.integrationAct('§ 20'), url: 'https://lovdata.no/lov/2003-07-04-80' })).toEqual([
      'reference (integreringsloven): https://lovdata.no/lov/2003-07-04-80 is not the Lovdata address of LOV-2020-11-06-127',
    ]);
  });
  it('an unknown section in a title, in a related source, and in a case file’s free text', () => {
    expect(
      referenceProblems({ kind: 'agency', title: { nb: 'integreringsloven § 52; IMDi', en: 'Integration Act § 52; IMDi' } }),
    ).toHaveLength(2);
    expect(referenceProblems({ ...references.integrationAct('§ 20'), related: [references.integrationRegulation('§ 99')] })).toEqual([
      'reference related 1 (integreringsforskriften): § 99 of FOR-2020-12-15-2912 (integreringsforskriften) is not a section the library has checked',
    ]);
    expect(textProblems('integreringsloven § 52', 'P6')).toEqual([
      'P6 "integreringsloven § 52": § 52 of LOV-2020-11-06-127 (integreringsloven) is not a section the library has checked',
    ]);
    expect(textProblems('IMDi, integreringstilskudd')).toEqual([]);
    // A guide's chapter is not the Act's.
    expect(textProblems('IMDi, veileder til integreringsloven kap. 8')).toEqual([]);
    expect(textProblems('integreringsloven kap. 8')).toHaveLength(1);
  });
  it('a known section passes', () => {
    expect(referenceProblems(references.integrationAct('§ 51'))).toEqual([]);
    expect(
      referenceProblems({ ...references.introductionAct('§ 10'), related: [references.introductionActLeaveRegulation('kap. 2')] }),
    ).toEqual([]);
  });
});

describe('every shipped reference points at a known source and a checked section', () => {
  it('every dated value of defaultParameters, and the undated age-60 amendment', () => {
    const problems: string[] = [];
    for (const { parameter: p } of parameterEntries(defaultParameters)) {
      for (const v of p.values) problems.push(...referenceProblems(v.reference, `${p.id} from ${v.from}`));
    }
    problems.push(...referenceProblems(upperAge60Amendment.reference, 'upperAge60Amendment'));
    expect(problems).toEqual([]);
  });
  for (const f of files) {
    it(`every reference the cases of ${f} produce, and the cases' own references`, () => {
      const { refs, passed, failed } = caseReferences(f);
      expect(failed).toBe(0);
      expect(passed).toBeGreaterThan(0);
      const problems = refs.flatMap(({ ref, where }) => referenceProblems(ref, where));
      const file = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { cases: { id: string; references?: string[] }[] };
      for (const c of file.cases) for (const text of c.references ?? []) problems.push(...textProblems(text, `${f} ${c.id}`));
      expect([...new Set(problems)]).toEqual([]);
    });
  }
  it('the case files produce references to check (the walk finds them)', () => {
    const ids = new Set(files.flatMap((f) => caseReferences(f).refs.map(({ ref }) => ref.id)));
    for (const id of [
      'LOV-2003-07-04-80',
      'LOV-2020-11-06-127',
      'FOR-2025-09-17-1909',
      'FOR-2003-07-18-973',
      'LOV-1995-02-24-12',
      'LOV-1997-02-28-19',
    ])
      expect(ids).toContain(id);
  });
});
