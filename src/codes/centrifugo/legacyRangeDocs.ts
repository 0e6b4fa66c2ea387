import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.legacy;

/** Message, description, remediation and source of each rule in legacyRangeRules.ts, keyed by rule id. */
export const legacyRangeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo-legacy.json-advice': {
    message: '{"reason":"...","reconnect":true|false}',
    description:
      'The close reason parses as JSON: its reconnect flag decides (true reconnects, anything else closes), whatever the code.',
    remediation: 'Send reconnect true in the advice if the client should come back.',
    source,
  },
  'centrifugo-legacy.disconnect.default': {
    message: 'disconnect',
    description:
      'A code the legacy table lacks and no JSON advice: legacy clients (centrifuge-js 2.x) reconnect unless advised otherwise.',
    remediation: 'Send the JSON advice with a reconnect flag, as legacy servers do, to control the client.',
    source,
  },
};
