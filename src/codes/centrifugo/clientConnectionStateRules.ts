import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client' } as const;

/**
 * centrifuge-js's own connection state codes: the `code` of its connecting and disconnected
 * events when the client itself, not the server, caused the change.
 * `extra.table` and `extra.constant` name the SDK enum member.
 */
export const clientConnectionStateRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.client.connecting.0',
    code: 0,
    name: 'connectingCodes.connectCalled',
    verdict: V.ignore,
    extra: { table: 'connectingCodes', constant: 'connectCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.1',
    code: 1,
    name: 'connectingCodes.transportClosed',
    verdict: V.reconnect,
    extra: { table: 'connectingCodes', constant: 'transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.2',
    code: 2,
    name: 'connectingCodes.noPing',
    verdict: V.reconnect,
    extra: { table: 'connectingCodes', constant: 'noPing' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.3',
    code: 3,
    name: 'connectingCodes.subscribeTimeout',
    verdict: V.reconnect,
    extra: { table: 'connectingCodes', constant: 'subscribeTimeout' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.4',
    code: 4,
    name: 'connectingCodes.unsubscribeError',
    verdict: V.reconnect,
    extra: { table: 'connectingCodes', constant: 'unsubscribeError' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.1.fallback',
    code: 1,
    name: 'TransportFallback',
    // centrifuge-js tries the next transport of the list without a reconnect delay; it reports
    // connectingCodes.transportClosed (1), so this row is not one of the SDK's table rows.
    verdict: V.reconnectNow,
    extra: { reports: 'connectingCodes.transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.0',
    code: 0,
    name: 'disconnectedCodes.disconnectCalled',
    verdict: V.close,
    extra: { table: 'disconnectedCodes', constant: 'disconnectCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.1',
    code: 1,
    name: 'disconnectedCodes.unauthorized',
    verdict: V.close,
    extra: { table: 'disconnectedCodes', constant: 'unauthorized' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.2',
    code: 2,
    name: 'disconnectedCodes.badProtocol',
    verdict: V.close,
    extra: { table: 'disconnectedCodes', constant: 'badProtocol' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.3',
    code: 3,
    name: 'disconnectedCodes.messageSizeLimit',
    verdict: V.close,
    extra: { table: 'disconnectedCodes', constant: 'messageSizeLimit' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.3014',
    code: 3014,
    name: 'disconnectedCodes.stateInvalidated',
    verdict: V.reconnectInvalidated,
    extra: { table: 'disconnectedCodes', constant: 'stateInvalidated' },
  },
];
