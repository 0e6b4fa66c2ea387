import type { CodeDoc } from '../types.ts';

const source = 'spec nats.md §2.1, §6';

/** Message, description, remediation and source of each rule in natsJsErrorRules.ts, keyed by rule id. */
export const natsJsErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.client-error.PermissionViolationError': {
    message: 'PermissionViolationError',
    description:
      'A Permissions Violation -ERR closed the subscription it names; for a publish it rejects the request to that subject. The connection stays up.',
    remediation: 'Grant the user the permission on the subject, or use a subject the user may access.',
    source,
  },
  'nats.client-error.UserAuthenticationExpiredError': {
    message: 'UserAuthenticationExpiredError',
    description:
      'The user JWT expired (User Authentication Expired); nats.js clears it after a successful reconnect, so a refreshing authenticator keeps the session alive.',
    remediation:
      'Issue the user a fresh JWT before the old one expires and return it from the authenticator.',
    source,
  },
  'nats.client-error.ConnectionError': {
    message: 'ConnectionError',
    description:
      'The connection could not be made or was given up: connection refused after the reconnect attempts, or a failing reconnectToServer handler.',
    remediation: 'Start a server or fix the server list, then call connect() again.',
    source,
  },
  'nats.client-error.RequestError': {
    message: 'RequestError',
    description:
      'A request failed; its cause says why (no responders, a permissions violation, or "connection disconnected").',
    remediation: 'Look up the cause of the error and handle that instead.',
    source,
  },
  'nats.client-error.InvalidArgumentError': {
    message: 'InvalidArgumentError',
    description: 'An argument of the call is invalid (payload over max_payload, bad option, missing TLS).',
    remediation: 'Fix the arguments of the call; retrying the same call fails the same way.',
    source,
  },
  'nats.client-error.InvalidOperationError': {
    message: 'InvalidOperationError',
    description:
      'The operation is not valid in the current state (for example the subscription is already closed).',
    remediation: 'Check the state of the connection or subscription before the call.',
    source,
  },
  'nats.client-error.JetStreamStatusError': {
    message: 'JetStreamStatusError',
    description:
      'A pull or push consumer stopped on a JetStream status (for example 409 consumer deleted or heartbeats missed).',
    remediation:
      'Read the status code and description, recreate the consumer if it was deleted, and consume again.',
    source,
  },
  'nats.client-error.JetStreamNotEnabled': {
    message: 'JetStreamNotEnabled',
    description: 'JetStream is not enabled for the account, or no stream or API answered (no responders).',
    remediation: 'Enable JetStream for the account, or create a stream for the subject.',
    source,
  },
  'nats.client-error.StreamNotFoundError': {
    message: 'StreamNotFoundError',
    description: 'The stream does not exist (err_code 10059).',
    remediation: 'Create the stream first, or fix its name.',
    source,
  },
  'nats.client-error.ConsumerNotFoundError': {
    message: 'ConsumerNotFoundError',
    description: 'The consumer does not exist (err_code 10014).',
    remediation: 'Create the consumer first, or fix its name.',
    source,
  },
  'nats.client-error.InvalidNameError': {
    message: 'InvalidNameError',
    description: 'A stream, consumer or bucket name contains characters it may not have.',
    remediation: 'Use names of letters, digits, dashes and underscores.',
    source,
  },
};
