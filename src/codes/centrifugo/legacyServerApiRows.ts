import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = {
  protocol: 'centrifugo-legacy',
  kind: 'server-api',
  source: S.legacySeed,
  verdict: V.fail,
} as const;

/** Errors the Centrifugo <= v3.1 HTTP and GRPC server API returned to API callers. */
export const legacyServerApiRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo-legacy.server-api.100',
    code: 100,
    name: 'ErrorInternal',
    message: 'internal server error',
    description: 'Something went wrong inside Centrifugo.',
    verdict: V.retry,
    remediation: 'Retry the API call with backoff and check the Centrifugo server logs.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.server-api.102',
    code: 102,
    name: 'ErrorUnknownChannel',
    message: 'unknown channel',
    description: 'The namespace in the channel name does not exist.',
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.server-api.104',
    code: 104,
    name: 'ErrorMethodNotFound',
    message: 'method not found',
    description: 'The API method sent does not exist in Centrifugo.',
    remediation: 'Call an API method your Centrifugo version provides.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.server-api.107',
    code: 107,
    name: 'ErrorBadRequest',
    message: 'bad request',
    description: 'Centrifugo cannot parse the data: it is malformed or required fields are missing.',
    remediation: 'Fix the API request body and send every required field.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.server-api.108',
    code: 108,
    name: 'ErrorNotAvailable',
    message: 'not available',
    description: 'The resource is not enabled.',
    remediation: 'Enable the feature (history, presence) for the namespace in the server configuration.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.server-api.112',
    code: 112,
    name: 'ErrorUnrecoverablePosition',
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed for the history query, for example a wrong epoch.',
    remediation: 'Query history from the current stream position or reload the state from your backend.',
  },
];
