/** The first problem of the InputError a call throws, flattened for comparison; undefined if the call returns. */
import { InputError } from '../../src/index.js';

export function issue(f: () => unknown): { code: string; path: string; nb: string; en: string } | undefined {
  try {
    f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const i = e.issues[0]!;
    return { code: i.code, path: i.path.join('.'), nb: i.message.nb, en: i.message.en };
  }
  return undefined;
}
