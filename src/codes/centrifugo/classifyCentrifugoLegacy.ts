import type { CentrifugoLegacySignal, Verdict } from '../types.ts';
import { verdictFrom } from '../verdictFrom.ts';

/** Classifies a Centrifugo legacy-numbering signal. Stub until the catalog lands. */
export function classifyCentrifugoLegacy(signal: CentrifugoLegacySignal): Verdict {
  return verdictFrom({ scope: 'connection', action: 'reconnect' }, 'centrifugo-legacy.default', {
    code: signal.code,
  });
}
