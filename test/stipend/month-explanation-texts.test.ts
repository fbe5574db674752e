/**
 * The explanation of a month's payment as a case worker reads it, in Norwegian and English: the partial
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
import { explanationToJSON, renderExplanation, stipendForMonth, transitionalBenefitReduction, type StipendMonthInput } from '../../src/index.js';

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

const integration: StipendMonthInput = { regime: 'integreringsloven', month: '2024-06', birthDate: '1980-01-15', programme: { start: '2024-01-01' } };
const introduction: StipendMonthInput = { ...integration, regime: 'introduksjonsloven' };
// 13–30 June 2024: 18 of 30 days
const from13June = { programme: { start: '2024-06-13' } };

describe('a partial month says how many days were paid and at what daily rate', () => {
  it('Integration Act, from 13 June 2024: 18 × 689.0444… = 248 056 × 18 / 360 = 12 402.80, under § 20 by practice', () => {
    const r = stipendForMonth({ ...integration, ...from13June });
    expect(rendered(r, 'nb')).toContain('Delvis måned: 18 av 30 dager i programmet; 18 dager × dagsats 689,0444 kr (høyst en hel måned): 12 402,80 kr (integreringsloven § 20; praksis)');
    expect(rendered(r, 'en')).toContain('Partial month: 18 of 30 days in the programme; 18 days × daily rate NOK 689.0444 (at most a full month): NOK 12,402.80 (the Integration Act § 20; practice)');
    expect(stepOf(r, 'stipend.partial-month').basis).toBe('practice');
  });
  it('Introduction Act: the same figures under § 9', () => {
    expect(rendered(stipendForMonth({ ...introduction, ...from13June }), 'en')).toContain('Partial month: 18 of 30 days in the programme; 18 days × daily rate NOK 689.0444 (at most a full month): NOK 12,402.80 (the Introduction Act § 9; practice)');
  });
  it('a full month has no partial-month step', () => {
    expect(rules(stipendForMonth(integration))).not.toContain('stipend.partial-month');
  });
});

describe('couples: the Introduction Act has no 5/6 rule, and the explanation says so', () => {
  it('Introduction Act, a childless couple both participating: a note citing § 8', () => {
    const r = stipendForMonth({ ...introduction, childlessCoupleBothParticipating: true });
    expect(rendered(r, 'nb')).toContain('Introduksjonsloven har ingen regel om 5/6 stønad for par; full brøk brukes (introduksjonsloven § 8)');
    expect(rendered(r, 'en')).toContain('The Introduction Act has no 5/6 rule for couples; the fraction is not reduced (the Introduction Act § 8)');
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
    expect(rendered(r, 'nb')).toContain('Gyldig fravær (3,25 timer) gir ikke trekk (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))');
    expect(rendered(r, 'en')).toContain('Excused absence (3.25 hours) is not deducted (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))');
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
    expect(nb).toContain('Trekk for ugyldig fravær i timer: 7,5 timer × timesats 134,0843 kr: 1 005,63 kr (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))');
    expect(en).toContain('Deduction for unexcused absence in hours: 7.5 hours × hourly rate NOK 134.0843: NOK 1,005.63 (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))');
    expect(nb).toContain('Trekk for ugyldig fravær i dager: 2 dager × dagsats 689,0444 kr: 1 378,09 kr (introduksjonsloven § 10; forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven))');
    expect(en).toContain('Deduction for unexcused absence in days: 2 days × daily rate NOK 689.0444: NOK 1,378.09 (the Introduction Act § 10; the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act))');
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
    expect(rendered(r, 'nb')).toContain('Trekk for ugyldig fravær i dager: 1,5 dager × dagsats 689,0444 kr: 1 033,57 kr (integreringsloven § 21; praksis)');
    expect(rendered(r, 'en')).toContain('Deduction for unexcused absence in days: 1.5 days × daily rate NOK 689.0444: NOK 1,033.57 (the Integration Act § 21; practice)');
    expect(stepOf(r, 'stipend.unexcused-absence.days').basis).toBe('practice');
  });
  it('Integration Act, 7.5 hours: the official rule × the hourly rate by the 1/1850 divisor, basis practice (was labelled official)', () => {
    const r = stipendForMonth({ ...integration, unexcusedAbsence: { hours: 7.5 } });
    const s = stepOf(r, 'stipend.unexcused-absence.hours');
    expect(s.basis).toBe('practice');
    expect(s.used.map((u) => `${u.parameter}=${u.value}:${u.basis}`)).toEqual(['stipendDivisorsIntegrationAct=1/12, 1/30, 1/1850:practice']);
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
    expect(rendered(r, 'nb')).toContain('Permisjon uten stønad: 2,5 kalenderdager × dagsats 689,0444 kr: 1 722,61 kr (integreringsforskriften §§ 11–16; praksis)');
    expect(rendered(r, 'en')).toContain('Leave without stipend: 2.5 calendar days × daily rate NOK 689.0444: NOK 1,722.61 (the Integration Regulation §§ 11–16; practice)');
    // the daily rate rests on the Integration Act divisors (practice): the line is practice, not official
    expect(stepOf(r, 'stipend.leave-without-stipend')).toMatchObject({ basis: 'practice', amount: '1722.61' });
  });
  it('Introduction Act: the same under the leave regulation FOR-2003-07-18-973 (given under § 10)', () => {
    const r = stipendForMonth({ ...introduction, leaveWithoutStipend: { calendarDays: 2.5 } });
    expect(rendered(r, 'nb')).toContain('Permisjon uten stønad: 2,5 kalenderdager × dagsats 689,0444 kr: 1 722,61 kr (forskrift 18. juli 2003 nr. 973 om fravær og permisjon (introduksjonsloven); introduksjonsloven § 10)');
    expect(rendered(r, 'en')).toContain('Leave without stipend: 2.5 calendar days × daily rate NOK 689.0444: NOK 1,722.61 (the Regulation of 18 July 2003 No. 973 on absence and leave (Introduction Act); the Introduction Act § 10)');
    expect(stepOf(r, 'stipend.leave-without-stipend').basis).toBe('official');
  });
});

describe('leave without stipend given as dates, and on every programme day', () => {
  // June 2026, G 136 549: month 273 098 / 12 = 22 758.1666…; daily rate 273 098 / 360 = 758.6055…
  const june2026: StipendMonthInput = { regime: 'integreringsloven', month: '2026-06', birthDate: '1980-01-15', programme: { start: '2026-01-01' } };
  it('dates with the working days counted: the line names the dates, the working days given and the calendar days priced', () => {
    // 10–19 June 2026: 10 calendar days (8 working days, Monday–Friday); 10 × 758.6055… = 7 586.055… → 7 586.06
    const r = stipendForMonth({ ...june2026, leaveWithoutStipend: { from: '2026-06-10', to: '2026-06-19', workingDays: 8 } });
    expect(rendered(r, 'nb')).toContain('Permisjon uten stønad: 2026-06-10–2026-06-19 (8 virkedager oppgitt): 10 kalenderdager × dagsats 758,6056 kr: 7 586,06 kr (integreringsforskriften §§ 11–16; praksis)');
    expect(rendered(r, 'en')).toContain('Leave without stipend: 2026-06-10–2026-06-19 (8 working days given): 10 calendar days × daily rate NOK 758.6056: NOK 7,586.06 (the Integration Regulation §§ 11–16; practice)');
  });
  it('leave on every programme day: the line says the whole month’s amount was taken', () => {
    const r = stipendForMonth({ ...june2026, leaveWithoutStipend: { from: '2026-06-01', to: '2026-06-30' } });
    expect(rendered(r, 'nb')).toContain("Permisjon uten stønad: 2026-06-01–2026-06-30: permisjon alle 30 dagene i programmet denne måneden: hele månedens beløp: 22 758,17 kr");
    expect(rendered(r, 'en')).toContain("Leave without stipend: 2026-06-01–2026-06-30: leave on all 30 days in the programme this month: the whole month's amount: NOK 22,758.17");
  });
});

describe('paid work inside the programme: hours × hourly rate', () => {
  it('Integration Act § 23 (an official rule × the hourly rate by the practice divisor 1/1850: practice): 10 × 134.0843… = 1 340.843… → 1 340.84', () => {
    const r = stipendForMonth({ ...integration, paidWorkHours: 10 });
    expect(r.value.deductions.map((d) => d.kind)).toEqual(['paidWorkInProgramme']);
    expect(rendered(r, 'nb')).toContain('Lønnet arbeid i programmet: 10 timer × timesats 134,0843 kr: 1 340,84 kr (integreringsloven § 23; praksis)');
    expect(rendered(r, 'en')).toContain('Paid work inside the programme: 10 hours × hourly rate NOK 134.0843: NOK 1,340.84 (the Integration Act § 23; practice)');
    expect(stepOf(r, 'stipend.own-income').basis).toBe('practice');
    expect(stepOf(r, 'stipend.own-income').used.map((u) => u.parameter)).toEqual(['stipendDivisorsIntegrationAct']);
  });
  it('Introduction Act: practice under § 11 (own income); 7.25 × 134.0843… = 972.111… → 972.11', () => {
    const r = stipendForMonth({ ...introduction, paidWorkHours: 7.25 });
    expect(rendered(r, 'nb')).toContain('Lønnet arbeid i programmet: 7,25 timer × timesats 134,0843 kr: 972,11 kr (introduksjonsloven § 11; praksis)');
    expect(rendered(r, 'en')).toContain('Paid work inside the programme: 7.25 hours × hourly rate NOK 134.0843: NOK 972.11 (the Introduction Act § 11; practice)');
    expect(stepOf(r, 'stipend.own-income').basis).toBe('practice');
  });
});

describe('other public benefits: krone for krone, and a line cut to what was left', () => {
  it('each benefit is its own line with its own rule, by assumption under § 22', () => {
    const r = stipendForMonth({ ...integration, benefits: { sicknessBenefit: '1000', workAssessmentAllowance: '2500.50' } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain('Samordning med annen offentlig ytelse samme måned: sykepenger 1 000,00 kr, krone for krone: 1 000,00 kr (integreringsloven § 22; antagelse)');
    expect(nb).toContain('Samordning med annen offentlig ytelse samme måned: arbeidsavklaringspenger 2 500,50 kr, krone for krone: 2 500,50 kr (integreringsloven § 22; antagelse)');
    expect(en).toContain('Offset against another public benefit for the same month: sickness benefit NOK 1,000.00, krone for krone: NOK 1,000.00 (the Integration Act § 22; assumption)');
    expect(en).toContain('Offset against another public benefit for the same month: work assessment allowance NOK 2,500.50, krone for krone: NOK 2,500.50 (the Integration Act § 22; assumption)');
    expect(rules(r)).toEqual(expect.arrayContaining(['stipend.benefit-offset.sicknessBenefit', 'stipend.benefit-offset.workAssessmentAllowance']));
    // nothing was cut: no excess step; 20 671.33 − 1 000 − 2 500.50 = 17 170.83
    expect(rules(r)).not.toContain('stipend.excess');
    expect(en).toContain('Payment: NOK 20,671.33 − deductions NOK 3,500.50: NOK 17,170.83');
  });
  it('Integration Act: disability benefit 25 000 > 20 671.33 is cut to 20 671.33; the 4 328.67 left over is the excess (§ 25)', () => {
    const r = stipendForMonth({ ...integration, benefits: { disabilityBenefit: '25000' } });
    const nb = rendered(r, 'nb');
    const en = rendered(r, 'en');
    expect(nb).toContain('Samordning med annen offentlig ytelse samme måned: uføretrygd 25 000,00 kr, krone for krone = 25 000,00 kr, begrenset til det som var igjen av månedens beløp: 20 671,33 kr (integreringsloven § 22; antagelse)');
    expect(en).toContain("Offset against another public benefit for the same month: disability benefit NOK 25,000.00, krone for krone = NOK 25,000.00, limited to what was left of the month's amount: NOK 20,671.33 (the Integration Act § 22; assumption)");
    // 25 000 − 20 671.33 = 4 328.67
    expect(nb).toContain('Trekk som ikke fikk plass i månedens beløp (kan motregnes senere): 4 328,67 kr (integreringsloven § 25)');
    expect(en).toContain("Deductions that did not fit in the month's amount (may be set off later): NOK 4,328.67 (the Integration Act § 25)");
    expect(stepOf(r, 'stipend.excess')).toMatchObject({ basis: 'official', amount: '4328.67' });
    expect(nb).toContain('Utbetaling: 20 671,33 kr − trekk 20 671,33 kr: 0,00 kr');
  });
  it('Introduction Act, partial month: 25 000 cut to the gross 12 402.80; excess 12 597.20 under chapter 3 (the section on set-off was not verified)', () => {
    const r = stipendForMonth({ ...introduction, ...from13June, benefits: { disabilityBenefit: '25000' } });
    const en = rendered(r, 'en');
    expect(en).toContain("disability benefit NOK 25,000.00, krone for krone = NOK 25,000.00, limited to what was left of the month's amount: NOK 12,402.80 (the Introduction Act § 12; assumption)");
    expect(en).toContain("Deductions that did not fit in the month's amount (may be set off later): NOK 12,597.20 (the Introduction Act kap. 3)");
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
    expect(rendered(r, 'nb')).toContain('Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12: 4 599,53 kr (integreringsloven § 22; antagelse)');
    expect(rendered(r, 'en')).toContain('Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12: NOK 4,599.53 (the Integration Act § 22; assumption)');
    expect(r.value.deductions.map((d) => d.kind)).toEqual(['transitionalBenefit']);
    // The line uses the rule (assumption under § 22), G for the ½ G threshold and the month divisor 1/12.
    expect(stepOf(r, 'stipend.transitional-benefit').used.map((u) => [u.parameter, u.value])).toEqual([
      ['transitionalBenefitRuleIntegrationAct', '2/5 × (OS − 1/2 G)'],
      ['grunnbelop', '124028'],
      ['stipendDivisorsIntegrationAct', '1/12, 1/30, 1/1850'],
    ]);
  });
  it('a partial month shows the share: 18 / 30 = 3/5; 55 194.40 / 12 × 3/5 = 2 759.72', () => {
    const r = stipendForMonth({ ...integration, ...from13June, transitionalBenefitPerYear: '200000' });
    expect(rendered(r, 'nb')).toContain('Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12 × 3/5: 2 759,72 kr (integreringsloven § 22; antagelse)');
    expect(rendered(r, 'en')).toContain('Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12 × 3/5: NOK 2,759.72 (the Integration Act § 22; assumption)');
  });
  it('transitionalBenefitReduction explains its one step with the rule and G used, and nothing when not asked', () => {
    const input = { regime: 'introduksjonsloven', month: '2024-06', transitionalBenefitPerYear: '200000' } as const;
    const e = explanationToJSON(transitionalBenefitReduction(input).explanation);
    expect(e.steps).toHaveLength(1);
    expect(e.steps[0]).toMatchObject({ rule: 'stipend.transitional-benefit', amount: '4599.53' });
    expect(e.steps[0]?.text.nb.replace(/[\u00a0\u202f]/gu, ' ')).toBe('Samordning med overgangsstønad: 40 % av (200 000,00 kr − 62 014,00 kr) = 55 194,40 kr per år; / 12');
    expect(e.steps[0]?.text.en).toBe('Offset against transitional benefit: 40 % of (NOK 200,000.00 − NOK 62,014.00) = NOK 55,194.40 a year; / 12');
    expect(e.steps[0]?.used.map((u) => [u.parameter, u.value])).toEqual([
      ['transitionalBenefitRuleIntroductionAct', '2/5 × (OS − 1/2 G)'],
      ['grunnbelop', '124028'],
      ['stipendDivisorsIntroductionAct', '1/12, 1/30, 1/1850'],
    ]);
    // The rule is read in the amending Act (statute), but G and the 1/12 divisor are official: the step is
    // official, the weakest of the three (it was labelled statute).
    expect(e.steps[0]?.basis).toBe('official');
    expect(transitionalBenefitReduction(input, { explain: false }).explanation.steps).toEqual([]);
  });
});

describe('the rates cite the level section of the Act', () => {
  it('Integration Act § 20; Introduction Act § 8', () => {
    expect(rendered(stipendForMonth(integration), 'nb')).toContain('Årlig stønad: 2 × 124028 × 1: 248 056,00 kr (integreringsloven § 20)');
    expect(rendered(stipendForMonth(introduction), 'en')).toContain('Yearly stipend: 2 × 124028 × 1: NOK 248,056.00 (the Introduction Act § 8)');
  });
});

describe('no explanation when not asked for', () => {
  it('explain: false gives no steps, with or without deductions', () => {
    expect(stipendForMonth({ ...integration, unexcusedAbsence: { hours: 2 } }, { explain: false }).explanation.steps).toEqual([]);
    expect(stipendForMonth(integration, { explain: false }).explanation.steps).toEqual([]);
  });
});
