import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client' } as const;

/**
 * centrifuge-js `errorCodes`: the `code` of its error events and promise rejections when the
 * client itself produced the error. The error event alone changes no state; the verdict says
 * what the SDK does next.
 */
export const clientErrorCodeRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.client.error.1',
    code: 1,
    name: 'errorCodes.timeout',
    verdict: V.retry,
    extra: { table: 'errorCodes', constant: 'timeout' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.2',
    code: 2,
    name: 'errorCodes.transportClosed',
    verdict: V.reconnect,
    extra: { table: 'errorCodes', constant: 'transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.3',
    code: 3,
    name: 'errorCodes.clientDisconnected',
    verdict: V.fail,
    extra: { table: 'errorCodes', constant: 'clientDisconnected' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.4',
    code: 4,
    name: 'errorCodes.clientClosed',
    verdict: V.fail,
    extra: { table: 'errorCodes', constant: 'clientClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.5',
    code: 5,
    name: 'errorCodes.clientConnectToken',
    verdict: V.reconnect,
    extra: { table: 'errorCodes', constant: 'clientConnectToken' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.6',
    code: 6,
    name: 'errorCodes.clientRefreshToken',
    verdict: V.retry,
    extra: { table: 'errorCodes', constant: 'clientRefreshToken' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.7',
    code: 7,
    name: 'errorCodes.subscriptionUnsubscribed',
    verdict: V.fail,
    extra: { table: 'errorCodes', constant: 'subscriptionUnsubscribed' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.8',
    code: 8,
    name: 'errorCodes.subscriptionSubscribeToken',
    verdict: V.resubscribe,
    extra: { table: 'errorCodes', constant: 'subscriptionSubscribeToken' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.9',
    code: 9,
    name: 'errorCodes.subscriptionRefreshToken',
    verdict: V.retry,
    extra: { table: 'errorCodes', constant: 'subscriptionRefreshToken' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.10',
    code: 10,
    name: 'errorCodes.transportWriteError',
    verdict: V.reconnect,
    extra: { table: 'errorCodes', constant: 'transportWriteError' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.11',
    code: 11,
    name: 'errorCodes.connectionClosed',
    verdict: V.retry,
    extra: { table: 'errorCodes', constant: 'connectionClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.12',
    code: 12,
    name: 'errorCodes.badConfiguration',
    verdict: V.ignore,
    extra: { table: 'errorCodes', constant: 'badConfiguration' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.13',
    code: 13,
    name: 'errorCodes.subscriptionGetState',
    verdict: V.resubscribe,
    extra: { table: 'errorCodes', constant: 'subscriptionGetState' },
  },
  {
    ...base,
    id: 'centrifugo.client.error.14',
    code: 14,
    name: 'errorCodes.sharedPollGetSignature',
    verdict: V.resubscribe,
    extra: { table: 'errorCodes', constant: 'sharedPollGetSignature' },
  },
];
