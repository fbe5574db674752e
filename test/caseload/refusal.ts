/** The InputError a call throws (fails the test if it returns or throws anything else). */
import { InputError } from '../../src/index.js';

export function refusal(call: () => unknown): InputError {
  try {
    call();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the call returned');
}
