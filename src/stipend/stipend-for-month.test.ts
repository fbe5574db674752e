/**
 * The single-month rule (`stipendForMonth`), one file by subject.
 *
 * Hand-worked cases beyond the domain notes: partial months, the 25th birthday, moving, a G change in May
 * with back-pay, a capped deduction and the decision threshold inside a month. The rule at its edges: the
 * bounds on hours and days (each inclusive: exactly the month's hours or days is accepted, a quarter more is
 * refused, naming the field in both languages), the refusal of counts that are not non-negative with two
 * decimals, which lines count as the absence deduction, and the deduction amounts for leave, paid work,
 * benefits and overgangsstønad. Bad inputs are refused with the library's input error, naming the field.
 * Then the explanation of a month's payment as a case worker reads it, in Norwegian and English: the partial
 * month, the couples note, excused absence, each deduction line with its rule and the section of the Act
 * it rests on, a line cut to what was left, the excess, the benefits never deducted, and the payment.
 *
 * Figures (worked by hand): G from 1 May 2024 is 124 028 kr; 2 G = 248 056; the month is 248 056 / 12 =
 * 20 671.333… → 20 671.33; the daily rate is the month / 30 = 689.0444…; the hourly rate is
 * 248 056 / 1850 = 134.0843…. June 2024 has 30 days. Sections: Introduction Act § 8 (level), § 9
 * (divisors), § 10 with the leave regulation FOR-2003-07-18-973 (absence, leave), § 12 (offsets),
 * § 11 (own income), chapter 3 (set-off); Integration Act § 20
 * (level, divisors), § 21 (absence), § 22 (offsets), § 23 (own income), § 25 (set-off); Integration
 * Regulation §§ 11–16 (leave).
 */
import { describe, expect, it } from 'vitest';
import { InputError, explanationToJSON, renderExplanation, stipendForMonth, type StipendMonthInput } from '../index.js';
import { inputErrorOf } from '../../test/helpers/input-error.js';

const adult = { regime: 'integreringsloven', birthDate: '1980-01-15', programme: { start: '2020-01-01' } } as const;
/** An adult with no programme dates (each case gives its own). */
const adultPerson = { regime: 'integreringsloven', birthDate: '1980-01-15' } as const;
const pay = (input: Parameters<typeof stipendForMonth>[0]) => stipendForMonth(input).value.payment.toFixed(2);

const june: StipendMonthInput = {
  regime: 'integreringsloven',
  month: '2024-06',
  birthDate: '1980-01-15',
  programme: { start: '2024-01-01' },
};
// A programme starting 13 June 2024 has 18 days in June (13…30). By the divisors the month's hours are
// 1850 / 12 × 18 / 30 = 33 300 / 360 = 92.5, and its days 18.
const from13June: StipendMonthInput = { ...june, programme: { start: '2024-06-13' } };

const ok: StipendMonthInput = {
  regime: 'integreringsloven',
  month: '2024-06',
  birthDate: '1980-01-15',
  programme: { start: '2024-01-01' },
};

function pathsOf(input: unknown): string[] {
  try {
    stipendForMonth(input as StipendMonthInput);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => i.path.join('.'));
  }
  throw new Error('expected an input error');
}

type Result = ReturnType<typeof stipendForMonth>;

