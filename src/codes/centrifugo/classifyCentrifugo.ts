import type { CentrifugoSignal, Verdict } from '../types.ts';
import { verdictFrom } from '../verdictFrom.ts';

/** Classifies a Centrifugo signal (current numbering). Stub until the catalog lands. */
export function classifyCentrifugo(signal: CentrifugoSignal): Verdict {
  return verdictFrom({ scope: 'connection', action: 'reconnect' }, 'centrifugo.default', {
    code: signal.code,
  });
}
