import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

/** Message, description, remediation and source of each rule in codestateClientRules.ts. */
export const codestateClientDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.client.delta-failed': {
    message: 'delta apply failed',
    description:
      'A publication of a delta-compressed subscription (delta: fossil) could not be decoded: a delta without a base, a bad fossil checksum or size, or data that is not the JSON string the server sends with delta. The subscription unsubscribes and subscribes again at once from its last good position (the next publication is full; a recoverable stream recovers the one lost).',
    remediation:
      'Nothing to do if it is rare; if it repeats, check that no proxy rewrites publication data and that the server and the channel allow delta compression.',
    source: S.subscriptions,
  },
  'centrifugo.client.connect-data-failed': {
    message: 'getData failed',
    description:
      "The connection's getData callback threw or rejected (not with UnauthorizedError): back off and connect again, as centrifuge-js does after its connectData error (code 12).",
    remediation: 'Fix getData so it returns the connect data; throw UnauthorizedError to stop instead.',
    source: S.clientSide,
  },
  'centrifugo.client.subscribe-data-failed': {
    message: 'getData failed',
    description:
      "A subscription's getData callback threw or rejected (not with UnauthorizedError): back off and subscribe again, as centrifuge-js does after its subscribeData error (code 12).",
    remediation: 'Fix getData so it returns the subscribe data; throw UnauthorizedError to stop instead.',
    source: S.clientSide,
  },
};
