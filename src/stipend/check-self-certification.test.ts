/**
 * Self-certified absence (egenmelding) at the limits of integreringsforskriften § 5 as IMDi reads it:
 * own illness only after 8 weeks in the programme, at most 3 days at a time, at most 4 certificates in
 * 12 months, a new illness within 16 days of the last counts with it; a sick child 10 days per 12 months
 * (15 with more than two children; 20 / 30 for a sole carer). Every figure below is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkSelfCertification, explanationToJSON, renderExplanation } from '../index.js';

/** Programme start 1 January 2024: 8 weeks = 56 days later is 26 February 2024 (31 − 1 = 30 days to 31 Jan, + 26). */
const start = '2024-01-01';
const plain = (s: string | undefined): string => (s ?? '').replace(/[\u00a0\u2009\u202f]/gu, ' ');

describe('own illness: the 8-week qualifying period', () => {
  it('a certificate from the first qualifying day (26 Feb 2024, day 57) is within the limits', () => {
    const r = checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-02-26', days: 1 }] }).value;
    expect(r.periods).toEqual([{ from: '2024-02-26', days: 1, daysOverLimit: 0, problems: [] }]);
    expect(r.withinLimits).toBe(true);
  });
  it('a certificate from the day before (25 Feb 2024) is wholly over the limits: 1 of 1 day', () => {
    const r = checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-02-25', days: 1 }] }).value;
    expect(r.periods).toEqual([{ from: '2024-02-25', days: 1, daysOverLimit: 1, problems: ['beforeQualifyingPeriod'] }]);
    expect(r.ownIllnessDaysOverLimit).toBe(1);
    expect(r.withinLimits).toBe(false);
  });
  it('too early and too long at once: both problems, and all 4 days over (the larger of 4 and 4 − 3 = 1)', () => {
    const r = checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-01-15', days: 4 }] }).value;
    expect(r.periods[0]).toEqual({
      from: '2024-01-15',
      days: 4,
      daysOverLimit: 4,
      problems: ['beforeQualifyingPeriod', 'tooManyDaysAtATime'],
    });
  });
});

describe('own illness: 3 days at a time, and a relapse within 16 days', () => {
  it('exactly 3 days is within the limits; 4 days is 1 day over (4 − 3)', () => {
    expect(checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-03-01', days: 3 }] }).value.periods[0]).toEqual({
      from: '2024-03-01',
      days: 3,
      daysOverLimit: 0,
      problems: [],
    });
    expect(checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-03-01', days: 4 }] }).value.periods[0]).toEqual({
      from: '2024-03-01',
      days: 4,
      daysOverLimit: 1,
      problems: ['tooManyDaysAtATime'],
    });
  });
  it('a new illness exactly 16 days after the last day of the previous one counts with it: 2 + 2 = 4 days, 1 over', () => {
    // 4–5 March (last day 5 March = 4 March + 2 − 1); 21 March is 16 days after 5 March
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [
        { from: '2024-03-04', days: 2 },
        { from: '2024-03-21', days: 2 },
      ],
    }).value;
    expect(r.periods.map((p) => [p.daysOverLimit, p.problems])).toEqual([
      [0, []],
      [1, ['tooManyDaysAtATime']],
    ]);
    expect(r.ownIllnessDaysOverLimit).toBe(1);
  });
  it('17 days after the last day it is a new illness: 2 and 2 days, both within the limits', () => {
    // 22 March is 17 days after 5 March (a last day taken as 6 or 7 March would make it a relapse)
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [
        { from: '2024-03-04', days: 2 },
        { from: '2024-03-22', days: 2 },
      ],
    }).value;
    expect(r.periods.map((p) => p.daysOverLimit)).toEqual([0, 0]);
    expect(r.withinLimits).toBe(true);
  });
  it('periods given out of order are checked (and reported) in date order', () => {
    // the same two periods as the 16-day case, given later-first: the later one is still the relapse
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [
        { from: '2024-05-01', days: 1 },
        { from: '2024-03-21', days: 2 },
        { from: '2024-03-04', days: 2 },
      ],
    }).value;
    expect(r.periods.map((p) => [p.from, p.daysOverLimit])).toEqual([
      ['2024-03-04', 0],
      ['2024-03-21', 1],
      ['2024-05-01', 0], // 1 May is 40 days after the last day 22 March (21 + 2 − 1; 9 + 30 + 1 = 40): a new illness
    ]);
  });
  it('two certificates from the same day are reported in the order given', () => {
    // 4 March 1 day and 4 March 2 days: 0 days apart → counted together, 1 + 2 = 3 days: within
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [
        { from: '2024-03-04', days: 1 },
        { from: '2024-03-04', days: 2 },
      ],
    }).value;
    expect(r.periods.map((p) => [p.from, p.days, p.daysOverLimit])).toEqual([
      ['2024-03-04', 1, 0],
      ['2024-03-04', 2, 0],
    ]);
  });
  it('the days over the limits are added up over all periods: 1 (too early) + 1 (4 days at a time) = 2', () => {
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [
        { from: '2024-02-25', days: 1 },
        { from: '2024-06-03', days: 4 },
      ],
    }).value;
    expect(r.periods.map((p) => p.daysOverLimit)).toEqual([1, 1]);
    expect(r.ownIllnessDaysOverLimit).toBe(2);
  });
});

