/**
 * The Acts and regulations the library cites, each with the sections (and chapters) it cites that were
 * checked against the source, and the check that a legal reference points only at them: a reference to
 * an unknown Act or regulation, to a section of a known one that was not checked, or to a Lovdata address
 * that is not the source's own, is a problem. The tests run the check over every shipped parameter value
 * and every reference the shipped case files produce, so a wrong section cannot ship unnoticed.
 *
 * Where each section was checked is written next to it. Sources are named by their Lovdata date code
 * (LOV-… for Acts, FOR-… for regulations). Not in the public API yet (a later redesign moves this to
 * src/sources/); the functions are exported for the library's own tests and tools.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';

/** One Act or regulation the library cites. */
export interface KnownSource {
  /** The Lovdata date code, e.g. `LOV-2020-11-06-127`. */
  readonly id: string;
  /** The names it is cited by in titles and case files (bokmål and English short names). */
  readonly names: readonly string[];
  /** Its Lovdata addresses (a reference's Lovdata URL must be one of them). */
  readonly urls: readonly string[];
  /** The sections cited, by number (`'20'`, `'37 c'`, `'1-4'`), each with what it is and where it was checked. */
  readonly sections: Readonly<Record<string, string>>;
  /** The chapters cited (`'3'`, `'6A'`), likewise. */
  readonly chapters?: Readonly<Record<string, string>>;
}

const LOVDATA_LAW = 'Lovdata (text of the Act)';

/**
 * Every Act and regulation the library cites, with the sections checked. @internal
 */
