import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const UPDATE_CLIENT = 'Use a current NATS client library and report the bytes it sent if the error repeats.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in protocolErrorRules.ts, keyed by rule id. */
export const protocolErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.unknown-protocol-operation': {
    message: 'Unknown Protocol Operation',
    description:
      'The server could not parse an operation the client sent (ProtocolViolation) and closes the socket. This is the text clients receive for a protocol violation.',
    remediation: UPDATE_CLIENT,
    source: 'spec nats.md §4.1',
  },
  'nats.err.invalid-client-protocol': {
    message: 'invalid client protocol',
    description:
      'CONNECT asked for a protocol version the server does not support; the server closes the socket.',
    remediation: 'Send CONNECT with protocol 0 or 1, or upgrade the server.',
    source,
  },
  'nats.err.no-responders-requires-headers-support': {
    message: 'no responders requires headers support',
    description: 'CONNECT set no_responders without headers; the server closes the socket.',
    remediation: 'Set headers: true in CONNECT whenever no_responders is true.',
    source,
  },
  'nats.err.bad-message-header-detected': {
    message: 'Bad message header detected',
    description: 'The server parser found a malformed message header block in an HPUB.',
    remediation: 'Send headers that start with NATS/1.0 and whose byte counts match the HPUB line.',
    source,
  },
  'nats.err.message-headers-not-supported': {
    message: 'Message headers not supported',
    description:
      'The client sent a message with headers to a server or connection that does not support them.',
    remediation: 'Send headers only when INFO says headers: true and CONNECT set headers: true.',
    source,
  },
  'nats.err.protocol-violation': {
    message: 'Protocol Violation',
    description:
      'Documented: the client violated the NATS protocol. On the wire the server sends Unknown Protocol Operation, then closes the socket.',
    remediation: UPDATE_CLIENT,
    source,
  },
  'nats.err.parser-error': {
    message: 'Parser Error',
    description:
      'Documented, but the server never sends it to clients: a parse failure closes the socket as ParseError without an -ERR.',
    remediation: UPDATE_CLIENT,
    source,
  },
};
