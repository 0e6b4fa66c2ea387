import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.closeEvent;

/** Message, description, remediation and source of each rule in closeRules.ts, keyed by rule id. */
export const closeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.close.json-advice': {
    message: '{"reason":"...","reconnect":true|false}',
    description:
      'The close reason parses as JSON: its reconnect flag decides (true reconnects, anything else closes), whatever the code. Legacy servers send this.',
    remediation: 'Send reconnect true in the advice if the client should come back.',
    source,
  },
  'centrifugo.close.1009': {
    message: 'message size limit exceeded',
    description:
      'WebSocket close 1009: a message was too big. Terminal even with JSON advice, reported as client code 3.',
    remediation: 'Raise the WebSocket read and write limits or publish smaller messages.',
    source,
  },
  'centrifugo.close.below-3000': {
    message: 'transport closed',
    description:
      'WebSocket close codes below 3000 (1000, 1001, 1006, ...): the transport closed; reconnect, reported as client code 1.',
    remediation: 'Let the session reconnect; check the network or proxy if it repeats.',
    source,
  },
  'centrifugo.close.empty-reason': {
    message: 'connection closed',
    description:
      'A close code from 3000 with an empty reason: centrifuge-js skips the range rule and reconnects, even for 3500-3999.',
    remediation: 'Always send a close reason with a Centrifugo close code.',
    source,
  },
};
