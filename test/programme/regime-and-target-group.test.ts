import { describe, expect, it } from 'vitest';
import {
  InputError,
  defaultParameters,
  programmeRegime,
  programmeTargetGroup,
  renderExplanation,
  upperAge60Amendment,
  withParameters,
  withValues,
  type ProgrammeTargetGroupInput,
} from '../../src/index.js';

describe('regime: which Act governs (cutover 2021-01-01 on both the permit and the arrival date)', () => {
  const ordinary = (permitDate: string, arrivalDate: string) => programmeRegime({ permitDate, arrivalDate, permitType: 'ordinary', date: '2021-06-01' }).value;
  it('permit and arrival both on 2020-12-31: the Introduction Act', () => {
    expect(ordinary('2020-12-31', '2020-12-31')).toEqual({ regime: 'introduksjonsloven', reason: 'permitAndArrivalBeforeIntegrationAct' });
  });
  it('permit before but arrival on 2021-01-01: the Integration Act', () => {
    expect(ordinary('2020-12-31', '2021-01-01').regime).toBe('integreringsloven');
  });
  it('permit on 2021-01-01 after arriving in 2020: the Integration Act', () => {
    expect(ordinary('2021-01-01', '2020-06-01')).toEqual({ regime: 'integreringsloven', reason: 'permitOrArrivalUnderIntegrationAct' });
  });
  it('explains with both Acts and cites the transitional rule', () => {
    const text = renderExplanation(programmeRegime({ permitDate: '2020-11-01', arrivalDate: '2020-12-01', permitType: 'ordinary', date: '2021-02-01' }).explanation, 'nb');
    expect(text).toContain('introduksjonsloven gjaldt da');
    expect(text).toContain('§ 51');
  });
});

