import type { CodeRule } from '../types.ts';
import { natsRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Permission `-ERR`s. The server keeps the connection and drops only the subscription or the
 * message named, so the verdict touches only that subscription or request; the classifier parses
 * the subject (and queue group) into `verdict.details` (spec nats.md §2.1, §4.1).
 */
export const permissionErrorRules: readonly CodeRule[] = [
  natsRule('err', {
    text: 'Permissions Violation for Subscription',
    name: 'PermissionsViolationForSubscription',
    verdict: V.unsubscribe,
    extra: { constant: 'Permissions Violation for Subscription', wire: true, permission: 'subscription' },
  }),
  natsRule('err', {
    text: 'Permissions Violation for Publish with Reply of',
    name: 'PermissionsViolationForPublishWithReply',
    verdict: V.fail,
    extra: { wire: true, permission: 'publish' },
  }),
  natsRule('err', {
    text: 'Permissions Violation for Publish',
    name: 'PermissionsViolationForPublish',
    verdict: V.fail,
    extra: { constant: 'Permissions Violation for Publish', wire: true, permission: 'publish' },
  }),
  natsRule('err', {
    text: 'Permissions Violation',
    name: 'PermissionsViolation',
    verdict: V.ignore,
    extra: { wire: true, permission: 'unknown' },
  }),
];
