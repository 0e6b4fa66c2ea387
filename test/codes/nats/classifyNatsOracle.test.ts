import { errors } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { catalog, classify } from '../../../src/codes/index.ts';
import type { NatsPermissionDetails } from '../../../src/codes/nats/parsePermissionViolation.ts';

// nats.js v3 itself is the oracle: its -ERR parsers decide which texts are auth errors and
// what a permissions violation names (spec nats.md §2.1).
const wireTexts = catalog('nats')
  .filter((r) => r.kind === 'err' && r.extra?.wire === true)
  .map((r) =>
    r.message
      .replace('"<subject>"', '"orders.new"')
      .replace('"<queue>"', '"workers"')
      .replace('"<reply>"', '"_INBOX.r"'),
  );

// Deliberate differences (docs/deviations-nats.md): texts nats.js does not parse as auth errors
// that codestate answers with fresh credentials.
const refreshedByCodestate = new Set(['User Authentication Revoked']);

const samples = [
  ...wireTexts,
  'Permissions Violation for Subscription to "secret.x"',
  'Permissions Violation for Subscription to "secret.>" (sid "12")',
  'Permissions Violation for Publish to "forbidden.y"',
];

describe('NATS -ERR classification agrees with nats.js', () => {
  it.each(samples)('%s', (text) => {
    const verdict = classify({ protocol: 'nats', kind: 'err', text: `'${text}'` });
    const permission = errors.PermissionViolationError.parse(text);
    const auth = errors.UserAuthenticationExpiredError.parse(text) ?? errors.AuthorizationError.parse(text);
    if (permission) {
      expect(verdict.scope).not.toBe('connection');
      const details = verdict.details as NatsPermissionDetails | undefined;
      if (permission.subject) {
        expect(details).toMatchObject({ operation: permission.operation, subject: permission.subject });
        expect(details?.queue).toBe(permission.queue);
      }
    } else if (auth || refreshedByCodestate.has(text)) {
      if (refreshedByCodestate.has(text)) expect(auth).toBeFalsy();
      expect(verdict.action).toBe('refresh-token');
    } else {
      expect(verdict.action).not.toBe('refresh-token');
    }
  });
});
