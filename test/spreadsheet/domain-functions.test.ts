/**
 * The domain spreadsheet functions, with figures worked out by hand from the rules:
 * G from 1 May 2024 is 124 028, so 2 G = 248 056 a year; a month is 2 G ÷ 12, a day a month ÷ 30, an
 * hour 2 G ÷ 1850. The 2017 integration-grant table is 235 000 (single adult, year 1), 185 000 (adult,
 * child, unaccompanied minor, year 1), 230 000, 167 000, 84 000, 70 500 (years 2–5). The adviser norm is
 * 20 participants per full-time adviser.
 */
import { describe, expect, it } from 'vitest';
import {
  ADVISER_CAPACITY,
  ADVISER_FTE,
  GRANT_SCHEDULE_TOTAL,
  INTEGRATION_GRANT,
  INTRO_STIPEND_MONTH,
  INTRO_STIPEND_RATE,
  PROGRAMME_END,
  sheetChoice,
  sheetNumberList,
  sheetOptionalBoolean,
  sheetOptionalQuantity,
} from '../../src/spreadsheet/index.js';

const INTRO = 'introduksjonsloven';
const INTEG = 'integreringsloven';

describe('INTRO_STIPEND_MONTH', () => {
  it('pays the full month: May 2024, age 40: 248 056 ÷ 12 = 20 671.333… → 20 671.33', () => {
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-05')).toBe(20_671.33);
    // 45413 is 2024-05-01 (a date cell for the month); 30756 is 1984-03-15.
    expect(INTRO_STIPEND_MONTH(INTRO, 30_756, 45_413)).toBe(20_671.33);
  });
  it('takes unexcused hours and days off', () => {
    // 7.5 h × 248 056 ÷ 1850 = 1 005.632… ; 20 671.333… − 1 005.632… = 19 665.700… → 19 665.70
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, 7.5)).toBe(19_665.7);
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', '', '7,5')).toBe(19_665.7);
    // 2 days × 20 671.333… ÷ 30 = 1 378.088… ; 20 671.333… − 1 378.088… = 19 293.244… → 19 293.24
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', null, null, 2)).toBe(19_293.24);
  });
  it('pays the days in the programme in a month it starts', () => {
    // Start 16 June: 15 days × 20 671.333… ÷ 30 = 10 335.666… → 10 335.67
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, '', '', '2024-06-16')).toBe(10_335.67);
    // Ends 10 June: 10 days × 689.044… = 6 890.444… → 6 890.44
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, '', '', '2024-01-01', '2024-06-10')).toBe(6_890.44);
  });
  it('applies the Integration Act’s under-25 fractions', () => {
    // Age 21 in June 2024: 2/3 × 20 671.333… = 13 780.888… → 13 780.89; with a parent 1/3: 6 890.444… → 6 890.44
    expect(INTRO_STIPEND_MONTH(INTEG, '2003-03-10', '2024-06')).toBe(13_780.89);
    expect(INTRO_STIPEND_MONTH(INTEG, '2003-03-10', '2024-06', true)).toBe(6_890.44);
    expect(INTRO_STIPEND_MONTH('integrationAct', '2003-03-10', '2024-06', 'ja')).toBe(6_890.44);
  });
  it('names the spreadsheet argument in its errors', () => {
    expect(INTRO_STIPEND_MONTH('loven', '1984-03-10', '2024-06')).toMatch(/^#VERDI! ordning: «loven» er ikke en av «introduksjonsloven»/);
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', 'kanskje')).toBe(
      '#VERDI! bor_med_forelder: kanskje er ikke ja eller nei (SANN/USANN)',
    );
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, 0.125)).toMatch(/^#VERDI! ugyldig_fravær_timer: 0\.125 er ikke/);
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, '', 31)).toMatch(/^#VERDI! ugyldig_fravær_dager: /);
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2024-06', false, '', '', '2024-06-01', '2024-05-01')).toMatch(
      /^#VERDI! programslutt: /,
    );
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '')).toBe('#VERDI! måned: mangler (skal være en måned)');
    expect(INTRO_STIPEND_MONTH(INTRO, '1984-03-10', '2010-06')).toMatch(/^#I\/T /);
  });
});

describe('INTRO_STIPEND_RATE', () => {
  it('gives each unit’s rate, in English or bokmål', () => {
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'year')).toBe(248_056);
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'år')).toBe(248_056);
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'month')).toBe(20_671.33);
    // day: 20 671.333… ÷ 30 = 689.044… → 689.04; hour: 248 056 ÷ 1850 = 134.084… → 134.08
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'Dag')).toBe(689.04);
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'hour')).toBe(134.08);
    // April 2024 still has the 2023 G 118 620: 2 G ÷ 12 = 237 240 ÷ 12 = 19 770
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-04', 'month')).toBe(19_770);
    // Integration Act, 21 and living with a parent: 248 056 ÷ 3 = 82 685.333… → 82 685.33
    expect(INTRO_STIPEND_RATE(INTEG, '2003-03-10', '2024-06', 'year', true)).toBe(82_685.33);
  });
  it('refuses an unknown unit', () => {
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', 'week')).toMatch(/^#VERDI! enhet: «week» er ikke en av /);
    expect(INTRO_STIPEND_RATE(INTRO, '1984-03-10', '2024-06', undefined)).toBe('#VERDI! enhet: mangler (skal være en tekst)');
  });
});