describe('own illness: at most 4 certificates in 12 months', () => {
  // one-day certificates three months apart (never within 16 days of each other), programme since 2022
  const four = [
    { from: '2023-03-01', days: 1 },
    { from: '2023-06-01', days: 1 },
    { from: '2023-09-01', days: 1 },
    { from: '2023-12-01', days: 1 },
  ];
  it('a certificate exactly 12 months after the first no longer counts it: 1 Mar 2024 is the 4th in the window, within', () => {
    // window for 1 Mar 2024: after 1 Mar 2023 → 1 Jun, 1 Sep, 1 Dec 2023, 1 Mar 2024 = 4
    const r = checkSelfCertification({ programmeStart: '2022-01-03', ownIllness: [...four, { from: '2024-03-01', days: 1 }] }).value;
    expect(r.periods.map((p) => p.daysOverLimit)).toEqual([0, 0, 0, 0, 0]);
    expect(r.withinLimits).toBe(true);
  });
  it('one day earlier (29 Feb 2024, window after 28 Feb 2023) it is the fifth: its 1 day is over', () => {
    const r = checkSelfCertification({ programmeStart: '2022-01-03', ownIllness: [...four, { from: '2024-02-29', days: 1 }] }).value;
    expect(r.periods.map((p) => [p.daysOverLimit, p.problems])).toEqual([
      [0, []],
      [0, []],
      [0, []],
      [0, []],
      [1, ['tooManyTimesIn12Months']],
    ]);
  });
  it('only earlier certificates count: the first four of five are within the limits even though a fifth follows', () => {
    const r = checkSelfCertification({ programmeStart: '2022-01-03', ownIllness: [...four, { from: '2024-02-29', days: 1 }] }).value;
    expect(r.periods.slice(0, 4).every((p) => p.problems.length === 0)).toBe(true);
  });
});

describe('sick child: the yearly limit', () => {
  it.each([
    [2, false, 10],
    [3, false, 15],
    [2, true, 20],
    [3, true, 30],
  ] as const)(
    '%i children, sole carer %s: limit %i days; at the limit nothing is over, one day more is 1 over',
    (children, soleCarer, limit) => {
      const at = checkSelfCertification({ programmeStart: start, sickChild: { days: limit, children, soleCarer } }).value;
      expect(at.sickChildLimit).toBe(limit);
      expect(at.sickChildDaysOverLimit).toBe(0);
      expect(at.withinLimits).toBe(true);
      const over = checkSelfCertification({ programmeStart: start, sickChild: { days: limit + 1, children, soleCarer } }).value;
      expect(over.sickChildDaysOverLimit).toBe(1);
      expect(over.withinLimits).toBe(false);
    },
  );
  it('no sick-child days given: no limit, nothing over, and no sick-child line in the explanation', () => {
    const r = checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-03-01', days: 1 }] });
    expect(r.value.sickChildLimit).toBeUndefined();
    expect(r.value.sickChildDaysOverLimit).toBe(0);
    expect(explanationToJSON(r.explanation).steps.map((s) => s.rule)).toEqual(['stipend.self-certification.own-illness']);
  });
  it('own illness over the limits with the sick-child days within them is still not within the limits', () => {
    const r = checkSelfCertification({
      programmeStart: start,
      ownIllness: [{ from: '2024-03-01', days: 4 }],
      sickChild: { days: 10, children: 1 },
    }).value;
    expect(r.sickChildDaysOverLimit).toBe(0);
    expect(r.withinLimits).toBe(false);
  });
});

