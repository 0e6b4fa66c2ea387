import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in permissionErrorRules.ts, keyed by rule id. */
export const permissionErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.permissions-violation-for-subscription': {
    message: 'Permissions Violation for Subscription to "<subject>" using queue "<queue>"',
    description:
      'The user may not subscribe to the subject named (with the queue group, when one is named). The server does not register the subscription, or unsubscribes it after a config reload; the connection stays up.',
    remediation:
      'Grant the user subscribe permission on the subject (and queue group), or subscribe to a subject the user may read.',
    source,
  },
  'nats.err.permissions-violation-for-publish-with-reply-of': {
    message: 'Permissions Violation for Publish with Reply of "<reply>"',
    description:
      'The user may not use the reply subject named (responders need publish permission on reply subjects). The message is dropped; the connection stays up.',
    remediation:
      'Grant the user publish permission on its reply subjects (allow_responses), or use an inbox it may publish to.',
    source: 'spec nats.md §4.1',
  },
  'nats.err.permissions-violation-for-publish': {
    message: 'Permissions Violation for Publish to "<subject>"',
    description:
      'The user may not publish to the subject named. The server drops the message and keeps the connection; a request to that subject fails.',
    remediation:
      'Grant the user publish permission on the subject, or publish to a subject the user may write.',
    source,
  },
  'nats.err.permissions-violation': {
    message: 'Permissions Violation',
    description:
      'A permissions violation whose operation and subject could not be read. nats.js reports it as PermissionViolationError and keeps the connection.',
    remediation:
      'Check the user permissions against the subjects the application publishes and subscribes to.',
    source: 'spec nats.md §2.1',
  },
};
