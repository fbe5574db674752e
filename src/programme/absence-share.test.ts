import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, Rational, absenceShare, addDaysToDate, renderExplanation, type AbsenceShareInput } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

// Unexcused absence / working days (Mon–Fri) of programme time from the start through the date, beside the
// 10 % reference IMDi uses when a stop is weighed. 2024-01-01 is a Monday.
const issuesOf = (input: AbsenceShareInput): InputError['issues'] => inputErrorOf(() => absenceShare(input)).issues;

describe('absence share beside the 10 % reference', () => {
  it('4 days out of 30 working days (2024-01-01 Mon … 2024-02-09 Fri) = 13.33 %, above the reference', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 4 });
    expect(r.value.programmeWorkingDays).toBe(30);
    expect(r.value.share.toString()).toBe('2/15');
    expect(r.value.percent.toString()).toBe('13.33');
    expect(r.value.aboveReference).toBe(true);
    expect(renderExplanation(r.explanation, 'en')).toContain('not a decision');
  });
  it('exactly 10 % is not above the reference: 3 / 30', () => {
    expect(absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 3 }).value).toMatchObject({
      aboveReference: false,
    });
  });
  it('working days that were not programme time are left out: 2.5 / (30 − 5) = 10 %', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: '2.5', notProgrammeWorkingDays: 5 }).value;
    expect(r.share.toString()).toBe('1/10');
    expect(r.percent.toString()).toBe('10');
  });
  it('refuses impossible input, naming the field', () => {
    const path = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).issues[0]?.path.join('.');
      }
      return undefined;
    };
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2023-12-31', unexcusedAbsenceDays: 0 }))).toBe('date');
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: 6 }))).toBe('unexcusedAbsenceDays');
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: '1.234' }))).toBe(
      'unexcusedAbsenceDays',
    );
    expect(path(() => absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: -1 }))).toBe(
      'unexcusedAbsenceDays',
    );
    expect(path(() => absenceShare({ startDate: '2024-01-06', date: '2024-01-07', unexcusedAbsenceDays: 0 }))).toBe(
      'notProgrammeWorkingDays',
    );
  });
  it('the share is always between 0 and 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100 }), (length, absencePct) => {
        const date = addDaysToDate('2024-01-01', length);
        const r = absenceShare({ startDate: '2024-01-01', date, unexcusedAbsenceDays: 0 }).value;
        const days = Math.floor((r.programmeWorkingDays * absencePct) / 100);
        const s = absenceShare({ startDate: '2024-01-01', date, unexcusedAbsenceDays: days }).value.share;
        expect(s.compare(Rational.ZERO)).toBeGreaterThanOrEqual(0);
        expect(s.compare(Rational.ONE)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('absence share edges: the limits of the input', () => {
  it('the date may be the start date itself: Monday 2024-01-01 alone is 1 working day; 1 day absent = 100 %', () => {
    expect(absenceShare({ startDate: '2024-01-01', date: '2024-01-01', unexcusedAbsenceDays: 1 }).value).toMatchObject({
      programmeWorkingDays: 1,
      aboveReference: true,
    });
    expect(absenceShare({ startDate: '2024-01-01', date: '2024-01-01', unexcusedAbsenceDays: 1 }).value.percent.toString()).toBe('100');
  });
  it('refuses a date the day before the start, in both languages', () => {
    expect(issuesOf({ startDate: '2024-01-01', date: '2023-12-31', unexcusedAbsenceDays: 0 })).toEqual([
      { code: 'before_start', path: ['date'], message: { nb: 'er før startdatoen 2024-01-01', en: 'is before the start date 2024-01-01' } },
    ]);
  });
  it('all 5 working days of 2024-01-01 … 2024-01-05 not programme time: no programme time, refused in both languages', () => {
    // 5 − 5 = 0 working days.
    expect(issuesOf({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: 0, notProgrammeWorkingDays: 5 })).toEqual([
      {
        code: 'no_programme_time',
        path: ['notProgrammeWorkingDays'],
        message: { nb: 'det er ingen programtid hittil å regne andelen av', en: 'there is no programme time so far to take the share of' },
      },
    ]);
    // 5 − 4 = 1 working day is enough: 0 / 1 = 0 %.
    expect(
      absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: 0, notProgrammeWorkingDays: 4 }).value
        .programmeWorkingDays,
    ).toBe(1);
  });
  it('absence equal to the programme time is allowed (5 of 5 = 100 %); 5.01 of 5 is refused in both languages', () => {
    expect(absenceShare({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: 5 }).value.percent.toString()).toBe('100');
    expect(issuesOf({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: '5.01' })).toEqual([
      {
        code: 'exceeds_programme_time',
        path: ['unexcusedAbsenceDays'],
        message: { nb: 'er mer enn programtiden hittil (5 virkedager)', en: 'exceeds the programme time so far (5 working days)' },
      },
    ]);
  });
  it('refuses absence with three decimals, in both languages', () => {
    expect(issuesOf({ startDate: '2024-01-01', date: '2024-01-05', unexcusedAbsenceDays: '1.234' })).toEqual([
      {
        code: 'invalid_days',
        path: ['unexcusedAbsenceDays'],
        message: {
          nb: 'må være et ikke-negativt antall dager med høyst to desimaler',
          en: 'must be a non-negative number of days with at most two decimals',
        },
      },
    ]);
  });
});

describe('absence share edges: the explanation a case worker reads', () => {
  it('above the reference: 4 of 30 working days = 13.33 %, beside 10 %, in bokmål and English', () => {
    // 2024-01-01 … 2024-02-09: 6 weeks × 5 = 30 working days; 4 / 30 = 0.13333… → 13.33 %; reference 1/10 = 10.00 %.
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 4 });
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['programme.absence-share']);
    const nb = renderExplanation(r.explanation, 'nb');
    expect(nb).toContain(
      '1. Ugyldig fravær 4,00 dager av 30 virkedager innvilget programtid hittil = 13,33 %; referansen er 10,00 % (over). Tallet er et vurderingsmoment, ikke et vedtak (IMDi, stans av introduksjonsprogrammet)',
    );
    expect(nb).toContain('- Referanse for ugyldig fravær (andel av innvilget programtid): 1/10 fra 2003-09-01');
    const en = renderExplanation(r.explanation, 'en');
    expect(en).toContain(
      '1. Unexcused absence of 4.00 days out of 30 working days of programme time so far = 13.33 %; the reference is 10.00 % (above). The figure is a factor to weigh, not a decision (IMDi, stopping the introduction programme)',
    );
    expect(en).toContain('- Reference for unexcused absence (share of granted time): 1/10 from 2003-09-01');
  });
  it('exactly at the reference: 3 of 30 = 10.00 %, not above', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 3 });
    expect(renderExplanation(r.explanation, 'nb')).toContain(
      'Ugyldig fravær 3,00 dager av 30 virkedager innvilget programtid hittil = 10,00 %; referansen er 10,00 % (ikke over).',
    );
    expect(renderExplanation(r.explanation, 'en')).toContain(
      'Unexcused absence of 3.00 days out of 30 working days of programme time so far = 10.00 %; the reference is 10.00 % (not above).',
    );
  });
  it('asked not to explain: the same figures with no steps', () => {
    const r = absenceShare({ startDate: '2024-01-01', date: '2024-02-09', unexcusedAbsenceDays: 3 }, { explain: false });
    expect(r.value.programmeWorkingDays).toBe(30);
    expect(r.value.share.toString()).toBe('1/10');
    expect(r.value.aboveReference).toBe(false);
    expect(r.explanation.steps).toEqual([]);
  });
});
