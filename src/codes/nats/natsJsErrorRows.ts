import type { CodeEntry, VerdictSpec } from '../types.ts';
import { type ClientErrorFamily, clientErrRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** One nats.js v3 class that no nats.py class of seed 003 maps to one-to-one. */
function natsJs(
  family: ClientErrorFamily,
  name: string,
  verdict: VerdictSpec,
  description: string,
  remediation: string,
): CodeEntry {
  return clientErrRow({
    name,
    family,
    module: family === 'core' ? '@nats-io/nats-core' : '@nats-io/jetstream',
    natsJs: name,
    verdict,
    description,
    remediation,
    source: 'spec nats.md §2.1, §6',
  });
}

/**
 * nats.js v3 error classes a session meets that have no one-to-one nats.py class. With them,
 * every class nats.js names in spec nats.md §6 classifies by its own name.
 */
export const natsJsErrorRows: readonly CodeEntry[] = [
  natsJs(
    'core',
    'PermissionViolationError',
    V.unsubscribe,
    'A Permissions Violation -ERR closed the subscription it names; for a publish it rejects the request to that subject. The connection stays up.',
    'Grant the user the permission on the subject, or use a subject the user may access.',
  ),
  natsJs(
    'core',
    'UserAuthenticationExpiredError',
    V.refreshToken,
    'The user JWT expired (User Authentication Expired); nats.js clears it after a successful reconnect, so a refreshing authenticator keeps the session alive.',
    'Issue the user a fresh JWT before the old one expires and return it from the authenticator.',
  ),
  natsJs(
    'core',
    'ConnectionError',
    V.close,
    'The connection could not be made or was given up: connection refused after the reconnect attempts, or a failing reconnectToServer handler.',
    'Start a server or fix the server list, then call connect() again.',
  ),
  natsJs(
    'core',
    'RequestError',
    V.fail,
    'A request failed; its cause says why (no responders, a permissions violation, or "connection disconnected").',
    'Look up the cause of the error and handle that instead.',
  ),
  natsJs(
    'core',
    'InvalidArgumentError',
    V.fail,
    'An argument of the call is invalid (payload over max_payload, bad option, missing TLS).',
    'Fix the arguments of the call; retrying the same call fails the same way.',
  ),
  natsJs(
    'core',
    'InvalidOperationError',
    V.fail,
    'The operation is not valid in the current state (for example the subscription is already closed).',
    'Check the state of the connection or subscription before the call.',
  ),
  natsJs(
    'jetstream',
    'JetStreamStatusError',
    V.fail,
    'A pull or push consumer stopped on a JetStream status (for example 409 consumer deleted or heartbeats missed).',
    'Read the status code and description, recreate the consumer if it was deleted, and consume again.',
  ),
  natsJs(
    'jetstream',
    'JetStreamNotEnabled',
    V.fail,
    'JetStream is not enabled for the account, or no stream or API answered (no responders).',
    'Enable JetStream for the account, or create a stream for the subject.',
  ),
  natsJs(
    'jetstream',
    'StreamNotFoundError',
    V.fail,
    'The stream does not exist (err_code 10059).',
    'Create the stream first, or fix its name.',
  ),
  natsJs(
    'jetstream',
    'ConsumerNotFoundError',
    V.fail,
    'The consumer does not exist (err_code 10014).',
    'Create the consumer first, or fix its name.',
  ),
  natsJs(
    'jetstream',
    'InvalidNameError',
    V.fail,
    'A stream, consumer or bucket name contains characters it may not have.',
    'Use names of letters, digits, dashes and underscores.',
  ),
];