export const KNOWN_SOURCES: readonly KnownSource[] = [
  {
    id: 'LOV-2003-07-04-80',
    names: ['introduksjonsloven', 'the Introduction Act', 'Introduction Act'],
    urls: ['https://lovdata.no/lov/2003-07-04-80'],
    sections: {
      '2': 'Rett og plikt til deltakelse i introduksjonsprogram: aged 18–55, newly arrived (third paragraph). Lovdata; rundskriv Q-20/2015 table of contents',
      '3': 'Kommunens ansvar for introduksjonsprogram; second paragraph: the programme offered within three months of settlement or a request (rundskriv Q-20/2012 table of contents, pkt. 3.2; IMDi, kommunens plikter)',
      '5': 'Programmets varighet: up to two years, with approved leave added (SSB, "Introduksjonsprogrammet"; Q-20/2015 table of contents)',
      '8': 'Introduksjonsstønad: 2 G a year (second paragraph), 2/3 under 25 (third paragraph). Prop. 89 L (2019–2020) pkt. 9.1',
      '9': "Beregning av introduksjonsstønaden: 1/12, 1/30, 1/1 850. Prop. 89 L (2019–2020) pkt. 9.1; the ministry's list of interpretations (regjeringen.no)",
      '10': "Fravær; first paragraph second sentence is the authority for FOR-2003-07-18-973. The ministry's list of interpretations; Lovdata (the regulation's authority)",
      '11': 'Egne midler. The ministry\'s list of interpretations (regjeringen.no, "Regelverk om integrering")',
      '12': 'Samordning med andre offentlige ytelser; second paragraph on overgangsstønad as worded by LOV-2016-12-20-123 (Lovdata)',
      '21': 'Forholdet til forvaltningsloven; second paragraph (e): a deduction of 50 % or more of a payment and at least 1/12 G is an individual decision (IMDi, "Forvaltningens frie skjønn")',
    },
    chapters: { '3': 'Introduksjonsstønad (§§ 8 ff.). Rundskriv Q-20/2015 table of contents' },
  },
  {
    id: 'LOV-2016-12-20-123',
    names: [
      'lov 20. desember 2016 nr. 123 om endringer i introduksjonsloven',
      'Act of 20 December 2016 No. 123 amending the Introduction Act',
    ],
    urls: ['https://lovdata.no/dokument/LTI/lov/2016-12-20-123'],
    sections: {},
  },
  {
    id: 'FOR-2003-07-18-973',
    names: [
      'forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven)',
      'the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act)',
    ],
    urls: ['https://lovdata.no/forskrift/2003-07-18-973'],
    sections: {
      '2-1': 'Fravær ved egen sykdom (Lovdata)',
      '2-2': 'Rett til å nytte egenmelding (Lovdata)',
    },
    chapters: { '2': 'Fravær på grunn av egen sykdom: self-certification (Lovdata)' },
  },
  {
    id: 'LOV-2020-11-06-127',
    names: ['integreringsloven', 'the Integration Act', 'Integration Act'],
    urls: ['https://lovdata.no/lov/2020-11-06-127'],
    sections: {
      '8': 'Målgruppe for introduksjonsprogrammet (Lovdata table of contents, via norgeslover.no; LOV-2025-06-20-35)',
      '9': 'Oppholdstillatelser som gir rett og plikt (named in § 8 first paragraph; LOV-2025-06-20-35)',
      '12': 'Kommunens ansvar for introduksjonsprogram; second paragraph: decide and start within three months, as worded by LOV-2025-06-20-35 (in force 2025-06-20, FOR-2025-06-20-1102)',
      '13': 'Introduksjonsprogram for deltagere med utdanning på videregående nivå eller høyere (Lovdata table of contents; LOV-2025-06-20-35)',
      '14': 'Introduksjonsprogram for deltagere som ikke har utdanning på videregående nivå eller høyere (same)',
      '20': 'Beregning av introduksjonsstønad; new fourth paragraph 5/6 for childless couples (Innst. 431 L (2023–2024))',
      '21': 'Reduksjon i stønad på grunn av fravær (Lovdata table of contents)',
      '22': 'Samordning med andre offentlige ytelser (same)',
      '23': 'Egne midler (same)',
      '25': 'Trekk i og tilbakebetaling av stønad (same)',
      '37 c': 'Introduksjonsprogram, in chapter 6A (LOV-2025-06-20-35, which rewrites it)',
      '51': "Overgangsregler: who stays under the Introduction Act (Lovdata, the Introduction Act's note on its repeal)",
    },
    chapters: { '6A': 'Midlertidige regler for personer med kollektiv beskyttelse (IMDi, guide to the Integration Act ch. 8)' },
  },
  {
    id: 'LOV-2025-06-20-35',
    names: ['lov 20. juni 2025 nr. 35'],
    urls: ['https://lovdata.no/dokument/LTI/lov/2025-06-20-35'],
    sections: {},
  },
  {
    id: 'FOR-2020-12-15-2912',
    names: ['integreringsforskriften', 'the Integration Regulation', 'Integration Regulation'],
    urls: ['https://lovdata.no/forskrift/2020-12-15-2912'],
    sections: {
      '5': 'Rett til introduksjonsstønad ved fravær på grunn av egen sykdom eller skade: self-certification (IMDi, legal guide to the regulation ch. 3)',
      '10': 'Betydningen av fravær for introduksjonsprogrammets varighet (FOR-2025-09-17-1909)',
      '11': 'Fri i forbindelse med svangerskap (IMDi, legal guide ch. 4)',
      '12': 'Fri i forbindelse med fødsel (IMDi, legal guide ch. 4)',
      '13': 'One of the leave sections §§ 11–19 (IMDi, legal guide ch. 4 runs from § 11; its heading was not read)',
      '14': 'One of the leave sections §§ 11–19 (as § 13)',
      '15': 'Leave for long illness, without stipend (named in § 5 second paragraph: IMDi, legal guide ch. 3)',
      '16': 'One of the leave sections §§ 11–19 (as § 13)',
      '17': 'Fri; days off under the second paragraph do not extend the programme (FOR-2025-09-17-1909, new § 19)',
      '18': 'Ferie (FOR-2025-09-17-1909, new § 19)',
      '19': 'Betydningen av fri og permisjon for introduksjonsprogrammets varighet (FOR-2025-09-17-1909)',
      '43h':
        'Rettigheter og plikter for deltagere med kollektiv beskyttelse ved overgang til andre tillatelser; repealed 2026-07-01 (FOR-2025-09-17-1909)',
      '75': 'Overgangsregler for varigheten, deltagere med videregående nivå (FOR-2025-06-20-1154)',
      '76': 'Overgangsregler for varigheten, deltagere uten videregående nivå (FOR-2025-06-20-1154)',
    },
  },
  {
    id: 'FOR-2025-09-17-1909',
    names: ['FOR-2025-09-17-1909'],
    urls: ['https://lovdata.no/dokument/LTI/forskrift/2025-09-17-1909'],
    // Cited by the sections of integreringsforskriften it words anew from 2026-01-01.
    sections: {
      '10': 'integreringsforskriften § 10 as worded from 2026-01-01: absence over ten working days in all (text of the amending regulation, Lovtidend 2025)',
      '19': 'integreringsforskriften § 19 as worded from 2026-01-01: time off and leave over ten working days in all; § 17 second paragraph and § 18 days never (same)',
    },
  },
  {
    id: 'LOV-2020-05-26-53',
    names: [
      'midlertidig lov 26. mai 2020 nr. 53 om tilpasninger i introduksjonsloven (covid-19)',
      'Temporary Act of 26 May 2020 no. 53 adapting the Introduction Act (covid-19)',
    ],
    urls: ['https://lovdata.no/dokument/NL/lov/2020-05-26-53'],
    sections: {
      '2': 'Utvidet introduksjonsprogram (IMDi, integreringspakke II and III; Prop. 78 L and Prop. 196 L (2020–2021)); repealed by LOV-2025-06-20-35 part II',
    },
  },
  {
    id: 'FOR-2022-01-24-111',
    names: [
      'midlertidig forskrift 24. januar 2022 nr. 111 om utvidet introduksjonsprogram og norskopplæring (covid-19)',
      'Temporary Regulation of 24 January 2022 no. 111',
    ],
    urls: ['https://lovdata.no/dokument/SF/forskrift/2022-01-24-111'],
    sections: {},
  },
  {
    id: 'LOV-1988-04-29-21',
    names: ['ferieloven', 'the Holidays Act'],
    urls: ['https://lovdata.no/lov/1988-04-29-21'],
    sections: { '5': 'Feriens lengde; virkedager are all days but Sundays and public holidays (Lovdata)' },
  },
  {
    id: 'LOV-1997-02-28-19',
    names: ['folketrygdloven', 'the National Insurance Act', 'National Insurance Act'],
    urls: ['https://lovdata.no/lov/1997-02-28-19'],
    sections: { '1-4': `Grunnbeløpet (${LOVDATA_LAW})` },
  },
  {
    id: 'LOV-2008-05-15-35',
    names: ['utlendingsloven', 'the Immigration Act', 'Immigration Act'],
    urls: ['https://lovdata.no/lov/2008-05-15-35'],
    sections: { '34': 'Kollektiv beskyttelse i massefluktsituasjon (the Introduction Act § 2 refers to it; Lovdata)' },
  },
  {
    id: 'LOV-1995-02-24-12',
    names: ['lov om helligdager og helligdagsfred', 'the Public Holidays Act'],
    urls: ['https://lovdata.no/lov/1995-02-24-12'],
    sections: { '2': 'Helligdager, letters (a) Sundays to (k) Boxing Day (rettsdata.no copy of the Act)' },
  },
  {
    id: 'LOV-1947-04-26-1',
    names: ['lov om 1. og 17. mai som høgtidsdager', 'the Act on 1 and 17 May as public holidays'],
    urls: ['https://lovdata.no/lov/1947-04-26-1'],
    sections: { '1': '1 and 17 May rank with Sundays (Arbeidstilsynet copy of the Act)' },
  },
];