describe('regime: chapter 6A (collective protection, § 34 permits from 2022-03-11, in force 2022-06-15 … 2026-06-30)', () => {
  const sixA = (permitDate: string, date: string, permitType: 'collectiveProtection' | 'familyReunification' = 'collectiveProtection') =>
    programmeRegime({ permitDate, arrivalDate: permitDate, permitType, date }).value;
  it('a § 34 permit granted on 2022-03-11, assessed on the first day 6A is in force', () => {
    expect(sixA('2022-03-11', '2022-06-15')).toEqual({ regime: 'integreringsloven-6A', reason: 'collectiveProtectionChapter6A' });
  });
  it('the day before 6A took effect, and the day after it lapsed (1 July 2026, no extension known): the ordinary rules', () => {
    expect(sixA('2022-03-11', '2022-06-14')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ANotInForce' });
    expect(sixA('2023-05-01', '2026-06-30').regime).toBe('integreringsloven-6A');
    // From 2026-07-01 the lapse is its own reason: § 34 holders are under §§ 8–9 and 13–14 like everyone else.
    expect(sixA('2023-05-01', '2026-07-01')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ALapsed' });
    expect(sixA('2026-08-01', '2027-01-15')).toEqual({ regime: 'integreringsloven', reason: 'chapter6ALapsed' });
  });
  it('a § 34 permit granted on 2022-03-10 is outside 6A', () => {
    expect(sixA('2022-03-10', '2022-07-01').reason).toBe('collectiveProtectionPermitBeforeChapter6A');
  });
  it('family members reunified with a § 34 holder follow the ordinary rules', () => {
    expect(sixA('2023-05-01', '2023-06-01', 'familyReunification').regime).toBe('integreringsloven');
  });
  it('an extension of 6A is a data change', () => {
    const extended = withParameters({
      chapter6A: withValues(defaultParameters.chapter6A, [{ ...defaultParameters.chapter6A.values[0]!, to: '2027-06-30' }]),
    });
    expect(programmeRegime({ permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'collectiveProtection', date: '2026-07-01' }, { parameters: extended }).value.regime).toBe('integreringsloven-6A');
  });
  it('refuses an unknown permit type, naming the field', () => {
    try {
      programmeRegime({ permitDate: '2023-05-01', arrivalDate: '2023-05-01', permitType: 'asylum' as 'ordinary', date: '2023-06-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]?.path).toEqual(['permitType']);
    }
  });
});

describe('target group: age 18–55 on the permit date, less than 2 years in a municipality', () => {
  const base: ProgrammeTargetGroupInput = {
    regime: 'integreringsloven',
    permitType: 'ordinary',
    birthDate: '2006-02-01',
    permitDate: '2024-02-01',
    livingInMunicipalitySince: '2024-03-01',
    settledByAgreementWithImdi: true,
    date: '2024-04-01',
  };
  const tg = (over: Partial<ProgrammeTargetGroupInput>, options?: Parameters<typeof programmeTargetGroup>[1]) => programmeTargetGroup({ ...base, ...over }, options).value;
  it('18 on the permit date (the 18th birthday itself): in the group; 17 the day before: outside', () => {
    expect(tg({})).toMatchObject({ status: 'rightAndDuty', ageOnPermitDate: 18, unmet: [] });
    expect(tg({ permitDate: '2024-01-31' })).toMatchObject({ status: 'outside', ageOnPermitDate: 17, unmet: ['underMinimumAge'] });
  });
  it('55 on the permit date (the day before the 56th birthday): in; 56: the municipality may offer', () => {
    // born 1968-02-02: on 2024-02-01 still 55; on 2024-02-02 turns 56.
    expect(tg({ birthDate: '1968-02-02', permitDate: '2024-02-01' })).toMatchObject({ status: 'rightAndDuty', ageOnPermitDate: 55 });
    expect(tg({ birthDate: '1968-02-02', permitDate: '2024-02-02' })).toMatchObject({ status: 'mayBeOffered', ageOnPermitDate: 56, unmet: ['overMaximumAge'] });
  });
  it('exactly 2 years in a municipality is not "less than 2 years": 2024-03-01 + 24 months = 2026-03-01', () => {
    expect(tg({ date: '2026-02-28' })).toMatchObject({ status: 'rightAndDuty', newlyArrivedUntil: '2026-02-28' });
    expect(tg({ date: '2026-03-01' })).toMatchObject({ status: 'outside', unmet: ['notNewlyArrived'] });
  });
  it('month end: from 2024-02-29, 24 months ends at 2026-02-28 (clamped), so newly arrived until 2026-02-27', () => {
    expect(tg({ livingInMunicipalitySince: '2024-02-29', date: '2026-02-27' }).newlyArrivedUntil).toBe('2026-02-27');
    expect(tg({ livingInMunicipalitySince: '2024-02-29', date: '2026-02-28' }).unmet).toEqual(['notNewlyArrived']);
  });
  it('settled by agreement with IMDi is required except after family reunification', () => {
    expect(tg({ settledByAgreementWithImdi: false }).unmet).toEqual(['notSettledByAgreement']);
    expect(tg({ settledByAgreementWithImdi: false, permitType: 'familyReunification' }).status).toBe('rightAndDuty');
  });
  it('over the age limit and not newly arrived: outside, both reasons listed', () => {
    expect(tg({ birthDate: '1960-01-01', date: '2026-03-01' })).toMatchObject({ status: 'outside', unmet: ['overMaximumAge', 'notNewlyArrived'] });
  });
  it('chapter 6A: a right without the duty', () => {
    expect(tg({ regime: 'integreringsloven-6A', permitType: 'collectiveProtection' }).status).toBe('rightOnly');
  });
  it('the upper age 60 becomes law as a data change (a decree date), not a code change', () => {
    const over = { birthDate: '1968-06-01', permitDate: '2027-02-01' }; // 58 on the permit date
    expect(tg({ ...over, livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' }).status).toBe('mayBeOffered');
    const params = withParameters({ programmeAgeLimits: withValues(defaultParameters.programmeAgeLimits, [{ from: '2027-01-01', ...upperAge60Amendment }]) });
    expect(tg({ ...over, livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' }, { parameters: params }).status).toBe('rightAndDuty');
    // A permit granted before the decree date keeps 55.
    expect(tg({ birthDate: '1968-06-01', permitDate: '2026-12-31', livingInMunicipalitySince: '2027-03-01', date: '2027-04-01' }, { parameters: params }).status).toBe('mayBeOffered');
  });
  it('refuses a municipality date after the assessed date', () => {
    expect(() => tg({ livingInMunicipalitySince: '2024-05-01' })).toThrow(/livingInMunicipalitySince/);
  });
  it('explains the age and the limits', () => {
    expect(renderExplanation(programmeTargetGroup(base).explanation, 'en')).toContain('Age 18 on the permit date (limits 18–55)');
  });
});
