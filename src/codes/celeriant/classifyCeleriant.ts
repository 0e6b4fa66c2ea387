import type { CeleriantSignal, Verdict } from '../types.ts';
import { verdictFrom } from '../verdictFrom.ts';

/** Classifies a Celeriant ErrorResponse. Stub until the catalog lands. */
export function classifyCeleriant(signal: CeleriantSignal): Verdict {
  return verdictFrom({ scope: 'request', action: 'fail' }, 'celeriant.default', { code: signal.code });
}
