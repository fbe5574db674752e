import { describe, expect, it } from 'vitest';
import {
  InputError,
  NoParameterValueError,
  programmeStartDeadline,
  renderExplanation,
  type ProgrammeStartDeadlineInput,
} from '../index.js';

// "Within three months after" day D ends on the day with D's number three months later, or on the last day
// of a shorter month (the library's month-end rule, as the Courts of Justice Act § 148 counts months). It is
// not a three-month period starting on D, which would end the day before.
const deadline = (over: Partial<ProgrammeStartDeadlineInput> & Pick<ProgrammeStartDeadlineInput, 'settlementDate'>) =>
  programmeStartDeadline({ regime: 'integreringsloven', ...over });

describe('start deadline, Integration Act § 12 second paragraph (LOV-2025-06-20-35, in force 2025-06-20): decide on and start within three months', () => {
  it('settled 2026-01-15: 2026-01-15 + 3 months = 2026-04-15', () => {
    expect(deadline({ settlementDate: '2026-01-15' }).value).toEqual({
      deadline: '2026-04-15',
      countedFrom: 'settlement',
      fromDate: '2026-01-15',
      months: 3,
      duty: 'decideAndStart',
    });
  });
  it('month end: settled 2026-01-31 or 2026-01-30 → 2026-04-30 (April has no 31st); 2026-11-30 → 2027-02-28; 2027-11-30 → 2028-02-29 (leap year)', () => {
    expect(deadline({ settlementDate: '2026-01-31' }).value.deadline).toBe('2026-04-30');
    expect(deadline({ settlementDate: '2026-01-30' }).value.deadline).toBe('2026-04-30');
    expect(deadline({ settlementDate: '2026-11-30' }).value.deadline).toBe('2027-02-28');
    expect(deadline({ settlementDate: '2027-11-30' }).value.deadline).toBe('2028-02-29');
  });
  it('a start on the deadline day meets it; the day after is 1 day late', () => {
    expect(deadline({ settlementDate: '2026-01-31', startDate: '2026-04-30' }).value).toMatchObject({ met: true });
    expect(deadline({ settlementDate: '2026-01-31', startDate: '2026-05-01' }).value).toMatchObject({ met: false, daysLate: 1 });
  });
  it('settled 2026-01-15, started 2026-06-01: from 2026-04-15, 15 days to 30 April + 31 in May + 1 = 47 days late', () => {
    expect(deadline({ settlementDate: '2026-01-15', startDate: '2026-06-01' }).value).toMatchObject({
      deadline: '2026-04-15',
      met: false,
      daysLate: 47,
    });
  });
  it('after a request for a programme: counted from the request (settled 2025-09-01, asked 2026-02-10 → 2026-05-10)', () => {
    expect(deadline({ settlementDate: '2025-09-01', requestDate: '2026-02-10' }).value).toMatchObject({
      deadline: '2026-05-10',
      countedFrom: 'request',
      fromDate: '2026-02-10',
    });
  });
  it('a request before settlement does not move the deadline, and the explanation says so', () => {
    const r = deadline({ settlementDate: '2026-03-01', requestDate: '2026-02-01' });
    expect(r.value).toMatchObject({ deadline: '2026-06-01', countedFrom: 'settlement', fromDate: '2026-03-01' });
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'the request of 2026-02-01 came before settlement, so the deadline runs from settlement',
    );
  });
  it('explains the duty, the day count and § 12 second paragraph, in both languages', () => {
    const r = deadline({ settlementDate: '2026-01-31', startDate: '2026-05-04' });
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain(
      'Bosatt 2026-01-31: kommunen skal treffe vedtak om og sørge for oppstart av programmet så snart som mulig og senest innen 3 måneder etter bosettingen, altså senest 2026-04-30',
    );
    expect(nb).toContain('(integreringsloven § 12 andre ledd (lov 20. juni 2025 nr. 35))');
    expect(nb).toContain('Programmet startet 2026-05-04: 4 dager etter fristen 2026-04-30');
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      'Settled on 2026-01-31: the municipality must decide on and start the programme as soon as possible and at the latest within 3 months after settlement, that is by 2026-04-30',
    );
    expect(en).toContain('(Integration Act § 12 second paragraph (Act of 20 June 2025 no. 35))');
    expect(en).toContain('The programme started on 2026-05-04: 4 days after the deadline 2026-04-30');
  });
});

