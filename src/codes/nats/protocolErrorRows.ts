import type { CodeEntry } from '../types.ts';
import { NATS_SOURCES, natsRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const source = NATS_SOURCES.serverSeed;
const UPDATE_CLIENT = 'Use a current NATS client library and report the bytes it sent if the error repeats.';

/**
 * Protocol `-ERR`s (seed 000, "Protocol and Payload Errors", plus the wire text the spec found).
 * The server closes the socket after each; the session reconnects as nats.js does.
 */
export const protocolErrorRows: readonly CodeEntry[] = [
  natsRow('err', {
    text: 'Unknown Protocol Operation',
    name: 'UnknownProtocolOperation',
    description:
      'The server could not parse an operation the client sent (ProtocolViolation) and closes the socket. This is the text clients receive for a protocol violation.',
    verdict: V.reconnect,
    remediation: UPDATE_CLIENT,
    source: 'spec nats.md §4.1',
    extra: { wire: true, closeReason: 'ProtocolViolation' },
  }),
  natsRow('err', {
    text: 'Invalid client protocol',
    name: 'ErrBadClientProtocol',
    message: 'invalid client protocol',
    description:
      'CONNECT asked for a protocol version the server does not support; the server closes the socket.',
    verdict: V.reconnect,
    remediation: 'Send CONNECT with protocol 0 or 1, or upgrade the server.',
    source,
    extra: { constant: 'ErrBadClientProtocol', wire: true, closeReason: 'BadClientProtocolVersion' },
  }),
  natsRow('err', {
    text: 'No responders requires headers support',
    name: 'ErrNoRespondersRequiresHeaders',
    message: 'no responders requires headers support',
    description: 'CONNECT set no_responders without headers; the server closes the socket.',
    verdict: V.reconnect,
    remediation: 'Set headers: true in CONNECT whenever no_responders is true.',
    source,
    extra: {
      constant: 'ErrNoRespondersRequiresHeaders',
      wire: true,
      closeReason: 'NoRespondersRequiresHeaders',
    },
  }),
  natsRow('err', {
    text: 'Bad message header detected',
    name: 'ErrBadMsgHeader',
    description: 'The server parser found a malformed message header block in an HPUB.',
    verdict: V.reconnect,
    remediation: 'Send headers that start with NATS/1.0 and whose byte counts match the HPUB line.',
    source,
    extra: { constant: 'ErrBadMsgHeader', wire: false },
  }),
  natsRow('err', {
    text: 'Message headers not supported',
    name: 'ErrMsgHeadersNotSupported',
    description:
      'The client sent a message with headers to a server or connection that does not support them.',
    verdict: V.reconnect,
    remediation: 'Send headers only when INFO says headers: true and CONNECT set headers: true.',
    source,
    extra: { constant: 'ErrMsgHeadersNotSupported', wire: false, closeReason: 'MsgHeaderViolation' },
  }),
  natsRow('err', {
    text: 'Protocol Violation',
    name: 'ProtocolViolation',
    description:
      'Documented: the client violated the NATS protocol. On the wire the server sends Unknown Protocol Operation, then closes the socket.',
    verdict: V.reconnect,
    remediation: UPDATE_CLIENT,
    source,
    extra: { constant: 'Protocol Violation', wire: false, closeReason: 'ProtocolViolation' },
  }),
  natsRow('err', {
    text: 'Parser Error',
    name: 'ParserError',
    description:
      'Documented, but the server never sends it to clients: a parse failure closes the socket as ParseError without an -ERR.',
    verdict: V.reconnect,
    remediation: UPDATE_CLIENT,
    source,
    extra: { constant: 'Parser Error', wire: false, closeReason: 'ParseError' },
  }),
];
