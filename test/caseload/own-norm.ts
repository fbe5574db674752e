/** Test helpers shared by the caseload rules' tests: a parameter set with the caller's own norm, and step texts. */
import { caseloadNorm, explanationToJSON, references, withParameters, withValues } from '../../src/index.js';

/** The shipped parameters with the adviser norm replaced, from 2017, by `value` participants per FTE. */
export const withNorm = (value: number) =>
  withParameters({
    caseload: {
      caseloadNorm: withValues(caseloadNorm, [
        {
          from: '2017-01-01',
          value,
          reference: references.integrationAct(),
          basis: 'assumption',
          note: { nb: 'egen norm', en: 'own norm' },
        },
      ]),
    },
  });

/** Each step of an explanation as `[rule, bokmål text, English text]`. */
export const texts = (e: Parameters<typeof explanationToJSON>[0]) => explanationToJSON(e).steps.map((s) => [s.rule, s.text.nb, s.text.en]);
