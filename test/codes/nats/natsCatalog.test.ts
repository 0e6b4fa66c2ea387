import { describe, expect, it } from 'vitest';
import { ACTIONS, catalog, classify, lookup, SCOPES } from '../../../src/codes/index.ts';

const rows = catalog('nats');

describe('NATS catalog rows', () => {
  it('has unique ids named after their kind', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      // Local rows keep the ids sessions always recorded (`nats.info.ldm`, `nats.pool.exhausted`).
      const prefix = row.kind === 'range' || row.kind === 'local' ? 'nats.' : `nats.${row.kind}.`;
      expect(row.id.startsWith(prefix), row.id).toBe(true);
      expect(row.protocol).toBe('nats');
    }
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s is complete plain data', (_id, row) => {
    expect(SCOPES).toContain(row.verdict.scope);
    expect(ACTIONS).toContain(row.verdict.action);
    for (const field of [row.name, row.message, row.description, row.remediation, row.source]) {
      expect(field.trim().length).toBeGreaterThan(0);
    }
    // JetStream API rows are keyed by err_code.
    if (row.kind !== 'range' && row.kind !== 'local' && row.kind !== 'js-api')
      expect(row.text?.length).toBeGreaterThan(0);
    // Remediation: imperative, one or two sentences, no markdown.
    expect(row.remediation).not.toMatch(/[`*#]|\]\(/);
    expect(row.remediation.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(2);
    expect(row.remediation[0]).toMatch(/[A-Z]/);
    expect(row.source).toMatch(
      /^(000_e20b104900374d61\.txt|003_3311b233158eb571\.txt|spec nats\.md §|nats-server server\/|codestate JetStream)/,
    );
    expect(JSON.parse(JSON.stringify(row))).toStrictEqual(row);
  });

  it('gives every client error class a family and a nats.js v3 equivalent (or null)', () => {
    for (const row of rows.filter((r) => r.kind === 'client-error')) {
      expect(['core', 'jetstream', 'kv', 'objectstore', 'micro']).toContain(row.extra?.family);
      expect(row.extra?.natsJs === null || typeof row.extra?.natsJs === 'string').toBe(true);
    }
  });

  it('names, for each close reason a client sees, an -ERR text that classifies to a row', () => {
    for (const row of rows.filter((r) => r.kind === 'close-reason' && typeof r.extra?.err === 'string')) {
      const verdict = classify({ protocol: 'nats', kind: 'err', text: String(row.extra?.err) });
      expect(verdict.rule, row.id).not.toBe('nats.err.default');
    }
  });
});

describe('lookup() of NATS texts', () => {
  it.each([
    ['Authorization Violation', 'nats.err.authorization-violation'],
    ['maximum connections exceeded', 'nats.err.maximum-connections-exceeded'],
    ['Maximum Connections Exceeded', 'nats.err.maximum-connections-exceeded'],
    [
      'Permissions Violation for Subscription to "a.b" using queue "q"',
      'nats.err.permissions-violation-for-subscription',
    ],
    [
      'Permissions Violation for Publish with Reply of "_INBOX.1"',
      'nats.err.permissions-violation-for-publish-with-reply-of',
    ],
    ['nats: Stale Connection', 'nats.err.stale-connection'],
    ['ErrTooManySubs', 'nats.err.maximum-subscriptions-exceeded'],
    ['ConnectionClosedError', 'nats.client-error.ConnectionClosedError'],
    ['nats.js.errors.KeyNotFoundError', 'nats.client-error.KeyNotFoundError'],
  ])('%j ⇒ %s', (key, id) => {
    expect(lookup('nats', key)?.id).toBe(id);
  });

  it('narrows by kind when a text names both an -ERR and a close reason', () => {
    expect(lookup('nats', 'Stale Connection')?.kind).toBe('err');
    expect(lookup('nats', 'Stale Connection', 'close-reason')?.id).toBe('nats.close-reason.stale-connection');
    expect(lookup('nats', 'Kicked', 'close-reason')?.name).toBe('Kicked');
  });

  it('finds nothing for unknown text, never a bare class name inside prose', () => {
    expect(lookup('nats', 'completely unrelated words')).toBeUndefined();
    expect(lookup('nats', 'an Error happened')).toBeUndefined();
  });
});
