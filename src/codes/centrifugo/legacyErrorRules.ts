import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo-legacy', kind: 'error', verdict: V.close } as const;

/**
 * Client reply errors 100-112 of Centrifugo <= v3.1 (legacy numbering). Same codes and
 * messages as today; the legacy document has no temporary flag. Verdicts are for a connect reply.
 */
export const legacyErrorRules: readonly CodeRule[] = [
  { ...base, id: 'centrifugo-legacy.error.100', code: 100, name: 'ErrorInternal', verdict: V.reconnect },
  { ...base, id: 'centrifugo-legacy.error.101', code: 101, name: 'ErrorUnauthorized' },
  { ...base, id: 'centrifugo-legacy.error.102', code: 102, name: 'ErrorUnknownChannel' },
  { ...base, id: 'centrifugo-legacy.error.103', code: 103, name: 'ErrorPermissionDenied' },
  { ...base, id: 'centrifugo-legacy.error.104', code: 104, name: 'ErrorMethodNotFound' },
  { ...base, id: 'centrifugo-legacy.error.105', code: 105, name: 'ErrorAlreadySubscribed' },
  { ...base, id: 'centrifugo-legacy.error.106', code: 106, name: 'ErrorLimitExceeded' },
  { ...base, id: 'centrifugo-legacy.error.107', code: 107, name: 'ErrorBadRequest' },
  { ...base, id: 'centrifugo-legacy.error.108', code: 108, name: 'ErrorNotAvailable' },
  {
    ...base,
    id: 'centrifugo-legacy.error.109',
    code: 109,
    name: 'ErrorTokenExpired',
    verdict: V.refreshConnectionToken,
  },
  { ...base, id: 'centrifugo-legacy.error.110', code: 110, name: 'ErrorExpired' },
  {
    ...base,
    id: 'centrifugo-legacy.error.111',
    code: 111,
    name: 'ErrorTooManyRequests',
    verdict: V.reconnect,
  },
  { ...base, id: 'centrifugo-legacy.error.112', code: 112, name: 'ErrorUnrecoverablePosition' },
];
