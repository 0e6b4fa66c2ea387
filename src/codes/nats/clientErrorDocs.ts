import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const FIX_CALL = 'Fix the arguments of the call; retrying the same call fails the same way.';
const source = NATS_SOURCES.clientSeed;

/** Message, description, remediation and source of each rule in clientErrorRules.ts, keyed by rule id. */
export const clientErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.client-error.Error': {
    message: 'Error',
    description: 'The base class of every nats.py error; it says nothing on its own.',
    remediation: 'Catch the specific subclass and look it up instead.',
    source,
  },
  'nats.client-error.ConnectionClosedError': {
    message: 'ConnectionClosedError',
    description: 'An operation was attempted on a connection that is closed for good.',
    remediation: 'Call connect() again before publishing, subscribing or requesting.',
    source,
  },
  'nats.client-error.TimeoutError': {
    message: 'TimeoutError',
    description:
      'A request or next_msg got no answer in time. In nats.js the same class also ends a handshake that timed out.',
    remediation:
      'Retry with backoff, and make sure a responder is subscribed and fast enough for the timeout.',
    source,
  },
  'nats.client-error.NoRespondersError': {
    message: 'NoRespondersError',
    description: 'The server answered a request with status 503: nobody is subscribed to the subject.',
    remediation: 'Start a responder on the subject, or check the request subject for typos.',
    source,
  },
  'nats.client-error.StaleConnectionError': {
    message: 'StaleConnectionError',
    description:
      'The server sent Stale Connection, or too many PINGs went unanswered; the client reconnects.',
    remediation: "Keep the client's event loop responsive so it answers PINGs.",
    source,
  },
  'nats.client-error.UnexpectedEOF': {
    message: 'UnexpectedEOF',
    description: 'The socket ended without a close handshake; the client reconnects.',
    remediation: 'Let the session reconnect; give it more than one server so it fails over.',
    source,
  },
  'nats.client-error.OutboundBufferLimitError': {
    message: 'OutboundBufferLimitError',
    description:
      'A publish was made while disconnected and the pending buffer is off or full, so it was refused.',
    remediation: 'Wait for the reconnect before publishing, or enlarge the pending buffer.',
    source,
  },
  'nats.client-error.FlushTimeoutError': {
    message: 'FlushTimeoutError',
    description: 'flush() did not get its PONG in time.',
    remediation: 'Retry the flush after the connection settles, or raise its timeout.',
    source,
  },
  'nats.client-error.SecureConnRequiredError': {
    message: 'SecureConnRequiredError',
    description:
      'The server requires TLS and the client did not ask for it. Defined but no longer raised by nats.py.',
    remediation: 'Connect with a tls:// (or wss://) server and a TLS context.',
    source,
  },
  'nats.client-error.SecureConnWantedError': {
    message: 'SecureConnWantedError',
    description:
      'The client asked for TLS and the server does not offer it. Defined but no longer raised by nats.py.',
    remediation: 'Enable TLS on the server, or connect without TLS.',
    source,
  },
  'nats.client-error.SecureConnFailedError': {
    message: 'SecureConnFailedError',
    description: 'The TLS handshake failed. Defined but no longer raised by nats.py.',
    remediation: 'Check the certificates on both sides; the session retries with backoff.',
    source,
  },
  'nats.client-error.AuthorizationError': {
    message: 'AuthorizationError',
    description:
      'The server refused the credentials (Authorization Violation). nats.py closes for good; nats.js refreshes credentials and closes on the second auth error in a row.',
    remediation: 'Give the session an authenticator that returns current credentials.',
    source,
  },
  'nats.client-error.NoServersError': {
    message: 'NoServersError',
    description: 'No server of the pool could be reached and the reconnect attempts are used up.',
    remediation: 'Start a server or fix the server list, then call connect() again.',
    source,
  },
  'nats.client-error.ProtocolError': {
    message: 'ProtocolError',
    description:
      'A protocol error: a parser failure in nats.py, any unrecognised -ERR in nats.js. The server closes the socket after fatal ones.',
    remediation: 'Let the session reconnect; report the -ERR text if it repeats.',
    source,
  },
  'nats.client-error.MaxPayloadError': {
    message: 'MaxPayloadError',
    description: "A publish was larger than the server's max_payload and was refused before sending.",
    remediation: "Keep messages below the server's max_payload, or split large payloads.",
    source,
  },
  'nats.client-error.BadSubscriptionError': {
    message: 'BadSubscriptionError',
    description: 'The subscription is already closed (drain or unsubscribe called twice).',
    remediation: 'Subscribe again if the messages are still needed.',
    source,
  },
  'nats.client-error.BadSubjectError': {
    message: 'BadSubjectError',
    description: 'The subject or queue name is empty or invalid.',
    remediation: 'Use subjects without spaces or empty tokens.',
    source,
  },
  'nats.client-error.SlowConsumerError': {
    message: 'SlowConsumerError',
    description:
      'The subscription hit its pending limits; nats.py dropped messages and keeps the subscription.',
    remediation: 'Process messages faster or raise the pending limits of the subscription.',
    source,
  },
  'nats.client-error.InvalidCallbackTypeError': {
    message: 'InvalidCallbackTypeError',
    description: 'The callback given to subscribe is not a coroutine function.',
    remediation: FIX_CALL,
    source,
  },
  'nats.client-error.BadTimeoutError': {
    message: 'BadTimeoutError',
    description: 'The timeout given to the call is invalid.',
    remediation: FIX_CALL,
    source,
  },
  'nats.client-error.DrainTimeoutError': {
    message: 'DrainTimeoutError',
    description: 'drain() took longer than drain_timeout; the connection is closed anyway.',
    remediation: 'Let handlers finish faster or raise drain_timeout.',
    source,
  },
  'nats.client-error.ConnectionDrainingError': {
    message: 'ConnectionDrainingError',
    description: 'The connection is draining, so new publishes and subscriptions are refused.',
    remediation: 'Stop issuing work once drain() has been called; use a new connection for new work.',
    source,
  },
  'nats.client-error.ConnectionReconnectingError': {
    message: 'ConnectionReconnectingError',
    description: 'drain() was called while the client was connecting or reconnecting.',
    remediation: 'Wait for the reconnect, then drain.',
    source,
  },
  'nats.client-error.InvalidUserCredentialsError': {
    message: 'InvalidUserCredentialsError',
    description: 'The user credentials file could not be read or parsed.',
    remediation: 'Point the client at a valid .creds file with a JWT and an nkey seed.',
    source,
  },
  'nats.client-error.JsonParseError': {
    message: 'JsonParseError',
    description: 'A JSON payload (such as INFO or an API reply) could not be parsed.',
    remediation: 'Check that the server or responder sends valid JSON.',
    source,
  },
};