describe('self-certification: the explanation a case worker reads', () => {
  // 1 Feb 2024 is before 26 Feb: 2 of 2 days over; 2 April, 5 days: 5 − 3 = 2 over; 1 May, 3 days: within;
  // sick child 12 of 10 days (two children, not sole carer)
  const input = {
    programmeStart: start,
    ownIllness: [
      { from: '2024-02-01', days: 2 },
      { from: '2024-04-02', days: 5 },
      { from: '2024-06-03', days: 3 },
    ],
    sickChild: { days: 12, children: 2 },
  };
  it('in bokmål: one line per certificate, the sick-child days against the limit, and the limits used', () => {
    expect(plain(renderExplanation(checkSelfCertification(input).explanation, 'nb'))).toBe(
      [
        '1. Egenmelding fra 2024-02-01, 2 dager: 2 dager over grensene (før 8 uker i programmet) (integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær)',
        '2. Egenmelding fra 2024-04-02, 5 dager: 2 dager over grensene (mer enn 3 dager om gangen) (integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær)',
        '3. Egenmelding fra 2024-06-03, 3 dager: innenfor grensene (integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær)',
        '4. Sykt barn: 12 av 10 dager (integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær)',
        'Verdier brukt:',
        '- Grenser for egenmelding: 8 uker/weeks, 3 d, 4×/12 mnd, 16 d fra 2021-01-01 (integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær; offisiell kilde)',
      ].join('\n'),
    );
  });
  it('in English', () => {
    expect(plain(renderExplanation(checkSelfCertification(input).explanation, 'en'))).toBe(
      [
        '1. Self-certificate from 2024-02-01, 2 days: 2 days over the limits (before 8 weeks in the programme) (the Integration Regulation § 5; IMDi, leave, holiday and absence)',
        '2. Self-certificate from 2024-04-02, 5 days: 2 days over the limits (more than 3 days at a time) (the Integration Regulation § 5; IMDi, leave, holiday and absence)',
        '3. Self-certificate from 2024-06-03, 3 days: within the limits (the Integration Regulation § 5; IMDi, leave, holiday and absence)',
        '4. Sick child: 12 of 10 days (the Integration Regulation § 5; IMDi, leave, holiday and absence)',
        'Values used:',
        '- Self-certification limits: 8 uker/weeks, 3 d, 4×/12 mnd, 16 d from 2021-01-01 (the Integration Regulation § 5; IMDi, leave, holiday and absence; official source)',
      ].join('\n'),
    );
  });
  it('a programme started before 2021 cites the Introduction Act’s leave regulation FOR-2003-07-18-973 chapter 2, with the same limits', () => {
    // Start 2 September 2019: the own-illness certificate on 1 October 2019 is 29 days in, before 8 weeks.
    const r = checkSelfCertification({ programmeStart: '2019-09-02', ownIllness: [{ from: '2019-10-01', days: 2 }] });
    expect(r.value.ownIllnessDaysOverLimit).toBe(2);
    expect(plain(renderExplanation(r.explanation, 'nb'))).toContain(
      '16 d fra 2004-09-01 (forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven) kap. 2; IMDi, Permisjon, ferie og fravær; offisiell kilde)',
    );
    expect(r.explanation.steps[0]?.reference?.id).toBe('FOR-2003-07-18-973');
  });
  it('several problems are listed together, in words', () => {
    const [s] = explanationToJSON(
      checkSelfCertification({ programmeStart: start, ownIllness: [{ from: '2024-01-15', days: 4 }] }).explanation,
    ).steps;
    expect(s?.text.nb).toBe(
      'Egenmelding fra 2024-01-15, 4 dager: 4 dager over grensene (før 8 uker i programmet og mer enn 3 dager om gangen)',
    );
    expect(s?.text.en).toBe(
      'Self-certificate from 2024-01-15, 4 days: 4 days over the limits (before 8 weeks in the programme and more than 3 days at a time)',
    );
  });
  it('the steps carry stable rule ids', () => {
    expect(explanationToJSON(checkSelfCertification(input).explanation).steps.map((s) => s.rule)).toEqual([
      'stipend.self-certification.own-illness',
      'stipend.self-certification.own-illness',
      'stipend.self-certification.own-illness',
      'stipend.self-certification.sick-child',
    ]);
  });
  it('the value is the same with or without the explanation, and without it there are no steps', () => {
    const quiet = checkSelfCertification(input, { explain: false });
    expect(quiet.explanation.steps).toEqual([]);
    expect(quiet.value).toEqual(checkSelfCertification(input).value);
    expect(quiet.value.ownIllnessDaysOverLimit).toBe(4); // 2 + 2 + 0
    expect(quiet.value.sickChildDaysOverLimit).toBe(2); // 12 − 10
  });
});

describe('self-certification', () => {
  it('a new illness within 16 days counts with the previous one; a fifth certificate in 12 months is over the limit', () => {
    const r = checkSelfCertification({
      programmeStart: '2023-01-02',
      ownIllness: [
        { from: '2024-01-08', days: 2 },
        { from: '2024-01-15', days: 2 }, // 5 days after the last: runs to 4 days → 1 over
        { from: '2024-03-04', days: 1 },
        { from: '2024-05-06', days: 1 },
        { from: '2024-08-05', days: 1 }, // the fifth in 12 months → all over
      ],
      sickChild: { days: 16, children: 3 }, // limit 15 with more than two children → 1 over
    }).value;
    expect(r.periods.map((p) => p.daysOverLimit)).toEqual([0, 1, 0, 0, 1]);
    expect(r.sickChildDaysOverLimit).toBe(1);
    expect(r.withinLimits).toBe(false);
  });
});