const BY_ID = /* @__PURE__ */ new Map(KNOWN_SOURCES.map((s) => [s.id, s]));

/** A Lovdata date code of an Act or a regulation. */
const DATE_CODE = /^(LOV|FOR)-\d{4}-\d{2}-\d{2}-\d+$/;

/** A section number: `20`, `1-4`, `37 c`, `43h` (a single letter, not the start of a word such as `andre`). */
const PARAGRAPH = String.raw`\d+(?:-\d+)?(?: ?[a-z](?![a-zæøå]))?`;
const PARAGRAPHS = /* @__PURE__ */ new RegExp(String.raw`^§§?\s*(${PARAGRAPH}(?:\s*(?:–|,|og|and)\s*${PARAGRAPH})*)`);
const CHAPTER = /^(?:kap\.|kapittel|ch\.|chapter)\s*(\d+[A-Z]?)/;

/** What a section text cites: section numbers (ranges written out) and chapter numbers. */
export interface CitedParts {
  readonly sections: readonly string[];
  readonly chapters: readonly string[];
}

/**
 * The sections and chapters at the start of a section text: `§§ 11–16` → 11 … 16, `§ 8 andre og tredje
 * ledd` → 8, `§§ 10 og 19` → 10, 19, `§ 2 (b)` → 2, `kap. 6A` → chapter 6A; `undefined` when the text
 * starts with neither. @internal
 */
