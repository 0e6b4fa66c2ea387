import type { CodeRule } from '../types.ts';
import { closeReasonRule as reason } from './closeReasonRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Connection close reasons (seed 000, "Connection Close Reasons"; what a client receives before
 * each: spec nats.md §4.1). A close reason means the socket is gone: the session reconnects, and
 * refreshes credentials first when the reason is about them.
 */
export const closeReasonRules: readonly CodeRule[] = [
  reason('Client Closed', 'ClientClosed', V.reconnect),
  reason('Authentication Timeout', 'AuthenticationTimeout', V.refreshToken, 'Authentication Timeout'),
  reason('Authentication Failure', 'AuthenticationViolation', V.refreshToken, 'Authorization Violation'),
  reason('TLS Handshake Failure', 'TLSHandshakeError', V.reconnect, 'Secure Connection - TLS Required'),
  reason('Slow Consumer (Pending Bytes)', 'SlowConsumerPendingBytes', V.reconnect),
  reason('Slow Consumer (Write Deadline)', 'SlowConsumerWriteDeadline', V.reconnect),
  reason('Write Error', 'WriteError', V.reconnect),
  reason('Read Error', 'ReadError', V.reconnect),
  reason('Parse Error', 'ParseError', V.reconnect),
  reason('Stale Connection', 'StaleConnection', V.reconnect, 'Stale Connection'),
  reason('Protocol Violation', 'ProtocolViolation', V.reconnect, 'Unknown Protocol Operation'),
  reason('Bad Client Protocol Version', 'BadClientProtocolVersion', V.reconnect, 'invalid client protocol'),
  reason('Incorrect Port', 'WrongPort', V.reconnect, 'attempted to connect to route port'),
  reason(
    'Maximum Account Connections Exceeded',
    'MaxAccountConnectionsExceeded',
    V.reconnect,
    'maximum account active connections exceeded',
  ),
  reason(
    'Maximum Connections Exceeded',
    'MaxConnectionsExceeded',
    V.reconnect,
    'maximum connections exceeded',
  ),
  reason('Maximum Message Payload Exceeded', 'MaxPayloadExceeded', V.reconnect, 'Maximum Payload Violation'),
  reason(
    'Maximum Control Line Exceeded',
    'MaxControlLineExceeded',
    V.reconnect,
    'maximum control line exceeded',
  ),
  reason(
    'Maximum Subscriptions Exceeded',
    'MaxSubscriptionsExceeded',
    V.reconnect,
    'maximum subscriptions exceeded',
  ),
  reason('Server Shutdown', 'ServerShutdown', V.reconnect),
  reason('Authentication Expired', 'AuthenticationExpired', V.refreshToken, 'User Authentication Expired'),
  reason('Credentials Revoked', 'Revocation', V.refreshToken, 'User Authentication Revoked'),
  reason('Message Header Violation', 'MsgHeaderViolation', V.reconnect),
  reason(
    'No Responders Requires Headers',
    'NoRespondersRequiresHeaders',
    V.reconnect,
    'no responders requires headers support',
  ),
  reason('Duplicate Client ID', 'DuplicateClientID', V.reconnect),
  reason('Kicked', 'Kicked', V.reconnect),
  reason('Proxy Not Trusted', 'ProxyNotTrusted', V.refreshToken, 'Authorization Violation'),
  reason('Proxy Required', 'ProxyRequired', V.refreshToken, 'Authorization Violation'),
];
