import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'error' } as const;

/**
 * Centrifugo reply errors 100-113 (current numbering). The row's verdict is the one for a
 * connect reply; `classifyCentrifugo` adapts scope and action to the phase (`during`).
 */
export const clientErrorRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.error.100',
    code: 100,
    name: 'ErrorInternal',
    verdict: V.reconnect,
    temporary: true,
  },
  { ...base, id: 'centrifugo.error.101', code: 101, name: 'ErrorUnauthorized', verdict: V.close },
  { ...base, id: 'centrifugo.error.102', code: 102, name: 'ErrorUnknownChannel', verdict: V.close },
  { ...base, id: 'centrifugo.error.103', code: 103, name: 'ErrorPermissionDenied', verdict: V.close },
  { ...base, id: 'centrifugo.error.104', code: 104, name: 'ErrorMethodNotFound', verdict: V.close },
  { ...base, id: 'centrifugo.error.105', code: 105, name: 'ErrorAlreadySubscribed', verdict: V.close },
  { ...base, id: 'centrifugo.error.106', code: 106, name: 'ErrorLimitExceeded', verdict: V.close },
  { ...base, id: 'centrifugo.error.107', code: 107, name: 'ErrorBadRequest', verdict: V.close },
  { ...base, id: 'centrifugo.error.108', code: 108, name: 'ErrorNotAvailable', verdict: V.close },
  {
    ...base,
    id: 'centrifugo.error.109',
    code: 109,
    name: 'ErrorTokenExpired',
    verdict: V.refreshConnectionToken,
  },
  { ...base, id: 'centrifugo.error.110', code: 110, name: 'ErrorExpired', verdict: V.close },
  {
    ...base,
    id: 'centrifugo.error.111',
    code: 111,
    name: 'ErrorTooManyRequests',
    verdict: V.reconnect,
    temporary: true,
  },
  { ...base, id: 'centrifugo.error.112', code: 112, name: 'ErrorUnrecoverablePosition', verdict: V.close },
  {
    ...base,
    id: 'centrifugo.error.113',
    code: 113,
    name: 'ErrorConcurrentPagination',
    verdict: V.reconnect,
    temporary: true,
  },
];