export function citedParts(text: string): CitedParts | undefined {
  const t = text.trim();
  const chapter = CHAPTER.exec(t);
  if (chapter !== null) return { sections: [], chapters: [chapter[1] as string] };
  const m = PARAGRAPHS.exec(t);
  if (m === null) return undefined;
  const sections: string[] = [];
  const tokens = (m[1] as string).split(/\s*(–|,|og|and)\s*/);
  for (let i = 0; i < tokens.length; i += 2) {
    const token = tokens[i] as string;
    if (tokens[i - 1] === '–') {
      const from = Number(sections[sections.length - 1]);
      const to = Number(token);
      if (Number.isInteger(from) && Number.isInteger(to) && to > from) {
        for (let n = from + 1; n <= to; n++) sections.push(String(n));
        continue;
      }
    }
    sections.push(token);
  }
  return { sections, chapters: [] };
}

function partProblems(source: KnownSource, parts: CitedParts, where: string): string[] {
  const out: string[] = [];
  for (const s of parts.sections)
    if (!(s in source.sections))
      out.push(`${where}: § ${s} of ${source.id} (${source.names[0] ?? ''}) is not a section the library has checked`);
  for (const c of parts.chapters)
    if (!(c in (source.chapters ?? {})))
      out.push(`${where}: chapter ${c} of ${source.id} (${source.names[0] ?? ''}) is not a chapter the library has checked`);
  return out;
}

const GUIDE_TO = /(?:veileder til|guide to|guide to the)\s$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Problems with the sections a free text cites after a known source's name, e.g. `integreringsloven § 52`
 * in a title or a case file's `references` (`[]` when every one is known). @internal
 */
export function textProblems(text: string, where = 'text'): string[] {
  const out: string[] = [];
  for (const source of KNOWN_SOURCES) {
    for (const name of source.names) {
      const re = new RegExp(String.raw`(?<![\wæøå])${escape(name)}(?![\wæøå])`, 'g');
      for (const m of text.matchAll(re)) {
        // "IMDi, veileder til integreringsloven kap. 8" is the guide's chapter, not the Act's.
        if (GUIDE_TO.test(text.slice(0, m.index ?? 0))) continue;
        const parts = citedParts(text.slice((m.index ?? 0) + m[0].length));
        if (parts !== undefined) for (const p of partProblems(source, parts, `${where} "${text}"`)) out.push(p);
      }
    }
  }
  return [...new Set(out)];
}

/**
 * Problems with one legal reference (`[]` when none): an Act or regulation (by kind, or by a Lovdata date
 * code as its id) the registry does not know; a section or chapter of a known one that was not checked; a
 * section text that is not a section; a Lovdata address that is not the source's own; sections cited in
 * the title after a known source's name; and the same for every related source. @internal
 */
export function referenceProblems(ref: LegalReference, where = 'reference'): string[] {
  const out: string[] = [];
  const here = `${where} (${ref.title.nb})`;
  const legal = ref.kind === 'act' || ref.kind === 'regulation' || (ref.id !== undefined && DATE_CODE.test(ref.id));
  if (legal) {
    const source = ref.id === undefined ? undefined : BY_ID.get(ref.id);
    if (source === undefined) out.push(`${here}: ${ref.id ?? 'no id'} is not an Act or regulation the library knows`);
    else {
      if (ref.section !== undefined) {
        const parts = citedParts(ref.section);
        if (parts === undefined) out.push(`${here}: the section "${ref.section}" names no section or chapter`);
        else for (const p of partProblems(source, parts, here)) out.push(p);
      }
      if (ref.url !== undefined && ref.url.includes('lovdata.no') && !source.urls.includes(ref.url)) {
        out.push(`${here}: ${ref.url} is not the Lovdata address of ${source.id}`);
      }
    }
  }
  for (const p of textProblems(ref.title.nb, `${where} title`)) out.push(p);
  for (const p of textProblems(ref.title.en, `${where} title`)) out.push(p);
  for (const [i, r] of (ref.related ?? []).entries()) for (const p of referenceProblems(r, `${where} related ${i + 1}`)) out.push(p);
  return out;
}
