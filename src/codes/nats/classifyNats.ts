import type { NatsSignal, Verdict } from '../types.ts';
import { verdictFrom } from '../verdictFrom.ts';

/** Classifies a NATS signal. Stub until the catalog lands. */
export function classifyNats(_signal: NatsSignal): Verdict {
  return verdictFrom({ scope: 'connection', action: 'reconnect' }, 'nats.default');
}
