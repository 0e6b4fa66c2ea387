import { describe, expect, it } from 'vitest';
import { classify, type Verdict } from '../../../src/codes/index.ts';
import { verdictRows } from '../verdictRows.ts';

const err = (text: string): Verdict => classify({ protocol: 'nats', kind: 'err', text });

describe('NATS -ERR rules', () => {
  it.each(
    verdictRows({
      // auth: refresh credentials (the machine closes on the second in a row)
      'connection refresh-token': [
        ["'Authorization Violation'", 'nats.err.authorization-violation'],
        ["'User Authentication Expired'", 'nats.err.user-authentication-expired'],
        ["'Account Authentication Expired'", 'nats.err.account-authentication-expired'],
        ["'Authentication Timeout'", 'nats.err.authentication-timeout'],
        // revoked: fresh credentials before the redial (nats.js redials first; deviation S9)
        ["'User Authentication Revoked'", 'nats.err.user-authentication-revoked'],
      ],
      'connection reconnect': [
        // the server drops the socket: reconnect
        ["'Stale Connection'", 'nats.err.stale-connection'],
        ["'Maximum Payload Violation'", 'nats.err.maximum-payload-violation'],
        ["'maximum connections exceeded'", 'nats.err.maximum-connections-exceeded'],
        [
          "'maximum account active connections exceeded'",
          'nats.err.maximum-account-active-connections-exceeded',
        ],
        ["'maximum control line exceeded'", 'nats.err.maximum-control-line-exceeded'],
        ["'Unknown Protocol Operation'", 'nats.err.unknown-protocol-operation'],
        ["'invalid client protocol'", 'nats.err.invalid-client-protocol'],
        [
          "'Connection throttling is active. Please try again later.'",
          'nats.err.connection-throttling-is-active',
        ],
        ["'attempted to connect to route port'", 'nats.err.attempted-to-connect-to-route-port'],
        // unknown text: the default rule
        ["'Something New In 2.13'", 'nats.err.default'],
      ],
      // the server keeps the connection
      'subscription unsubscribe': [["'Invalid Subject'", 'nats.err.invalid-subject']],
      'request fail': [["'Invalid Publish Subject'", 'nats.err.invalid-publish-subject']],
      'none ignore': [["'maximum subscriptions exceeded'", 'nats.err.maximum-subscriptions-exceeded']],
    }),
  )('%s ⇒ %s %s (%s)', (text, scope, action, rule) => {
    expect(err(`-ERR ${text}`)).toMatchObject({ scope, action, rule });
  });

  it.each([
    [
      'Permissions Violation for Subscription to "secret.x"',
      { operation: 'subscription', subject: 'secret.x' },
    ],
    [
      'Permissions Violation for Subscription to "secret.q" using queue "workers"',
      { operation: 'subscription', subject: 'secret.q', queue: 'workers' },
    ],
    [
      'Permissions Violation for Subscription to "secret.>" (sid "7")',
      { operation: 'subscription', subject: 'secret.>' },
    ],
  ])('subscription violation %s touches only that subscription', (text, details) => {
    const verdict = err(`-ERR '${text}'`);
    expect(verdict).toMatchObject({ scope: 'subscription', action: 'unsubscribe' });
    expect(verdict.rule).toBe('nats.err.permissions-violation-for-subscription');
    expect(verdict.details).toStrictEqual(details);
  });

  it.each([
    ['Permissions Violation for Publish to "forbidden"', { operation: 'publish', subject: 'forbidden' }],
    ['Permissions Violation for Publish to "a.b.c"', { operation: 'publish', subject: 'a.b.c' }],
    [
      'Permissions Violation for Publish with Reply of "_INBOX.x"',
      { operation: 'publish', subject: '', reply: '_INBOX.x' },
    ],
  ])('publish violation %s fails only that request', (text, details) => {
    const verdict = err(`'${text}'`);
    expect(verdict).toMatchObject({ scope: 'request', action: 'fail' });
    expect(verdict.details).toStrictEqual(details);
  });

  it('a permissions violation naming no operation is reported and changes nothing', () => {
    expect(err('Permissions Violation')).toMatchObject({
      scope: 'none',
      action: 'ignore',
      rule: 'nats.err.permissions-violation',
    });
  });

  it('the most specific row wins over a shorter one it contains', () => {
    expect(err("'Route Authorization Violation'").rule).toBe('nats.err.route-authorization-violation');
    expect(err("'Slow Consumer Detected'").rule).toBe('nats.err.slow-consumer-detected');
    expect(err('Slow Consumer').rule).toBe('nats.err.slow-consumer');
  });

  it.each([
    'AUTHORIZATION VIOLATION',
    'authorization violation',
    'AuThOrIzAtIoN vIoLaTiOn',
    "nats: 'Authorization Violation'",
  ])('matches %s case-insensitively, by substring', (text) => {
    expect(err(text).rule).toBe('nats.err.authorization-violation');
  });

  it.each([
    "-ERR 'Stale Connection'\r\n",
    "  'Stale Connection'  ",
    '"Stale Connection"',
    '-err Stale Connection',
    'Stale Connection',
  ])('tolerates the wire form %j', (text) => {
    const verdict = err(text);
    expect(verdict.rule).toBe('nats.err.stale-connection');
    expect(verdict.reason).toBe('Stale Connection');
  });

  it('keeps the row and the cleaned reason on the verdict', () => {
    const verdict = err("-ERR 'maximum connections exceeded'");
    expect(verdict.entry?.id).toBe(verdict.rule);
    expect(verdict.reason).toBe('maximum connections exceeded');
  });

  it.each([
    ['empty', ''],
    ['only -ERR', '-ERR'],
    ['only quotes', "''"],
    ['a number', 42],
    ['null', null],
    ['an object', { toString: () => 'Authorization Violation' }],
  ])('gives the default rule to %s', (_label, text) => {
    const verdict = classify({ protocol: 'nats', kind: 'err', text: text as string });
    expect(verdict).toMatchObject({ scope: 'connection', action: 'reconnect', rule: 'nats.err.default' });
  });

  it('caps huge text and still classifies by what fits', () => {
    const verdict = err(`'Authorization Violation${' x'.repeat(1_000_000)}'`);
    expect(verdict.rule).toBe('nats.err.authorization-violation');
    expect(verdict.reason?.length).toBeLessThanOrEqual(1024);
  });
});
