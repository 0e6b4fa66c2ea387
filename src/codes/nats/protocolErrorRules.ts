import type { CodeRule } from '../types.ts';
import { natsRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Protocol `-ERR`s (seed 000, "Protocol and Payload Errors", plus the wire text the spec found).
 * The server closes the socket after each; the session reconnects as nats.js does.
 */
export const protocolErrorRules: readonly CodeRule[] = [
  natsRule('err', {
    text: 'Unknown Protocol Operation',
    name: 'UnknownProtocolOperation',
    verdict: V.reconnect,
    extra: { wire: true, closeReason: 'ProtocolViolation' },
  }),
  natsRule('err', {
    text: 'Invalid client protocol',
    name: 'ErrBadClientProtocol',
    verdict: V.reconnect,
    extra: { constant: 'ErrBadClientProtocol', wire: true, closeReason: 'BadClientProtocolVersion' },
  }),
  natsRule('err', {
    text: 'No responders requires headers support',
    name: 'ErrNoRespondersRequiresHeaders',
    verdict: V.reconnect,
    extra: {
      constant: 'ErrNoRespondersRequiresHeaders',
      wire: true,
      closeReason: 'NoRespondersRequiresHeaders',
    },
  }),
  natsRule('err', {
    text: 'Bad message header detected',
    name: 'ErrBadMsgHeader',
    verdict: V.reconnect,
    extra: { constant: 'ErrBadMsgHeader', wire: false },
  }),
  natsRule('err', {
    text: 'Message headers not supported',
    name: 'ErrMsgHeadersNotSupported',
    verdict: V.reconnect,
    extra: { constant: 'ErrMsgHeadersNotSupported', wire: false, closeReason: 'MsgHeaderViolation' },
  }),
  natsRule('err', {
    text: 'Protocol Violation',
    name: 'ProtocolViolation',
    verdict: V.reconnect,
    extra: { constant: 'Protocol Violation', wire: false, closeReason: 'ProtocolViolation' },
  }),
  natsRule('err', {
    text: 'Parser Error',
    name: 'ParserError',
    verdict: V.reconnect,
    extra: { constant: 'Parser Error', wire: false, closeReason: 'ParseError' },
  }),
];