describe('start deadline before 2025-06-20 (Integration Act 2021, § 12 as IMDi states it) and under chapter 6A', () => {
  it('settled 2025-06-19: the programme must start by 2025-09-19 (IMDi, official); settled 2025-06-20: decide and start (statute)', () => {
    const before = deadline({ settlementDate: '2025-06-19' });
    expect(before.value).toMatchObject({ deadline: '2025-09-19', duty: 'start' });
    expect(renderExplanation(before.explanation, 'en')).toContain(
      'IMDi, target group of the programme under the Integration Act; official source',
    );
    expect(deadline({ settlementDate: '2025-06-20' }).value).toMatchObject({ deadline: '2025-09-20', duty: 'decideAndStart' });
  });
  it('chapter 6A has no deadline of its own: the ordinary one, said in the explanation', () => {
    const r = programmeStartDeadline({ regime: 'integreringsloven-6A', settlementDate: '2025-10-31' });
    expect(r.value.deadline).toBe('2026-01-31');
    expect(renderExplanation(r.explanation, 'nb')).toContain('kapittel 6A har ingen egen frist, så den alminnelige gjelder');
  });
  it('no rule before the Integration Act took effect: a typed error, not a guess', () => {
    expect(() => deadline({ settlementDate: '2020-12-31' })).toThrow(NoParameterValueError);
  });
});

describe('start deadline, Introduction Act § 3 second paragraph: offered within three months (IMDi)', () => {
  const intro = (over: Partial<ProgrammeStartDeadlineInput>) =>
    programmeStartDeadline({ regime: 'introduksjonsloven', settlementDate: '2019-11-30', ...over });
  it('settled 2019-11-30: 2020-02-30 does not exist, 2020 is a leap year, so the offer is due by 2020-02-29', () => {
    expect(intro({}).value).toEqual({
      deadline: '2020-02-29',
      countedFrom: 'settlement',
      fromDate: '2019-11-30',
      months: 3,
      duty: 'offer',
    });
  });
  it('offered 2020-03-01: 1 day late; a start by the deadline proves the offer was in time', () => {
    expect(intro({ offerDate: '2020-03-01' }).value).toMatchObject({ met: false, daysLate: 1 });
    expect(intro({ startDate: '2020-02-20' }).value).toMatchObject({ met: true });
  });
  it('a late start alone does not show a late offer: no verdict, and the explanation asks for the offer date', () => {
    const r = intro({ startDate: '2020-03-15' });
    expect(r.value.met).toBeUndefined();
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'the Introduction Act requires the programme to be offered by the deadline, so give the date of the offer (offerDate)',
    );
    expect(renderExplanation(r.explanation, 'nb')).toContain('(introduksjonsloven § 3 andre ledd)');
  });
  it('under the Integration Act an offer date alone does not show the start: no verdict', () => {
    const r = deadline({ settlementDate: '2026-01-15', offerDate: '2026-02-01' });
    expect(r.value.met).toBeUndefined();
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'the Integration Act requires the start by the deadline 2026-04-15, so give the start date (startDate)',
    );
  });
});

describe('start deadline: bad input', () => {
  it('refuses a start before settlement, naming the field, in both languages', () => {
    try {
      deadline({ settlementDate: '2026-01-15', startDate: '2026-01-14' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ code: 'before_settlement', path: ['startDate'] });
      expect((e as InputError).issues[0]?.message.nb).toContain('kan ikke være før bosettingsdatoen 2026-01-15');
    }
  });
  it('refuses unknown fields and malformed dates', () => {
    expect(() =>
      programmeStartDeadline({
        regime: 'integreringsloven',
        settlementDate: '2026-01-15',
        start: '2026-02-01',
      } as unknown as ProgrammeStartDeadlineInput),
    ).toThrow(InputError);
    expect(() => deadline({ settlementDate: '2026-02-30' })).toThrow(/settlementDate/);
  });
  it('asked not to explain: the same value, no steps', () => {
    const r = programmeStartDeadline(
      { regime: 'integreringsloven', settlementDate: '2026-01-15', startDate: '2026-04-15' },
      { explain: false },
    );
    expect(r.value).toMatchObject({ deadline: '2026-04-15', met: true });
    expect(r.explanation.steps).toEqual([]);
  });
});
