/**
 * Hand-worked cases beyond the domain notes: partial months, the 25th birthday, moving, a G change in May
 * with back-pay, a capped deduction, the decision threshold inside a month, and the projection.
 */
import { describe, expect, it } from 'vitest';
import { checkSelfCertification, explanationToJSON, renderExplanation, stipendForMonth, stipendProjection, type InputError } from '../../src/index.js';

const adult = { regime: 'integreringsloven', birthDate: '1980-01-15', programme: { start: '2020-01-01' } } as const;
const pay = (input: Parameters<typeof stipendForMonth>[0]) => stipendForMonth(input).value.payment.toFixed(2);

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
    const r = stipendForMonth({ regime: 'integreringsloven', birthDate: '1999-05-20', programme: { start: '2024-01-01' }, month: '2024-05' });
    const fraction = explanationToJSON(r.explanation).steps.find((s) => s.rule === 'stipend.fraction');
    expect(fraction?.text.en).toBe('Fraction 2/3: the stipend for a participant under 25 (25th birthday 2024-05-20: the situation on the 1st pays the whole month, the new fraction from the month after)');
    expect(fraction?.text.nb).toBe('Brøk 2/3: stønad for deltaker under 25 år (25-årsdag 2024-05-20: situasjonen den 1. i måneden gjelder hele måneden, ny brøk fra måneden etter)');
    expect(fraction?.basis).toBe('assumption');
    expect(fraction?.used.map((u) => `${u.parameter}=${u.value}`)).toEqual(['stipendFractionsIntegrationAct=2 G; <25: 2/3, <25 w/ parent: 1/3', 'stipendFractionChange=monthAfter / monthAfter']);
  });
  it('with the caller’s sameMonth the text says so; the basis is still assumption, and no parameter is listed for it', () => {
    const r = stipendForMonth({ regime: 'integreringsloven', birthDate: '2002-01-01', programme: { start: '2024-01-01' }, month: '2024-05', livesWithParent: false, householdChangedOn: '2024-05-10', fractionChangeTiming: 'sameMonth' });
    const fraction = explanationToJSON(r.explanation).steps.find((s) => s.rule === 'stipend.fraction');
    expect(fraction?.text.en).toBe('Fraction 2/3: the stipend for a participant under 25 (25th birthday 2027-01-01; moved 2024-05-10: the new fraction from this month)');
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
    const p = { regime: 'integreringsloven', birthDate: '2002-01-01', programme: { start: '2024-01-01' }, livesWithParent: false, householdChangedOn: '2024-05-10' } as const;
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
    expect(renderExplanation(stipendForMonth({ ...adult, month: '2024-06', benefits: { sicknessBenefit: '25000' } }).explanation, 'en')).toContain("limited to what was left of the month's amount: NOK 20,671.33");
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
    expect(r.deductions.map((d) => [d.kind, d.computed.toFixed(2), d.applied.toFixed(2)])).toEqual([['leaveWithoutStipend', '22758.17', '22758.17']]);
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
    const r = stipendForMonth({ ...adult, month: '2026-07', programme: { start: '2026-01-01' }, leaveWithoutStipend: { calendarDays: 31 } }).value;
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
    expect(pay({ ...june2026, programme: { start: '2026-06-15' }, leaveWithoutStipend: { from: '2026-06-10', to: '2026-06-20' } })).toBe('7586.06');
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
    expect(() => stipendForMonth({ ...june2026, leaveWithoutStipendDays: 5 } as unknown as Parameters<typeof stipendForMonth>[0])).toThrow(/leaveWithoutStipendDays/u);
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

describe('the period projection', () => {
  it('lists every month with leave, and the total is their sum', () => {
    // Sept 2024 – Feb 2025, age 24 → 25 on 10 Dec 2024 (full from Jan), leave 3 days in Oct.
    const p = stipendProjection({ regime: 'integreringsloven', birthDate: '1999-12-10', programme: { start: '2024-09-01', end: '2025-02-28' }, leaveWithoutStipend: [{ month: '2024-10', calendarDays: 3 }] }).value;
    // 2/3 month = 13 780.89; Oct leave 3 × 13 780.888… / 30 = 1 378.09 → 12 402.80; full 20 671.33 from Jan
    expect(p.months.map((m) => m.payment.toFixed(2))).toEqual(['13780.89', '12402.80', '13780.89', '13780.89', '20671.33', '20671.33']);
    expect(p.total.toFixed(2)).toBe('95088.13');
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