describe('INTEGRATION_GRANT', () => {
  it('reads the rate of budget year settlement year + year no − 1', () => {
    expect(INTEGRATION_GRANT('enslig voksen', 2017, 1)).toBe(235_000);
    expect(INTEGRATION_GRANT('singleAdult', 2017, 1)).toBe(235_000);
    expect(INTEGRATION_GRANT('voksen', 2017, 1)).toBe(185_000);
    expect(INTEGRATION_GRANT('Barn', 2017, '1')).toBe(185_000);
    expect(INTEGRATION_GRANT('unaccompaniedMinor', 2017, 1)).toBe(185_000);
    expect(INTEGRATION_GRANT('enslig mindreårig', 2016, 2)).toBe(230_000); // 2016 + 2 − 1 = 2017
    expect(INTEGRATION_GRANT('adult', 2015, 3)).toBe(167_000); // 2017
    expect(INTEGRATION_GRANT('child', 2014, 4)).toBe(84_000); // 2017
    expect(INTEGRATION_GRANT('enslig voksen', 2013, 5)).toBe(70_500); // 2017: the category matters only in year 1
  });
  it('gives #I/T for a budget year without a shipped table, #VERDI! for bad input', () => {
    expect(INTEGRATION_GRANT('voksen', 2024, 1)).toMatch(/^#I\/T Ingen sats for budsjettåret 2024 /);
    expect(INTEGRATION_GRANT('voksen', 2017, 0)).toMatch(/^#VERDI! år_nr: 0 er ikke et år i tilskuddsperioden/);
    expect(INTEGRATION_GRANT('voksen', 2017, 1.5)).toBe('#VERDI! år_nr: 1.5 er ikke et heltall');
    expect(INTEGRATION_GRANT('familie', 2017, 1)).toMatch(/^#VERDI! kategori: «familie» er ikke en av /);
    expect(INTEGRATION_GRANT('voksen', 1000, 1)).toMatch(/^#VERDI! bosettingsår: /);
  });
});

describe('GRANT_SCHEDULE_TOTAL', () => {
  it('adds a person’s grants in a budget year', () => {
    // Child aged 3 settled 2017-03-15: 185 000 (year 1, child) + 25 100 (kindergarten grant) = 210 100
    expect(GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'barn', 2017)).toBe(210_100);
    // Single adult settled 2017: 235 000
    expect(GRANT_SCHEDULE_TOTAL('1990-01-01', '2017-06-15', 'enslig voksen', 2017)).toBe(235_000);
    // Adult settled 2015: 2017 is year 3, 167 000
    expect(GRANT_SCHEDULE_TOTAL('1980-05-05', '2015-02-01', 'voksen', 2017)).toBe(167_000);
    // Before settlement, and after year 5: nothing
    expect(GRANT_SCHEDULE_TOTAL('1990-01-01', '2017-06-15', 'adult', 2016)).toBe(0);
    expect(GRANT_SCHEDULE_TOTAL('1980-05-05', '2011-02-01', 'adult', 2017)).toBe(0);
  });
  it('checks the category against the age, and names the arguments', () => {
    expect(GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'voksen', 2017)).toBe(
      '#VERDI! kategori: personen fyller ikke 18 i bosettingsåret 2017 og regnes som barn',
    );
    expect(GRANT_SCHEDULE_TOTAL('1999-02-01', '2017-03-15', 'barn', 2017)).toBe(
      '#VERDI! kategori: personen fyller 18 senest i bosettingsåret 2017 og regnes som voksen',
    );
    expect(GRANT_SCHEDULE_TOTAL('2014-02-01', '2017-03-15', 'enslig voksen', 2017)).toMatch(/^#VERDI! kategori: /);
    expect(GRANT_SCHEDULE_TOTAL('2014-02-01', '2013-03-15', 'barn', 2017)).toBe(
      '#VERDI! bosettingsdato: bosettingsdatoen er før fødselsdatoen',
    );
    expect(GRANT_SCHEDULE_TOTAL('1990-01-01', '2017-06-15', 'voksen', 2018)).toMatch(/^#I\/T Ingen sats for budsjettåret 2018 /);
  });
});

describe('ADVISER_FTE and ADVISER_CAPACITY', () => {
  it('FTE = participants ÷ 20', () => {
    expect(ADVISER_FTE(22)).toBe(1.1);
    expect(ADVISER_FTE(23, '2024-01-01')).toBe(1.15);
    expect(ADVISER_FTE('0')).toBe(0);
    expect(ADVISER_FTE(2.5)).toBe('#VERDI! deltakere: 2.5 er ikke et heltall');
    expect(ADVISER_FTE(20, '2016-12-31')).toMatch(/^#I\/T /);
  });
  it('capacity = sum of percentages ÷ 100 × 20, from a text or a range', () => {
    expect(ADVISER_CAPACITY('60, 50')).toBe(22);
    expect(ADVISER_CAPACITY('62.5; 37.5')).toBe(20);
    expect(
      ADVISER_CAPACITY([
        [60, ''],
        [50, null],
      ]),
    ).toBe(22);
    expect(ADVISER_CAPACITY(100, '2017-01-01')).toBe(20);
    expect(ADVISER_CAPACITY('')).toBe('#VERDI! stillingsprosenter: mangler (skal være minst ett tall)');
    expect(ADVISER_CAPACITY('60, 0')).toMatch(/^#VERDI! stillingsprosenter\.1: «0» er ikke en stillingsprosent/);
  });
});

describe('PROGRAMME_END', () => {
  it('Introduction Act: start + granted + extension + leave days, less one day', () => {
    // 2020-03-01 + 24 months = 2022-03-01; + 184 days (March 31, April 30, May 31, June 30, July 31, August 31)
    // = 2022-09-01; − 1 day = 2022-08-31
    expect(PROGRAMME_END(INTRO, '2020-03-01', 24, '', 184)).toBe('2022-08-31');
    // 43891 is 2020-03-01 (serial of 2020-01-01 is 43831; + 31 + 29)
    expect(PROGRAMME_END(INTRO, 43_891, 24, null, 184)).toBe('2022-08-31');
    // + 12 months' extension: 2023-03-01 + 184 days = 2023-09-01 − 1 day
    expect(PROGRAMME_END(INTRO, '2020-03-01', 24, 12, 184)).toBe('2023-08-31');
    // No leave: 2022-03-01 − 1 day
    expect(PROGRAMME_END(INTRO, '2020-03-01', 24)).toBe('2022-02-28');
  });
  it('Integration Act from 2026: leave counts only over ten working days (integreringsforskriften § 19)', () => {
    // 2026-02-02 + 24 months = 2028-02-02; 30 days of leave, 22 working days (> 10): + 30 days = 2028-03-03; − 1 day
    expect(PROGRAMME_END(INTEG, '2026-02-02', 24, '', 30, 'withoutUpperSecondary', 'workQualifying', 22)).toBe('2028-03-02');
    // 8 working days (≤ 10): the end date does not move: 2028-02-02 − 1 day = 2028-02-01
    expect(PROGRAMME_END(INTEG, '2026-02-02', 24, '', 10, 'withoutUpperSecondary', 'workQualifying', 8)).toBe('2028-02-01');
    expect(PROGRAMME_END(INTEG, '2026-02-02', 24, '', 30, 'withoutUpperSecondary', 'workQualifying')).toMatch(
      /^#VERDI! permisjon_virkedager: mangler/,
    );
  });
  it('Integration Act before 2026: leave is added day for day (§ 19 as assumed for 2021–2025), so no working days are needed', () => {
    // 2022-03-01 + 24 months = 2024-03-01; + 10 days of leave = 2024-03-11; − 1 day. (Under the ten-day rule assumed
    // for these years before, 8 working days moved nothing: 2024-02-29.)
    expect(PROGRAMME_END(INTEG, '2022-03-01', 24, '', 10, 'withoutUpperSecondary', 'fullUpperSecondary', 8)).toBe('2024-03-10');
    expect(PROGRAMME_END(INTEG, '2022-03-01', 24, '', 10, 'withoutUpperSecondary', 'fullUpperSecondary')).toBe('2024-03-10');
  });
  it('names the argument in errors, with the limit and its source', () => {
    expect(PROGRAMME_END(INTRO, '2020-03-01', 0)).toBe('#VERDI! innvilgede_måneder: innvilget lengde må være mer enn null');
    expect(PROGRAMME_END(INTRO, '2020-03-01', 25)).toMatch(/^#VERDI! innvilgede_måneder: .*høyst 24 måneder .*introduksjonsloven § 5/);
    expect(PROGRAMME_END(INTRO, '2020-03-01', 24, 13)).toMatch(/^#VERDI! forlengelse_måneder: /);
    expect(PROGRAMME_END(INTEG, '2022-03-01', 24, '', '', 'someSchool')).toMatch(/^#VERDI! utdanning: «someSchool» er ikke en av /);
  });
});

describe('the domain argument readers', () => {
  it('read yes/no, counts, choices and lists', () => {
    expect(sheetOptionalBoolean('USANN', 'x', true)).toBe(false);
    expect(sheetOptionalBoolean(1, 'x', false)).toBe(true);
    expect(sheetOptionalQuantity(' 2 ', 'x')).toBe(2);
    expect(() => sheetOptionalQuantity('to', 'x')).toThrow();
    expect(sheetChoice(' ENSLIG   voksen ', 'c', { 'enslig voksen': 1 })).toBe(1);
    expect(sheetNumberList([[60, '40, 20']], 'p')).toEqual([60, '40', '20']);
    expect(() => sheetNumberList([[true]], 'p')).toThrow();
  });
});
