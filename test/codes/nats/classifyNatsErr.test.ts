import { describe, expect, it } from 'vitest';
import { classify, type Verdict } from '../../../src/codes/index.ts';

const err = (text: string): Verdict => classify({ protocol: 'nats', kind: 'err', text });

describe('NATS -ERR rules', () => {
  it.each([
    // auth: refresh credentials (the machine closes on the second in a row)
    ["'Authorization Violation'", 'connection', 'refresh-token', 'nats.err.authorization-violation'],
    ["'User Authentication Expired'", 'connection', 'refresh-token', 'nats.err.user-authentication-expired'],
    [
      "'Account Authentication Expired'",
      'connection',
      'refresh-token',
      'nats.err.account-authentication-expired',
    ],
    ["'Authentication Timeout'", 'connection', 'refresh-token', 'nats.err.authentication-timeout'],
    // revoked credentials reconnect; the next dial is refused as an auth error (spec §2.1)
    ["'User Authentication Revoked'", 'connection', 'reconnect', 'nats.err.user-authentication-revoked'],
    // the server drops the socket: reconnect
    ["'Stale Connection'", 'connection', 'reconnect', 'nats.err.stale-connection'],
    ["'Maximum Payload Violation'", 'connection', 'reconnect', 'nats.err.maximum-payload-violation'],
    ["'maximum connections exceeded'", 'connection', 'reconnect', 'nats.err.maximum-connections-exceeded'],
    [
      "'maximum account active connections exceeded'",
      'connection',
      'reconnect',
      'nats.err.maximum-account-active-connections-exceeded',
    ],
    ["'maximum control line exceeded'", 'connection', 'reconnect', 'nats.err.maximum-control-line-exceeded'],
    ["'Unknown Protocol Operation'", 'connection', 'reconnect', 'nats.err.unknown-protocol-operation'],
    ["'invalid client protocol'", 'connection', 'reconnect', 'nats.err.invalid-client-protocol'],
    [
      "'Connection throttling is active. Please try again later.'",
      'connection',
      'reconnect',
      'nats.err.connection-throttling-is-active',
    ],
    [
      "'attempted to connect to route port'",
      'connection',
      'reconnect',
      'nats.err.attempted-to-connect-to-route-port',
    ],
    // the server keeps the connection
    ["'Invalid Subject'", 'subscription', 'unsubscribe', 'nats.err.invalid-subject'],
    ["'Invalid Publish Subject'", 'request', 'fail', 'nats.err.invalid-publish-subject'],
    ["'maximum subscriptions exceeded'", 'none', 'ignore', 'nats.err.maximum-subscriptions-exceeded'],
    // unknown text: the default rule
    ["'Something New In 2.13'", 'connection', 'reconnect', 'nats.err.default'],
  ] as const)('%s ⇒ %s %s (%s)', (text, scope, action, rule) => {
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
