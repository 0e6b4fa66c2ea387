import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.legacySeed;

/** Message, description, remediation and source of each rule in legacyServerApiRules.ts, keyed by rule id. */
export const legacyServerApiDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo-legacy.server-api.100': {
    message: 'internal server error',
    description: 'Something went wrong inside Centrifugo.',
    remediation: 'Retry the API call with backoff and check the Centrifugo server logs.',
    source,
  },
  'centrifugo-legacy.server-api.102': {
    message: 'unknown channel',
    description: 'The namespace in the channel name does not exist.',
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
    source,
  },
  'centrifugo-legacy.server-api.104': {
    message: 'method not found',
    description: 'The API method sent does not exist in Centrifugo.',
    remediation: 'Call an API method your Centrifugo version provides.',
    source,
  },
  'centrifugo-legacy.server-api.107': {
    message: 'bad request',
    description: 'Centrifugo cannot parse the data: it is malformed or required fields are missing.',
    remediation: 'Fix the API request body and send every required field.',
    source,
  },
  'centrifugo-legacy.server-api.108': {
    message: 'not available',
    description: 'The resource is not enabled.',
    remediation: 'Enable the feature (history, presence) for the namespace in the server configuration.',
    source,
  },
  'centrifugo-legacy.server-api.112': {
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed for the history query, for example a wrong epoch.',
    remediation: 'Query history from the current stream position or reload the state from your backend.',
    source,
  },
};
