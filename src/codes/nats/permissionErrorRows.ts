import type { CodeEntry } from '../types.ts';
import { NATS_SOURCES, natsRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Permission `-ERR`s. The server keeps the connection and drops only the subscription or the
 * message named, so the verdict touches only that subscription or request; the classifier parses
 * the subject (and queue group) into `verdict.details` (spec nats.md §2.1, §4.1).
 */
export const permissionErrorRows: readonly CodeEntry[] = [
  natsRow('err', {
    text: 'Permissions Violation for Subscription',
    name: 'PermissionsViolationForSubscription',
    message: 'Permissions Violation for Subscription to "<subject>" using queue "<queue>"',
    description:
      'The user may not subscribe to the subject named (with the queue group, when one is named). The server does not register the subscription, or unsubscribes it after a config reload; the connection stays up.',
    verdict: V.unsubscribe,
    remediation:
      'Grant the user subscribe permission on the subject (and queue group), or subscribe to a subject the user may read.',
    source: NATS_SOURCES.serverSeed,
    extra: { constant: 'Permissions Violation for Subscription', wire: true, permission: 'subscription' },
  }),
  natsRow('err', {
    text: 'Permissions Violation for Publish with Reply of',
    name: 'PermissionsViolationForPublishWithReply',
    message: 'Permissions Violation for Publish with Reply of "<reply>"',
    description:
      'The user may not use the reply subject named (responders need publish permission on reply subjects). The message is dropped; the connection stays up.',
    verdict: V.fail,
    remediation:
      'Grant the user publish permission on its reply subjects (allow_responses), or use an inbox it may publish to.',
    source: 'spec nats.md §4.1',
    extra: { wire: true, permission: 'publish' },
  }),
  natsRow('err', {
    text: 'Permissions Violation for Publish',
    name: 'PermissionsViolationForPublish',
    message: 'Permissions Violation for Publish to "<subject>"',
    description:
      'The user may not publish to the subject named. The server drops the message and keeps the connection; a request to that subject fails.',
    verdict: V.fail,
    remediation:
      'Grant the user publish permission on the subject, or publish to a subject the user may write.',
    source: NATS_SOURCES.serverSeed,
    extra: { constant: 'Permissions Violation for Publish', wire: true, permission: 'publish' },
  }),
  natsRow('err', {
    text: 'Permissions Violation',
    name: 'PermissionsViolation',
    description:
      'A permissions violation whose operation and subject could not be read. nats.js reports it as PermissionViolationError and keeps the connection.',
    verdict: V.ignore,
    remediation:
      'Check the user permissions against the subjects the application publishes and subscribes to.',
    source: 'spec nats.md §2.1',
    extra: { wire: true, permission: 'unknown' },
  }),
];
