import type { CodeRule, VerdictSpec } from '../types.ts';
import { clientErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** One nats.py core class (`nats.errors`) with its nats.js v3 equivalent (spec nats.md §6). */
function core(
  name: string,
  natsJs: string | null,
  verdict: VerdictSpec,
  natsJsNote?: string,
  natsJsName?: string,
): CodeRule {
  return clientErrRule({
    name,
    family: 'core',
    module: 'nats.errors',
    natsJs,
    verdict,
    ...(natsJsNote ? { natsJsNote } : {}),
    ...(natsJsName ? { natsJsName } : {}),
  });
}

/**
 * nats.py core error classes (seed 003, "Core NATS Errors", "Connection and Protocol Errors",
 * "Subscription and Message Errors" and the NATS_ERRORS list). Terminal ones close the
 * connection; call-level ones fail or retry only the call.
 */
export const clientErrorRules: readonly CodeRule[] = [
  core('Error', 'Error', V.ignore),
  core('ConnectionClosedError', 'ClosedConnectionError', V.close, '"closed connection"'),
  core('TimeoutError', 'TimeoutError', V.retry),
  core(
    'NoRespondersError',
    'NoRespondersError',
    V.fail,
    'usually the cause of a RequestError',
    'NoResponders',
  ),
  core(
    'StaleConnectionError',
    null,
    V.reconnect,
    'staleConnection status; a server -ERR becomes ProtocolError("Stale Connection")',
  ),
  core('UnexpectedEOF', null, V.reconnect, 'disconnect status'),
  core('OutboundBufferLimitError', null, V.fail, 'nats.js drops publishes made during a reconnect'),
  core(
    'FlushTimeoutError',
    null,
    V.retry,
    'flush() has no timeout; it rejects RequestError("connection disconnected") on a disconnect',
  ),
  core(
    'SecureConnRequiredError',
    'ConnectionError',
    V.close,
    `ConnectionError("server does not support 'tls'") or InvalidArgumentError`,
  ),
  core(
    'SecureConnWantedError',
    'ConnectionError',
    V.close,
    `InvalidArgumentError("'tls' is not available on this server")`,
  ),
  core('SecureConnFailedError', 'ConnectionError', V.reconnect),
  core('AuthorizationError', 'AuthorizationError', V.refreshToken),
  core(
    'NoServersError',
    'ConnectionError',
    V.close,
    'the last dial error, else ConnectionError("connection refused")',
  ),
  core('ProtocolError', 'ProtocolError', V.reconnect),
  core('MaxPayloadError', 'InvalidArgumentError', V.fail, `"'payload' max_payload size exceeded"`),
  core('BadSubscriptionError', 'InvalidOperationError', V.unsubscribe, '"subscription is already closed"'),
  core('BadSubjectError', 'InvalidSubjectError', V.fail),
  core(
    'SlowConsumerError',
    null,
    V.subscriptionNotice,
    'optional slowConsumer status (subscribe({slow})), no drop',
  ),
  core('InvalidCallbackTypeError', 'InvalidArgumentError', V.fail),
  core('BadTimeoutError', 'InvalidArgumentError', V.fail),
  core('DrainTimeoutError', null, V.close, 'drain() has no timeout'),
  core('ConnectionDrainingError', 'DrainingConnectionError', V.fail, '"connection draining"'),
  core('ConnectionReconnectingError', null, V.retry),
  core('InvalidUserCredentialsError', 'InvalidArgumentError', V.close),
  core('JsonParseError', 'InvalidArgumentError', V.fail),
];
