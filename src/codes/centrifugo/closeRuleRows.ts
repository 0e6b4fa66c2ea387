import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'range', source: S.closeEvent } as const;

/**
 * Rules for WebSocket close events (centrifuge-js `onClose`), checked before the disconnect
 * ranges. Codes from 3000 with a plain-text reason fall through to the disconnect rows and ranges.
 */
export const closeRuleRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.close.json-advice',
    name: 'CloseJsonAdvice',
    message: '{"reason":"...","reconnect":true|false}',
    description:
      'The close reason parses as JSON: its reconnect flag decides (true reconnects, anything else closes), whatever the code. Legacy servers send this.',
    verdict: V.reconnect,
    remediation: 'Send reconnect true in the advice if the client should come back.',
    extra: { signal: 'close', decidedBy: 'reason.reconnect' },
  },
  {
    ...base,
    id: 'centrifugo.close.1009',
    name: 'CloseMessageTooBig',
    message: 'message size limit exceeded',
    description:
      'WebSocket close 1009: a message was too big. Terminal even with JSON advice, reported as client code 3.',
    verdict: V.close,
    remediation: 'Raise the WebSocket read and write limits or publish smaller messages.',
    extra: { signal: 'close', from: 1009, to: 1009, overridesAdvice: true },
  },
  {
    ...base,
    id: 'centrifugo.close.below-3000',
    name: 'CloseTransport',
    message: 'transport closed',
    description:
      'WebSocket close codes below 3000 (1000, 1001, 1006, ...): the transport closed; reconnect, reported as client code 1.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check the network or proxy if it repeats.',
    extra: { signal: 'close', from: Number.MIN_SAFE_INTEGER, to: 2999 },
  },
  {
    ...base,
    id: 'centrifugo.close.empty-reason',
    name: 'CloseEmptyReason',
    message: 'connection closed',
    description:
      'A close code from 3000 with an empty reason: centrifuge-js skips the range rule and reconnects, even for 3500-3999.',
    verdict: V.reconnect,
    remediation: 'Always send a close reason with a Centrifugo close code.',
    extra: { signal: 'close', from: 3000, to: Number.MAX_SAFE_INTEGER },
  },
];
