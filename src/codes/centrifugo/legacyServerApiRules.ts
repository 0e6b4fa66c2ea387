import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo-legacy', kind: 'server-api', verdict: V.fail } as const;

/** Errors the Centrifugo <= v3.1 HTTP and GRPC server API returned to API callers. */
export const legacyServerApiRules: readonly CodeRule[] = [
  { ...base, id: 'centrifugo-legacy.server-api.100', code: 100, name: 'ErrorInternal', verdict: V.retry },
  { ...base, id: 'centrifugo-legacy.server-api.102', code: 102, name: 'ErrorUnknownChannel' },
  { ...base, id: 'centrifugo-legacy.server-api.104', code: 104, name: 'ErrorMethodNotFound' },
  { ...base, id: 'centrifugo-legacy.server-api.107', code: 107, name: 'ErrorBadRequest' },
  { ...base, id: 'centrifugo-legacy.server-api.108', code: 108, name: 'ErrorNotAvailable' },
  { ...base, id: 'centrifugo-legacy.server-api.112', code: 112, name: 'ErrorUnrecoverablePosition' },
];