/** The rendered explanation with non-breaking spaces (thousands in nb) read as plain spaces. */
function rendered(r: Pick<Result, 'explanation'>, locale: 'nb' | 'en'): string {
  return renderExplanation(r.explanation, locale).replace(/[\u00a0\u202f]/gu, ' ');
}
function rules(r: Result): string[] {
  return explanationToJSON(r.explanation).steps.map((s) => s.rule);
}
function stepOf(r: Result, rule: string) {
  const s = explanationToJSON(r.explanation).steps.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule}`);
  return s;
}

const integration: StipendMonthInput = {
  regime: 'integreringsloven',
  month: '2024-06',
  birthDate: '1980-01-15',
  programme: { start: '2024-01-01' },
};
const introduction: StipendMonthInput = { ...integration, regime: 'introduksjonsloven' };
// 13–30 June 2024: 18 of 30 days
const programmeFrom13June = { programme: { start: '2024-06-13' } };

describe('partial months: calendar days in the programme × month / 30, at most the full month', () => {
  it('start 15 May 2024: 17 days (15–31) × 20 671.333… / 30 = 17 × 689.0444… = 11 713.755… → 11 713.76', () => {
    expect(pay({ ...adult, month: '2024-05', programme: { start: '2024-05-15' } })).toBe('11713.76');
  });
  it('start 2 May (31-day month): 30 days × 689.0444… = the full 20 671.33, never more', () => {
    expect(pay({ ...adult, month: '2024-05', programme: { start: '2024-05-02' } })).toBe('20671.33');
  });
  it('end 10 June 2024: 10 days × 689.0444… = 6 890.444… → 6 890.44', () => {
    expect(pay({ ...adult, month: '2024-06', programme: { start: '2024-01-01', end: '2024-06-10' } })).toBe('6890.44');
  });
  it('February 2024 in full is a full month (G 2023: 237 240 / 12 = 19 770.00), not 29/30 of it', () => {
    expect(pay({ ...adult, month: '2024-02', programme: { start: '2024-02-01' } })).toBe('19770.00');
  });
});

describe('partial months at their edges (calendar days × month / 30)', () => {
  it('a programme starting on the last day of the month has one day: 1 × (248 056 / 12) / 30 = 689.0444… → 689.04', () => {
    const r = stipendForMonth({ ...adultPerson, month: '2024-06', programme: { start: '2024-06-30' } }).value;
    expect(r.daysInProgramme).toBe(1);
    expect(r.payment.toFixed(2)).toBe('689.04');
  });
  it('an end before the start is refused at programme.end, in both languages', () => {
    const e = inputErrorOf(() =>
      stipendForMonth({ ...adultPerson, month: '2024-06', programme: { start: '2024-06-10', end: '2024-06-09' } }),
    );
    expect(e.issues[0]).toMatchObject({
      code: 'end_before_start',
      path: ['programme', 'end'],
      message: {
        nb: 'programmet slutter (2024-06-09) før det starter (2024-06-10)',
        en: 'the programme ends (2024-06-09) before it starts (2024-06-10)',
      },
    });
  });
  it('a month before the start is refused at month; with no end the period is open', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...adultPerson, month: '2024-05', programme: { start: '2024-06-01' } }));
    expect(e.issues[0]).toMatchObject({
      code: 'month_outside_programme',
      path: ['month'],
      message: {
        nb: 'måneden 2024-05 er utenfor programperioden 2024-06-01–',
        en: 'the month 2024-05 is outside the programme period 2024-06-01–',
      },
    });
  });
  it('a month after the end names the end', () => {
    const e = inputErrorOf(() =>
      stipendForMonth({ ...adultPerson, month: '2024-07', programme: { start: '2024-01-01', end: '2024-06-30' } }),
    );
    expect(e.issues[0]?.message.en).toBe('the month 2024-07 is outside the programme period 2024-01-01–2024-06-30');
  });
});

describe('a 25th birthday or a move on the 1st: the new situation holds on every day, so it pays that month', () => {
  // G from 1 May 2026 = 136 549 (the shipped table): 2 G = 273 098; full month 273 098 / 12 = 22 758.1666… → 22 758.17;
  // 2/3: 273 098 × 2 / 36 = 546 196 / 36 = 15 172.111… → 15 172.11; 1/3: 273 098 / 36 = 7 586.0555… → 7 586.06.
  const born1June = { birthDate: '2001-06-01', programme: { start: '2026-01-01' } } as const;
  it('born 2001-06-01, June 2026: 25 on each of June’s 30 days, not under 25: the full 2 G / 12 = 273 098 / 12 = 22 758.17 (before the fix: 2/3, 15 172.11)', () => {
    for (const regime of ['integreringsloven', 'introduksjonsloven'] as const) {
      const r = stipendForMonth({ ...born1June, regime, month: '2026-06' }).value;
      expect([r.fraction, r.payment.toFixed(2)]).toEqual(['1', '22758.17']);
    }
  });
  it('born 2001-06-01: May 2026 is still 2/3 (24 on every day of May): 546 196 / 36 = 15 172.11', () => {
    expect(pay({ ...born1June, regime: 'integreringsloven', month: '2026-05' })).toBe('15172.11');
  });
  it('the timing does not matter for a birthday on the 1st: sameMonth gives the same 22 758.17', () => {
    expect(pay({ ...born1June, regime: 'integreringsloven', month: '2026-06', fractionChangeTiming: 'sameMonth' })).toBe('22758.17');
  });
  it('born 2001-06-02: 24 on 1 June, so June is still 2/3 (15 172.11) by the monthAfter assumption; July full (22 758.17)', () => {
    const p = { regime: 'integreringsloven', birthDate: '2001-06-02', programme: { start: '2026-01-01' } } as const;
    expect(pay({ ...p, month: '2026-06' })).toBe('15172.11');
    expect(pay({ ...p, month: '2026-07' })).toBe('22758.17');
  });
  it('moved out of the parents’ home into their own on 1 June 2026, aged 22: June 2/3 (15 172.11), not 1/3 (7 586.06); May 1/3', () => {
    const p = { regime: 'integreringsloven', birthDate: '2004-01-15', programme: { start: '2026-01-01' } } as const;
    expect(pay({ ...p, month: '2026-05', livesWithParent: true })).toBe('7586.06'); // May: still at home (a later move date is refused)
    expect(pay({ ...p, month: '2026-06', livesWithParent: false, householdChangedOn: '2026-06-01' })).toBe('15172.11');
  });
  it('moved in with a parent on 1 June 2026, aged 22: living with a parent on every day of June: 1/3 (7 586.06); May 2/3', () => {
    const p = { regime: 'integreringsloven', birthDate: '2004-01-15', programme: { start: '2026-01-01' } } as const;
    expect(pay({ ...p, month: '2026-05', livesWithParent: false })).toBe('15172.11');
    expect(pay({ ...p, month: '2026-06', livesWithParent: true, householdChangedOn: '2026-06-01' })).toBe('7586.06');
  });
  it('the explanation says why, and the fraction step stays official (the timing assumption was not needed)', () => {
    const r = stipendForMonth({ ...born1June, regime: 'integreringsloven', month: '2026-06' });
    const fraction = explanationToJSON(r.explanation).steps.find((s) => s.rule === 'stipend.fraction');
    expect(fraction?.text).toEqual({
      nb: 'Brøk 1: full stønad (25 år eller eldre) (25-årsdag 2026-06-01: den 1. i måneden, så 25 år alle dager i måneden)',
      en: 'Fraction 1: the full stipend (aged 25 or over) (25th birthday 2026-06-01: on the 1st, so 25 on every day of the month)',
    });
    expect(fraction?.basis).toBe('official');
    expect(fraction?.used.map((u) => u.parameter)).toEqual(['stipendFractionsIntegrationAct']);
  });
});

describe('a birthday or a move on the 2nd or later: the month holds both situations, and the timing decides (assumption)', () => {
  it('the fraction step names the reading, lists the timing parameter and carries its basis, assumption', () => {
    const r = stipendForMonth({
      regime: 'integreringsloven',
      birthDate: '1999-05-20',
      programme: { start: '2024-01-01' },
      month: '2024-05',
    });
    const fraction = explanationToJSON(r.explanation).steps.find((s) => s.rule === 'stipend.fraction');
    expect(fraction?.text.en).toBe(
      'Fraction 2/3: the stipend for a participant under 25 (25th birthday 2024-05-20: the situation on the 1st pays the whole month, the new fraction from the month after)',
    );
    expect(fraction?.text.nb).toBe(
      'Brøk 2/3: stønad for deltaker under 25 år (25-årsdag 2024-05-20: situasjonen den 1. i måneden gjelder hele måneden, ny brøk fra måneden etter)',
    );
    expect(fraction?.basis).toBe('assumption');
    expect(fraction?.used.map((u) => `${u.parameter}=${u.value}`)).toEqual([
      'stipendFractionsIntegrationAct=2 G; <25: 2/3, <25 w/ parent: 1/3',
      'stipendFractionChange=monthAfter / monthAfter',
    ]);
  });
  it('with the caller’s sameMonth the text says so; the basis is still assumption, and no parameter is listed for it', () => {
    const r = stipendForMonth({
      regime: 'integreringsloven',
      birthDate: '2002-01-01',
      programme: { start: '2024-01-01' },
      month: '2024-05',
      livesWithParent: false,
      householdChangedOn: '2024-05-10',
      fractionChangeTiming: 'sameMonth',
    });
    const fraction = explanationToJSON(r.explanation).steps.find((s) => s.rule === 'stipend.fraction');
    expect(fraction?.text.en).toBe(
      'Fraction 2/3: the stipend for a participant under 25 (25th birthday 2027-01-01; moved 2024-05-10: the new fraction from this month)',
    );
    expect(fraction?.basis).toBe('assumption');
    expect(fraction?.used.map((u) => u.parameter)).toEqual(['stipendFractionsIntegrationAct']);
  });
});

describe('the 25th birthday and moving take effect from the month after (assumption, overridable)', () => {
  const young = { regime: 'integreringsloven', birthDate: '1999-05-20', programme: { start: '2024-01-01' } } as const;
  it('turns 25 on 20 May 2024: May still 2/3 × 248 056 / 12 = 13 780.89; June full 20 671.33', () => {
    expect(pay({ ...young, month: '2024-05' })).toBe('13780.89');
    expect(pay({ ...young, month: '2024-06' })).toBe('20671.33');
  });
  it('with sameMonth the full rate starts in May: 20 671.33', () => {
    expect(pay({ ...young, month: '2024-05', fractionChangeTiming: 'sameMonth' })).toBe('20671.33');
  });
  it('moved out of the parents’ home on 10 May 2024, aged 22: May still 1/3 (6 890.44), June 2/3 (13 780.89)', () => {
    const p = {
      regime: 'integreringsloven',
      birthDate: '2002-01-01',
      programme: { start: '2024-01-01' },
      livesWithParent: false,
      householdChangedOn: '2024-05-10',
    } as const;
    expect(pay({ ...p, month: '2024-05' })).toBe('6890.44');
    expect(pay({ ...p, month: '2024-06' })).toBe('13780.89');
  });
});

describe('G changes in May: back-pay', () => {
  it('May 2024 paid on 15 May used G 2023 (19 770.00); with G 2024 it is 20 671.33: back-pay 901.33', () => {
    const paid = stipendForMonth({ ...adult, month: '2024-05', asKnownOn: '2024-05-15' }).value.payment;
    const due = stipendForMonth({ ...adult, month: '2024-05' }).value.payment;
    expect(paid.toFixed(2)).toBe('19770.00');
    expect(due.minus(paid).toFixed(2)).toBe('901.33');
  });
});

describe('capping: the payment is never negative; the excess is reported', () => {
  it('sickness benefit 25 000 against 20 671.33: applied 20 671.33, excess 25 000 − 20 671.33 = 4 328.67, payment 0', () => {
    const r = stipendForMonth({ ...adult, month: '2024-06', unexcusedAbsence: { days: 1 }, benefits: { sicknessBenefit: '25000' } }).value;
    // absence 1 × 689.0444… = 689.04 first; then 25 000 is cut to 20 671.33 − 689.04 = 19 982.29
    expect(r.deductions.map((d) => [d.kind, d.computed.toFixed(2), d.applied.toFixed(2)])).toEqual([
      ['unexcusedAbsenceDays', '689.04', '689.04'],
      ['sicknessBenefit', '25000.00', '19982.29'],
    ]);
    expect(r.excess.toFixed(2)).toBe('5017.71'); // 25 000 − 19 982.29
    expect(r.payment.toFixed(2)).toBe('0.00');
    expect(
      renderExplanation(stipendForMonth({ ...adult, month: '2024-06', benefits: { sicknessBenefit: '25000' } }).explanation, 'en'),
    ).toContain("limited to what was left of the month's amount: NOK 20,671.33");
  });
  it('child benefit and cash-for-care are never deducted, and the result says so', () => {
    const r = stipendForMonth({ ...adult, month: '2024-06', benefits: { childBenefit: '1766', cashForCare: '7500' } });
    expect(r.value.payment.toFixed(2)).toBe('20671.33');
    expect(r.value.notDeducted).toEqual(['childBenefit', 'cashForCare']);
    expect(renderExplanation(r.explanation, 'nb')).toContain('Barnetrygd trekkes aldri');
  });
  it('paid work inside the programme: 20 h × 248 056 / 1850 = 2 681.686… → 2 681.69', () => {
    expect(pay({ ...adult, month: '2024-06', paidWorkHours: 20 })).toBe('17989.64'); // 20 671.33 − 2 681.69
  });
  it('leave without stipend: 5 days × 689.0444… = 3 445.222… → 3 445.22', () => {
    expect(pay({ ...adult, month: '2024-06', leaveWithoutStipend: { calendarDays: 5 } })).toBe('17226.11');
  });
  it('excused absence never reduces', () => {
    expect(pay({ ...adult, month: '2024-06', excusedAbsence: { days: 10, hours: 30 } })).toBe('20671.33');
  });
});

describe('leave without stipend: calendar days or the leave’s dates; working days only with the dates', () => {
  // June 2026, G 136 549: month 273 098 / 12 = 22 758.1666… → 22 758.17; daily rate 273 098 / 360 = 758.6055…
  const june2026 = { ...adult, month: '2026-06', programme: { start: '2026-01-01' } } as const;
  it('a whole month given as 21 working days is refused, not priced as 21/30 (which would still pay 30 %: 22 758.17 − 15 930.72 = 6 827.45)', () => {
    const e = (() => {
      try {
        stipendForMonth({ ...june2026, leaveWithoutStipend: { workingDays: 21 } });
      } catch (x) {
        return (x as InputError).issues[0];
      }
      return undefined;
    })();
    expect(e?.code).toBe('working_days_need_dates');
    expect(e?.path).toEqual(['leaveWithoutStipend', 'workingDays']);
    expect(e?.message.en).toContain('the daily rate is 1/30 of the month per calendar day');
    expect(e?.message.nb).toContain('dagsatsen er 1/30 av måneden per kalenderdag');
  });
  it('the same leave as its dates (1–30 June, 22 working days): every programme day is on leave, so nothing is paid', () => {
    const r = stipendForMonth({ ...june2026, leaveWithoutStipend: { from: '2026-06-01', to: '2026-06-30', workingDays: 22 } }).value;
    expect(r.deductions.map((d) => [d.kind, d.computed.toFixed(2), d.applied.toFixed(2)])).toEqual([
      ['leaveWithoutStipend', '22758.17', '22758.17'],
    ]);
    expect([r.payment.toFixed(2), r.excess.toFixed(2)]).toEqual(['0.00', '0.00']);
  });
  it('February 2026 on leave every day (28 calendar days): nothing paid (before: 28 × 723.111… = 20 247.11 taken, 1 446.22 paid)', () => {
    // G from 1 May 2025 = 130 160: month 260 320 / 12 = 21 693.33
    const feb = { ...adult, month: '2026-02', programme: { start: '2026-01-01' } } as const;
    expect(pay({ ...feb, leaveWithoutStipend: { calendarDays: 28 } })).toBe('0.00');
    expect(pay({ ...feb, leaveWithoutStipend: { from: '2026-02-01', to: '2026-02-28' } })).toBe('0.00');
    // 27 of 28 days: 27 × 21 693.333… / 30 = 19 524.00 → 2 169.33 paid (1 day not on leave, priced by the 1/30 rule)
    expect(pay({ ...feb, leaveWithoutStipend: { calendarDays: 27 } })).toBe('2169.33');
  });
  it('July 2026 on leave all 31 days: the whole month is taken and no excess is reported (before: 31/30 → excess 758.60)', () => {
    const r = stipendForMonth({
      ...adult,
      month: '2026-07',
      programme: { start: '2026-01-01' },
      leaveWithoutStipend: { calendarDays: 31 },
    }).value;
    expect([r.payment.toFixed(2), r.excess.toFixed(2)]).toEqual(['0.00', '0.00']);
  });
  it('dates across a month end count only the days in the month: 20 June – 10 July 2026', () => {
    const leave = { from: '2026-06-20', to: '2026-07-10' };
    // June: 20–30 = 11 days × 758.6055… = 8 344.661… → 8 344.66; 22 758.17 − 8 344.66 = 14 413.51
    expect(pay({ ...june2026, leaveWithoutStipend: leave })).toBe('14413.51');
    // July: 1–10 = 10 days × 758.6055… = 7 586.055… → 7 586.06; 22 758.17 − 7 586.06 = 15 172.11
    expect(pay({ ...june2026, month: '2026-07', leaveWithoutStipend: leave })).toBe('15172.11');
  });
  it('dates count only the days inside the programme: start 15 June, leave 10–20 June = 6 days (15–20)', () => {
    // 16 programme days: 16 × 758.6055… = 12 137.69; leave 6 × 758.6055… = 4 551.63; paid 7 586.06
    expect(pay({ ...june2026, programme: { start: '2026-06-15' }, leaveWithoutStipend: { from: '2026-06-10', to: '2026-06-20' } })).toBe(
      '7586.06',
    );
  });
  it('refuses leave dates with no day in the month’s programme, days and dates together, a reversed range and more working days than calendar days', () => {
    const issue = (leaveWithoutStipend: unknown) => {
      try {
        stipendForMonth({ ...june2026, leaveWithoutStipend } as Parameters<typeof stipendForMonth>[0]);
      } catch (x) {
        const i = (x as InputError).issues[0];
        return `${i?.code}@${i?.path.join('.')}`;
      }
      return 'accepted';
    };
    expect(issue({ from: '2026-07-01', to: '2026-07-10' })).toBe('leave_outside_month@leaveWithoutStipend');
    expect(issue({ calendarDays: 3, from: '2026-06-01', to: '2026-06-03' })).toBe('mixed_leave@leaveWithoutStipend');
    expect(issue({ from: '2026-06-10', to: '2026-06-01' })).toBe('range_reversed@leaveWithoutStipend.to');
    expect(issue({ from: '2026-06-10' })).toBe('required@leaveWithoutStipend.to');
    expect(issue({ from: '2026-06-01', to: '2026-06-07', workingDays: 8 })).toBe('exceeds_range@leaveWithoutStipend.workingDays'); // 7 calendar days
    expect(issue({})).toBe('required@leaveWithoutStipend');
    expect(issue({ days: 5 })).toBe('unrecognized_keys@leaveWithoutStipend');
  });
  it('the old unit-less field is refused by name, so no caller gets a silent zero', () => {
    expect(() => stipendForMonth({ ...june2026, leaveWithoutStipendDays: 5 } as unknown as Parameters<typeof stipendForMonth>[0])).toThrow(
      /leaveWithoutStipendDays/u,
    );
  });
});

describe('the decision threshold inside a month (full rate June 2024: half 10 335.665, G/12 10 335.666…)', () => {
  it('15 unexcused days × 689.0444… = 10 335.666… → 10 335.67: decision required', () => {
    const r = stipendForMonth({ ...adult, month: '2024-06', unexcusedAbsence: { days: 15 } });
    expect(r.value.absenceDeduction.toFixed(2)).toBe('10335.67');
    expect(r.value.individualDecisionRequired).toBe(true);
    expect(explanationToJSON(r.explanation).steps.at(-1)?.text.en).toContain('an individual decision is required');
  });
  it('under the Introduction Act the step cites that Act’s own source (§ 21 second paragraph (e), via IMDi), not the Integration Act', () => {
    const r = stipendForMonth({ ...adult, regime: 'introduksjonsloven', month: '2024-06', unexcusedAbsence: { days: 15 } });
    const s = explanationToJSON(r.explanation).steps.find((x) => x.rule === 'stipend.decision-threshold');
    expect(r.value.individualDecisionRequired).toBe(true); // the same 10 335.67 as above
    expect(s?.reference?.citation.en).toBe('the Introduction Act § 21 second paragraph (e); IMDi, the discretion of the administration');
    expect(s?.used.map((u) => u.parameter)).toEqual(['stipendDecisionThresholdIntroductionAct', 'grunnbelop']);
    expect(s?.basis).toBe('official');
  });
  it('14 days → 9 646.62: no decision', () => {
    expect(stipendForMonth({ ...adult, month: '2024-06', unexcusedAbsence: { days: 14 } }).value.individualDecisionRequired).toBe(false);
  });
});

describe('hours bounds: the month’s programme hours (scheduledHours) are a ceiling, reaching it is allowed', () => {
  it('unexcused absence of exactly the 120 scheduled hours is accepted; 120.5 is refused at unexcusedAbsence.hours', () => {
    // 120 × 134.084324… = 16 090.118… → 16 090.12; 20 671.33 − 16 090.12 = 4 581.21
    expect(stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 120 } }).value.payment.toFixed(2)).toBe('4581.21');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 120.5 } }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'hours'],
      message: {
        nb: '120,5 timer er mer enn månedens programtimer (120)',
        en: "120.5 hours is more than the month's programme hours (120)",
      },
    });
  });
  it('excused absence of exactly 120 scheduled hours is accepted and deducts nothing; 120.25 is refused at excusedAbsence.hours', () => {
    expect(stipendForMonth({ ...june, scheduledHours: 120, excusedAbsence: { hours: 120 } }).value.payment.toFixed(2)).toBe('20671.33');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, excusedAbsence: { hours: 120.25 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['excusedAbsence', 'hours'],
      message: {
        nb: '120,25 timer er mer enn månedens programtimer (120)',
        en: "120.25 hours is more than the month's programme hours (120)",
      },
    });
  });
  it('paid work and unexcused absence together: 100 + 20 = 120 is accepted; 100.5 + 20 = 120.5 is refused at paidWorkHours with the sum', () => {
    // both are hours × hourly rate: 120 × 134.084324… = 16 090.12 in all → 4 581.21 left; each line
    // rounds alone: 20 × 134.0843… = 2 681.69, 100 × 134.0843… = 13 408.43; 2 681.69 + 13 408.43 = 16 090.12
    expect(
      stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 20 }, paidWorkHours: 100 }).value.payment.toFixed(2),
    ).toBe('4581.21');
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, unexcusedAbsence: { hours: 20 }, paidWorkHours: 100.5 }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['paidWorkHours'],
      message: {
        nb: '120,5 timer (arbeid og fravær) er mer enn månedens programtimer (120)',
        en: "120.5 hours (work and absence) is more than the month's programme hours (120)",
      },
    });
  });
  it('paid work alone counts against the hours too: 120.5 work hours with no absence is refused at paidWorkHours', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, scheduledHours: 120, paidWorkHours: 120.5 }));
    expect(e.issues[0]?.path).toEqual(['paidWorkHours']);
    expect(e.issues[0]?.message.en).toBe("120.5 hours (work and absence) is more than the month's programme hours (120)");
  });
  it('without scheduledHours the limit is the divisor’s hours for the days in the programme: 92.5 accepted, 92.75 refused', () => {
    // 92.5 × 248 056 / 1850 = 248 056 / 20 = 12 402.80 = the gross 18 × 689.0444… = 12 402.80 → payment 0
    expect(stipendForMonth({ ...from13June, unexcusedAbsence: { hours: 92.5 } }).value.payment.toFixed(2)).toBe('0.00');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, unexcusedAbsence: { hours: 92.75 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'hours'],
      message: {
        nb: '92,75 timer er mer enn månedens timer etter delingstallet (92,5)',
        en: "92.75 hours is more than the month's hours by the divisor (92.5)",
      },
    });
  });
});

describe('days bounds: the days in the programme this month are a ceiling, reaching it is allowed', () => {
  it('18 days of unexcused absence in an 18-day month take the whole gross; 18.5 is refused at unexcusedAbsence.days', () => {
    // 18 × 689.0444… = 12 402.80 = gross → payment 0
    expect(stipendForMonth({ ...from13June, unexcusedAbsence: { days: 18 } }).value.payment.toFixed(2)).toBe('0.00');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, unexcusedAbsence: { days: 18.5 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['unexcusedAbsence', 'days'],
      message: {
        nb: '18,5 dager er mer enn dagene i programmet denne måneden (18)',
        en: '18.5 days is more than the days in the programme this month (18)',
      },
    });
  });
  it('18 days of excused absence are accepted and deduct nothing; 19 are refused at excusedAbsence.days', () => {
    expect(stipendForMonth({ ...from13June, excusedAbsence: { days: 18 } }).value.payment.toFixed(2)).toBe('12402.80');
    const e = inputErrorOf(() => stipendForMonth({ ...from13June, excusedAbsence: { days: 19 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['excusedAbsence', 'days'],
      message: {
        nb: '19 dager er mer enn dagene i programmet denne måneden (18)',
        en: '19 days is more than the days in the programme this month (18)',
      },
    });
  });
  it('leave and unexcused days together: 10 + 8 = 18 accepted; 10.5 + 8 = 18.5 refused at leaveWithoutStipend.calendarDays with the sum', () => {
    // 8 × 689.0444… = 5 512.355… → 5 512.36; 10 × 689.0444… = 6 890.444… → 6 890.44; 12 402.80 − 5 512.36 − 6 890.44 = 0.00
    expect(
      stipendForMonth({ ...from13June, unexcusedAbsence: { days: 8 }, leaveWithoutStipend: { calendarDays: 10 } }).value.payment.toFixed(2),
    ).toBe('0.00');
    const e = inputErrorOf(() =>
      stipendForMonth({ ...from13June, unexcusedAbsence: { days: 8 }, leaveWithoutStipend: { calendarDays: 10.5 } }),
    );
    expect(e.issues[0]).toMatchObject({
      code: 'exceeds_month',
      path: ['leaveWithoutStipend', 'calendarDays'],
      message: {
        nb: '18,5 dager (permisjon og fravær) er mer enn dagene i programmet denne måneden (18)',
        en: '18.5 days (leave and absence) is more than the days in the programme this month (18)',
      },
    });
  });
});

describe('hours and days must be non-negative counts with at most two decimals', () => {
  it('a negative count is refused as negative_quantity, in both languages', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, paidWorkHours: -1 }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      code: 'negative_quantity',
      path: ['paidWorkHours'],
      message: {
        nb: '-1 er ikke et ikke-negativt antall med høyst to desimaler',
        en: '-1 is not a non-negative count with at most two decimals',
      },
    });
  });
  it('three decimals are refused as invalid_quantity (not rounded)', () => {
    const e = inputErrorOf(() => stipendForMonth({ ...june, leaveWithoutStipend: { calendarDays: 0.125 } }));
    expect(e.issues[0]).toMatchObject({
      code: 'invalid_quantity',
      path: ['leaveWithoutStipend', 'calendarDays'],
      message: {
        nb: '0.125 er ikke et ikke-negativt antall med høyst to desimaler',
        en: '0.125 is not a non-negative count with at most two decimals',
      },
    });
  });
});

describe('the absence deduction (tested against the decision threshold) is unexcused absence only', () => {
  it('hours 3 and days 1.5 count; leave, benefits, overgangsstønad and paid work do not', () => {
    // absence: 3 × 134.084324… = 402.2529… → 402.25; 1.5 × 689.0444… = 1 033.5666… → 1 033.57; sum 1 435.82
    const r = stipendForMonth({
      ...june,
      unexcusedAbsence: { hours: 3, days: 1.5 },
      leaveWithoutStipend: { calendarDays: 2 },
      benefits: { sicknessBenefit: '1000' },
      transitionalBenefitPerYear: '200000',
      paidWorkHours: 10,
    }).value;
    expect(r.absenceDeduction.toFixed(2)).toBe('1435.82');
    expect(r.deductions.map((d) => [d.kind, d.applied.toFixed(2)])).toEqual([
      ['unexcusedAbsenceHours', '402.25'],
      ['unexcusedAbsenceDays', '1033.57'],
      ['leaveWithoutStipend', '1378.09'], // 2 × 689.0444… = 1 378.0888… → 1 378.09
      ['sicknessBenefit', '1000.00'],
      ['transitionalBenefit', '4599.53'], // 0.4 × (200 000 − 124 028 / 2) = 0.4 × 137 986 = 55 194.40; / 12 = 4 599.533… → 4 599.53
      ['paidWorkInProgramme', '1340.84'], // 10 × 134.084324… = 1 340.843… → 1 340.84
    ]);
    // 402.25 + 1 033.57 + 1 378.09 + 1 000 + 4 599.53 + 1 340.84 = 9 754.28; 20 671.33 − 9 754.28 = 10 917.05
    expect(r.payment.toFixed(2)).toBe('10917.05');
  });
  it('days alone count, and no absence at all gives 0 with other deductions present', () => {
    // 2 × 689.0444… = 1 378.09
    expect(stipendForMonth({ ...june, unexcusedAbsence: { days: 2 }, paidWorkHours: 5 }).value.absenceDeduction.toFixed(2)).toBe('1378.09');
    expect(stipendForMonth({ ...june, leaveWithoutStipend: { calendarDays: 2 }, paidWorkHours: 5 }).value.absenceDeduction.toFixed(2)).toBe(
      '0.00',
    );
  });
});

describe('other benefits: which are listed as never deducted', () => {
  it('only the never-deducted benefits given are listed: child benefit alone, cash-for-care alone, neither', () => {
    expect(stipendForMonth({ ...june, benefits: { childBenefit: '1766' } }).value.notDeducted).toEqual(['childBenefit']);
    expect(stipendForMonth({ ...june, benefits: { cashForCare: '7500' } }).value.notDeducted).toEqual(['cashForCare']);
    expect(stipendForMonth({ ...june, benefits: { sicknessBenefit: '1000' } }).value.notDeducted).toEqual([]);
    // and neither changes the payment: 20 671.33
    expect(stipendForMonth({ ...june, benefits: { childBenefit: '1766', cashForCare: '7500' } }).value.payment.toFixed(2)).toBe('20671.33');
  });
});

describe('overgangsstønad: G is the one known on asKnownOn', () => {
  it('the same in a month: May 2024 known on 15 May deducts 4 689.67', () => {
    const r = stipendForMonth({ ...june, month: '2024-05', asKnownOn: '2024-05-15', transitionalBenefitPerYear: '200000' }).value;
    expect(r.deductions[0]?.applied.toFixed(2)).toBe('4689.67');
  });
  it('in a partial month the month’s share is taken: 18 of 30 days → 55 194.40 / 12 × 18 / 30 = 2 759.72', () => {
    // 55 194.40 × 18 / 360 = 2 759.72 exactly
    expect(stipendForMonth({ ...from13June, transitionalBenefitPerYear: '200000' }).value.deductions[0]?.applied.toFixed(2)).toBe(
      '2759.72',
    );
  });
});

describe('bad inputs name the field', () => {
  it('absence hours above the month’s programme hours (scheduled, or 1850 / 12 = 154.17 by the divisor)', () => {
    expect(pathsOf({ ...ok, unexcusedAbsence: { hours: 155 } })).toEqual(['unexcusedAbsence.hours']);
    expect(pathsOf({ ...ok, scheduledHours: 100, unexcusedAbsence: { hours: 100.5 } })).toEqual(['unexcusedAbsence.hours']);
    expect(stipendForMonth({ ...ok, unexcusedAbsence: { hours: 154 } }).value.payment.toFixed(2)).toBe('22.34'); // 154 × 248 056 / 1850 = 38 200 624 / 1850 = 20 648.985… → 20 648.99; 20 671.33 − 20 648.99
  });
  it('more days than the days in the programme', () => {
    expect(pathsOf({ ...ok, programme: { start: '2024-06-21' }, unexcusedAbsence: { days: 11 } })).toEqual(['unexcusedAbsence.days']);
    expect(pathsOf({ ...ok, unexcusedAbsence: { days: 20 }, leaveWithoutStipend: { calendarDays: 11 } })).toEqual([
      'leaveWithoutStipend.calendarDays',
    ]);
  });
  it('a month outside the programme', () => {
    expect(pathsOf({ ...ok, programme: { start: '2024-07-01' } })).toEqual(['month']);
    expect(pathsOf({ ...ok, programme: { start: '2023-01-01', end: '2024-05-31' } })).toEqual(['month']);
    expect(pathsOf({ ...ok, programme: { start: '2024-01-01', end: '2023-05-31' } })).toEqual(['programme.end']);
  });
  it('negative amounts and counts', () => {
    expect(pathsOf({ ...ok, benefits: { sicknessBenefit: '-5' } })).toEqual(['benefits.sicknessBenefit']);
    expect(pathsOf({ ...ok, transitionalBenefitPerYear: -1 })).toEqual(['transitionalBenefitPerYear']);
    expect(pathsOf({ ...ok, unexcusedAbsence: { hours: -1 } })).toEqual(['unexcusedAbsence.hours']);
  });
  it('a birth date after the month', () => {
    expect(pathsOf({ ...ok, birthDate: '2024-07-01' })).toEqual(['birthDate']);
  });
  it('an unknown regime', () => {
    expect(pathsOf({ ...ok, regime: 'introduction-act' })).toEqual(['regime']);
  });
  it('a money value as a float with more than two decimals', () => {
    expect(pathsOf({ ...ok, benefits: { unemploymentBenefit: 100.125 } })).toEqual(['benefits.unemploymentBenefit']);
    expect(pathsOf({ ...ok, benefits: { unemploymentBenefit: 0.1 + 0.2 } })).toEqual(['benefits.unemploymentBenefit']);
  });
  it('an unknown field (a typo must not pass)', () => {
    expect(pathsOf({ ...ok, unexcusedAbsense: { hours: 1 } })).toEqual(['']);
  });
});

describe('a partial month says how many days were paid and at what daily rate', () => {
  it('Integration Act, from 13 June 2024: 18 × 689.0444… = 248 056 × 18 / 360 = 12 402.80, under § 20 by practice', () => {
    const r = stipendForMonth({ ...integration, ...programmeFrom13June });
    expect(rendered(r, 'nb')).toContain(
      'Delvis måned: 18 av 30 dager i programmet; 18 dager × dagsats 689,0444 kr (høyst en hel måned): 12 402,80 kr (integreringsloven § 20; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Partial month: 18 of 30 days in the programme; 18 days × daily rate NOK 689.0444 (at most a full month): NOK 12,402.80 (the Integration Act § 20; practice)',
    );
    expect(stepOf(r, 'stipend.partial-month').basis).toBe('practice');
  });
  it('Introduction Act: the same figures under § 9', () => {
    expect(rendered(stipendForMonth({ ...introduction, ...programmeFrom13June }), 'en')).toContain(
      'Partial month: 18 of 30 days in the programme; 18 days × daily rate NOK 689.0444 (at most a full month): NOK 12,402.80 (the Introduction Act § 9; practice)',
    );
  });
  it('a full month has no partial-month step', () => {
    expect(rules(stipendForMonth(integration))).not.toContain('stipend.partial-month');
  });
});

describe('couples: the Introduction Act has no 5/6 rule, and the explanation says so', () => {
  it('Introduction Act, a childless couple both participating: a note citing § 8', () => {
    const r = stipendForMonth({ ...introduction, childlessCoupleBothParticipating: true });
    expect(rendered(r, 'nb')).toContain(
      'Introduksjonsloven har ingen regel om 5/6 stønad for par; full brøk brukes (introduksjonsloven § 8)',
    );
    expect(rendered(r, 'en')).toContain(
      'The Introduction Act has no 5/6 rule for couples; the fraction is not reduced (the Introduction Act § 8)',
    );
    expect(stepOf(r, 'stipend.note.couple').basis).toBe('official');
  });
  it('no note for a single participant under the Introduction Act, nor for a couple under the Integration Act (which has the rule)', () => {
    expect(rules(stipendForMonth(introduction))).not.toContain('stipend.note.couple');
    expect(rules(stipendForMonth({ ...integration, childlessCoupleBothParticipating: true }))).not.toContain('stipend.note.couple');
  });
});

describe('excused absence is shown and not deducted', () => {
  it('hours and days together, joined by "og" / "and", citing the absence section', () => {
    const r = stipendForMonth({ ...integration, excusedAbsence: { hours: 7.5, days: 2 } });
    expect(rendered(r, 'nb')).toContain('Gyldig fravær (7,5 timer og 2 dager) gir ikke trekk (integreringsloven § 21)');
    expect(rendered(r, 'en')).toContain('Excused absence (7.5 hours and 2 days) is not deducted (the Integration Act § 21)');
    expect(stepOf(r, 'stipend.excused-absence').basis).toBe('official');
    expect(r.value.payment.toFixed(2)).toBe('20671.33');
  });
  it('hours alone', () => {
    const r = stipendForMonth({ ...introduction, excusedAbsence: { hours: 3.25 } });
    expect(rendered(r, 'nb')).toContain(
      'Gyldig fravær (3,25 timer) gir ikke trekk (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))',
    );
    expect(rendered(r, 'en')).toContain(
      'Excused absence (3.25 hours) is not deducted (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))',
    );
  });
  it('days alone', () => {
    const r = stipendForMonth({ ...integration, excusedAbsence: { days: 4 } });
    expect(rendered(r, 'nb')).toContain('Gyldig fravær (4 dager) gir ikke trekk (integreringsloven § 21)');
    expect(rendered(r, 'en')).toContain('Excused absence (4 days) is not deducted (the Integration Act § 21)');
  });
  it('part days are written with a decimal comma in nb and a point in en', () => {
    const r = stipendForMonth({ ...integration, excusedAbsence: { days: 2.5 } });
    expect(rendered(r, 'nb')).toContain('Gyldig fravær (2,5 dager) gir ikke trekk (integreringsloven § 21)');
    expect(rendered(r, 'en')).toContain('Excused absence (2.5 days) is not deducted (the Integration Act § 21)');
  });
  it('an empty excused absence gives no step', () => {
    expect(rules(stipendForMonth({ ...integration, excusedAbsence: {} }))).not.toContain('stipend.excused-absence');
  });
});

describe('unexcused absence: hours × hourly rate and days × daily rate, then the payment and the decision threshold', () => {
  it('Introduction Act, 7.5 hours and 2 days', () => {
    // 7.5 × 134.0843… = 1 005.632… → 1 005.63; 2 × 689.0444… = 1 378.088… → 1 378.09; total 2 383.72;
    // 20 671.33 − 2 383.72 = 18 287.61
    const r = stipendForMonth({ ...introduction, unexcusedAbsence: { hours: 7.5, days: 2 } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain(
      'Trekk for ugyldig fravær i timer: 7,5 timer × timesats 134,0843 kr: 1 005,63 kr (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))',
    );
    expect(en).toContain(
      'Deduction for unexcused absence in hours: 7.5 hours × hourly rate NOK 134.0843: NOK 1,005.63 (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))',
    );
    expect(nb).toContain(
      'Trekk for ugyldig fravær i dager: 2 dager × dagsats 689,0444 kr: 1 378,09 kr (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))',
    );
    expect(en).toContain(
      'Deduction for unexcused absence in days: 2 days × daily rate NOK 689.0444: NOK 1,378.09 (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))',
    );
    expect(nb).toContain('Utbetaling: 20 671,33 kr − trekk 2 383,72 kr: 18 287,61 kr');
    expect(stepOf(r, 'stipend.payment').amount).toBe('18287.61');
    expect(en).toContain('Payment: NOK 20,671.33 − deductions NOK 2,383.72: NOK 18,287.61');
    // Under the Introduction Act the rule (§ 10) and every value it multiplies (G, 2 G, the divisors of § 9) are
    // official, so the lines are official; each names the divisors it used.
    for (const rule of ['stipend.unexcused-absence.hours', 'stipend.unexcused-absence.days']) {
      expect(stepOf(r, rule).basis).toBe('official');
      expect(stepOf(r, rule).used.map((u) => `${u.parameter}=${u.value}`)).toEqual(['stipendDivisorsIntroductionAct=1/12, 1/30, 1/1850']);
    }
    expect(stepOf(r, 'stipend.unexcused-absence.days').amount).toBe('1378.09');
    // an absence deduction is tested against the threshold: 2 383.72 is under 1/12 G (10 335.67)
    expect(rules(r)).toContain('stipend.decision-threshold');
  });
  it('Integration Act, 1.5 days: 1.5 × 689.0444… = 1 033.566… → 1 033.57 under § 21, practice (the 1/30 divisor is known from practice)', () => {
    const r = stipendForMonth({ ...integration, unexcusedAbsence: { days: 1.5 } });
    expect(rendered(r, 'nb')).toContain(
      'Trekk for ugyldig fravær i dager: 1,5 dager × dagsats 689,0444 kr: 1 033,57 kr (integreringsloven § 21; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Deduction for unexcused absence in days: 1.5 days × daily rate NOK 689.0444: NOK 1,033.57 (the Integration Act § 21; practice)',
    );
    expect(stepOf(r, 'stipend.unexcused-absence.days').basis).toBe('practice');
  });
  it('Integration Act, 7.5 hours: the official rule × the hourly rate by the 1/1850 divisor, basis practice (was labelled official)', () => {
    const r = stipendForMonth({ ...integration, unexcusedAbsence: { hours: 7.5 } });
    const s = stepOf(r, 'stipend.unexcused-absence.hours');
    expect(s.basis).toBe('practice');
    expect(s.used.map((u) => `${u.parameter}=${u.value}:${u.basis}`)).toEqual([
      'stipendDivisorsIntegrationAct=1/12, 1/30, 1/1850:practice',
    ]);
    // The decision-threshold step compares amounts priced by the same divisors: practice too.
    expect(stepOf(r, 'stipend.decision-threshold').basis).toBe('practice');
  });
  it('no absence deduction: no decision-threshold step, and the payment line shows zero deductions', () => {
    const r = stipendForMonth({ ...integration, paidWorkHours: 1 });
    expect(rules(r)).not.toContain('stipend.decision-threshold');
    // 1 × 134.0843… = 134.08; 20 671.33 − 134.08 = 20 537.25
    expect(rendered(r, 'en')).toContain('Payment: NOK 20,671.33 − deductions NOK 134.08: NOK 20,537.25');
  });
});

describe('leave without stipend: days × daily rate', () => {
  it('Integration Act: 2.5 days × 689.0444… = 1 722.611… → 1 722.61, under the Integration Regulation §§ 11–16', () => {
    const r = stipendForMonth({ ...integration, leaveWithoutStipend: { calendarDays: 2.5 } });
    expect(r.value.deductions.map((d) => [d.kind, d.applied.toFixed(2)])).toEqual([['leaveWithoutStipend', '1722.61']]);
    expect(rendered(r, 'nb')).toContain(
      'Permisjon uten stønad: 2,5 kalenderdager × dagsats 689,0444 kr: 1 722,61 kr (integreringsforskriften §§ 11–16; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Leave without stipend: 2.5 calendar days × daily rate NOK 689.0444: NOK 1,722.61 (the Integration Regulation §§ 11–16; practice)',
    );
    // the daily rate rests on the Integration Act divisors (practice): the line is practice, not official
    expect(stepOf(r, 'stipend.leave-without-stipend')).toMatchObject({ basis: 'practice', amount: '1722.61' });
  });
  it('Introduction Act: the same under the leave regulation FOR-2003-07-18-973 (given under § 10)', () => {
    const r = stipendForMonth({ ...introduction, leaveWithoutStipend: { calendarDays: 2.5 } });
    expect(rendered(r, 'nb')).toContain(
      'Permisjon uten stønad: 2,5 kalenderdager × dagsats 689,0444 kr: 1 722,61 kr (forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven); introduksjonsloven § 10)',
    );
    expect(rendered(r, 'en')).toContain(
      'Leave without stipend: 2.5 calendar days × daily rate NOK 689.0444: NOK 1,722.61 (the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act); the Introduction Act § 10)',
    );
    expect(stepOf(r, 'stipend.leave-without-stipend').basis).toBe('official');
  });
});

describe('leave without stipend given as dates, and on every programme day', () => {
  // June 2026, G 136 549: month 273 098 / 12 = 22 758.1666…; daily rate 273 098 / 360 = 758.6055…
  const june2026: StipendMonthInput = {
    regime: 'integreringsloven',
    month: '2026-06',
    birthDate: '1980-01-15',
    programme: { start: '2026-01-01' },
  };
  it('dates with the working days counted: the line names the dates, the working days given and the calendar days priced', () => {
    // 10–19 June 2026: 10 calendar days (8 working days, Monday–Friday); 10 × 758.6055… = 7 586.055… → 7 586.06
    const r = stipendForMonth({ ...june2026, leaveWithoutStipend: { from: '2026-06-10', to: '2026-06-19', workingDays: 8 } });
    expect(rendered(r, 'nb')).toContain(
      'Permisjon uten stønad: 2026-06-10–2026-06-19 (8 virkedager oppgitt): 10 kalenderdager × dagsats 758,6056 kr: 7 586,06 kr (integreringsforskriften §§ 11–16; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Leave without stipend: 2026-06-10–2026-06-19 (8 working days given): 10 calendar days × daily rate NOK 758.6056: NOK 7,586.06 (the Integration Regulation §§ 11–16; practice)',
    );
  });
  it('leave on every programme day: the line says the whole month’s amount was taken', () => {
    const r = stipendForMonth({ ...june2026, leaveWithoutStipend: { from: '2026-06-01', to: '2026-06-30' } });
    expect(rendered(r, 'nb')).toContain(
      'Permisjon uten stønad: 2026-06-01–2026-06-30: permisjon alle 30 dagene i programmet denne måneden: hele månedens beløp: 22 758,17 kr',
    );
    expect(rendered(r, 'en')).toContain(
      "Leave without stipend: 2026-06-01–2026-06-30: leave on all 30 days in the programme this month: the whole month's amount: NOK 22,758.17",
    );
  });
});

describe('paid work inside the programme: hours × hourly rate', () => {
  it('Integration Act § 23 (an official rule × the hourly rate by the practice divisor 1/1850: practice): 10 × 134.0843… = 1 340.843… → 1 340.84', () => {
    const r = stipendForMonth({ ...integration, paidWorkHours: 10 });
    expect(r.value.deductions.map((d) => d.kind)).toEqual(['paidWorkInProgramme']);
    expect(rendered(r, 'nb')).toContain(
      'Lønnet arbeid i programmet: 10 timer × timesats 134,0843 kr: 1 340,84 kr (integreringsloven § 23; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Paid work inside the programme: 10 hours × hourly rate NOK 134.0843: NOK 1,340.84 (the Integration Act § 23; practice)',
    );
    expect(stepOf(r, 'stipend.own-income').basis).toBe('practice');
    expect(stepOf(r, 'stipend.own-income').used.map((u) => u.parameter)).toEqual(['stipendDivisorsIntegrationAct']);
  });
  it('Introduction Act: practice under § 11 (own income); 7.25 × 134.0843… = 972.111… → 972.11', () => {
    const r = stipendForMonth({ ...introduction, paidWorkHours: 7.25 });
    expect(rendered(r, 'nb')).toContain(
      'Lønnet arbeid i programmet: 7,25 timer × timesats 134,0843 kr: 972,11 kr (introduksjonsloven § 11; praksis)',
    );
    expect(rendered(r, 'en')).toContain(
      'Paid work inside the programme: 7.25 hours × hourly rate NOK 134.0843: NOK 972.11 (the Introduction Act § 11; practice)',
    );
    expect(stepOf(r, 'stipend.own-income').basis).toBe('practice');
  });
});

describe('other public benefits: krone for krone, and a line cut to what was left', () => {
  it('each benefit is its own line with its own rule, by assumption under § 22', () => {
    const r = stipendForMonth({ ...integration, benefits: { sicknessBenefit: '1000', workAssessmentAllowance: '2500.50' } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain(
      'Samordning med annen offentlig ytelse samme måned: sykepenger 1 000,00 kr, krone for krone: 1 000,00 kr (integreringsloven § 22; antagelse)',
    );
    expect(nb).toContain(
      'Samordning med annen offentlig ytelse samme måned: arbeidsavklaringspenger 2 500,50 kr, krone for krone: 2 500,50 kr (integreringsloven § 22; antagelse)',
    );
    expect(en).toContain(
      'Offset against another public benefit for the same month: sickness benefit NOK 1,000.00, krone for krone: NOK 1,000.00 (the Integration Act § 22; assumption)',
    );
    expect(en).toContain(
      'Offset against another public benefit for the same month: work assessment allowance NOK 2,500.50, krone for krone: NOK 2,500.50 (the Integration Act § 22; assumption)',
    );
    expect(rules(r)).toEqual(
      expect.arrayContaining(['stipend.benefit-offset.sicknessBenefit', 'stipend.benefit-offset.workAssessmentAllowance']),
    );
    // nothing was cut: no excess step; 20 671.33 − 1 000 − 2 500.50 = 17 170.83
    expect(rules(r)).not.toContain('stipend.excess');
    expect(en).toContain('Payment: NOK 20,671.33 − deductions NOK 3,500.50: NOK 17,170.83');
  });
  it('Integration Act: disability benefit 25 000 > 20 671.33 is cut to 20 671.33; the 4 328.67 left over is the excess (§ 25)', () => {
    const r = stipendForMonth({ ...integration, benefits: { disabilityBenefit: '25000' } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain(
      'Samordning med annen offentlig ytelse samme måned: uføretrygd 25 000,00 kr, krone for krone = 25 000,00 kr, begrenset til det som var igjen av månedens beløp: 20 671,33 kr (integreringsloven § 22; antagelse)',
    );
    expect(en).toContain(
      "Offset against another public benefit for the same month: disability benefit NOK 25,000.00, krone for krone = NOK 25,000.00, limited to what was left of the month's amount: NOK 20,671.33 (the Integration Act § 22; assumption)",
    );
    // 25 000 − 20 671.33 = 4 328.67
    expect(nb).toContain('Trekk som ikke fikk plass i månedens beløp (kan motregnes senere): 4 328,67 kr (integreringsloven § 25)');
    expect(en).toContain(
      "Deductions that did not fit in the month's amount (may be set off later): NOK 4,328.67 (the Integration Act § 25)",
    );
    expect(stepOf(r, 'stipend.excess')).toMatchObject({ basis: 'official', amount: '4328.67' });
    expect(nb).toContain('Utbetaling: 20 671,33 kr − trekk 20 671,33 kr: 0,00 kr');
  });
  it('Introduction Act, partial month: 25 000 cut to the gross 12 402.80; excess 12 597.20 under chapter 3 (the section on set-off was not verified)', () => {
    const r = stipendForMonth({ ...introduction, ...programmeFrom13June, benefits: { disabilityBenefit: '25000' } });
    const en = rendered(r, 'en');
    expect(en).toContain(
      "disability benefit NOK 25,000.00, krone for krone = NOK 25,000.00, limited to what was left of the month's amount: NOK 12,402.80 (the Introduction Act § 12; assumption)",
    );
    expect(en).toContain(
      "Deductions that did not fit in the month's amount (may be set off later): NOK 12,597.20 (the Introduction Act kap. 3)",
    );
  });
  it('child benefit and cash-for-care get a note that they are never deducted, capitalised', () => {
    const r = stipendForMonth({ ...integration, benefits: { childBenefit: '1766', cashForCare: '7500' } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain('Barnetrygd trekkes aldri fra introduksjonsstønaden (integreringsloven § 22)');
    expect(nb).toContain('Kontantstøtte trekkes aldri fra introduksjonsstønaden (integreringsloven § 22)');
    expect(en).toContain('Child benefit is never deducted from the stipend (the Integration Act § 22)');
    expect(en).toContain('Cash-for-care benefit is never deducted from the stipend (the Integration Act § 22)');
    expect(stepOf(r, 'stipend.not-deducted.cashForCare').basis).toBe('official');
  });
});

describe('overgangsstønad: 40 % of the yearly benefit above ½ G, a twelfth a month, times the share of a partial month', () => {
  it('a full month shows no share: 0.4 × (200 000 − 62 014) = 55 194.40 a year; / 12 = 4 599.533… → 4 599.53', () => {
    const r = stipendForMonth({ ...integration, transitionalBenefitPerYear: '200000' });
    expect(rendered(r, 'nb')).toContain(
      'Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12: 4 599,53 kr (integreringsloven § 22; antagelse)',
    );
    expect(rendered(r, 'en')).toContain(
      'Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12: NOK 4,599.53 (the Integration Act § 22; assumption)',
    );
    expect(r.value.deductions.map((d) => d.kind)).toEqual(['transitionalBenefit']);
    // The line uses the rule (assumption under § 22), G for the ½ G threshold and the month divisor 1/12.
    expect(stepOf(r, 'stipend.transitional-benefit').used.map((u) => [u.parameter, u.value])).toEqual([
      ['transitionalBenefitRuleIntegrationAct', '2/5 × (OS − 1/2 G)'],
      ['grunnbelop', '124028'],
      ['stipendDivisorsIntegrationAct', '1/12, 1/30, 1/1850'],
    ]);
  });
  it('a partial month shows the share: 18 / 30 = 3/5; 55 194.40 / 12 × 3/5 = 2 759.72', () => {
    const r = stipendForMonth({ ...integration, ...programmeFrom13June, transitionalBenefitPerYear: '200000' });
    expect(rendered(r, 'nb')).toContain(
      'Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12 × 3/5: 2 759,72 kr (integreringsloven § 22; antagelse)',
    );
    expect(rendered(r, 'en')).toContain(
      'Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12 × 3/5: NOK 2,759.72 (the Integration Act § 22; assumption)',
    );
  });
});

describe('the rates cite the level section of the Act', () => {
  it('Integration Act § 20; Introduction Act § 8', () => {
    expect(rendered(stipendForMonth(integration), 'nb')).toContain('Årlig stønad: 2 × 124028 × 1: 248 056,00 kr (integreringsloven § 20)');
    expect(rendered(stipendForMonth(introduction), 'en')).toContain(
      'Yearly stipend: 2 × 124028 × 1: NOK 248,056.00 (the Introduction Act § 8)',
    );
  });
});

describe('no explanation when not asked for', () => {
  it('explain: false gives no steps, with or without deductions', () => {
    expect(stipendForMonth({ ...integration, unexcusedAbsence: { hours: 2 } }, { explain: false }).explanation.steps).toEqual([]);
    expect(stipendForMonth(integration, { explain: false }).explanation.steps).toEqual([]);
  });
});
