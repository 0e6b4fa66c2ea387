import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/index.ts';

describe('NATS close reasons', () => {
  it.each([
    ['Stale Connection', 'reconnect', 'nats.close-reason.stale-connection'],
    ['StaleConnection', 'reconnect', 'nats.close-reason.stale-connection'],
    ['stale connection', 'reconnect', 'nats.close-reason.stale-connection'],
    ['Server Shutdown', 'reconnect', 'nats.close-reason.server-shutdown'],
    ['Maximum Connections Exceeded', 'reconnect', 'nats.close-reason.maximum-connections-exceeded'],
    ['Maximum Message Payload Exceeded', 'reconnect', 'nats.close-reason.maximum-message-payload-exceeded'],
    ['Slow Consumer (Write Deadline)', 'reconnect', 'nats.close-reason.slow-consumer-write-deadline'],
    ['Authentication Failure', 'refresh-token', 'nats.close-reason.authentication-failure'],
    ['AuthenticationViolation', 'refresh-token', 'nats.close-reason.authentication-failure'],
    ['Authentication Expired', 'refresh-token', 'nats.close-reason.authentication-expired'],
    ['Credentials Revoked', 'reconnect', 'nats.close-reason.credentials-revoked'],
    ['Something Newer', 'reconnect', 'nats.close-reason.default'],
    ['', 'reconnect', 'nats.close-reason.default'],
  ] as const)('%j ⇒ connection %s (%s)', (reason, action, rule) => {
    expect(classify({ protocol: 'nats', kind: 'close-reason', reason })).toMatchObject({
      scope: 'connection',
      action,
      rule,
    });
  });

  it('keeps the -ERR a client receives before each close, and that -ERR has a row', () => {
    const closing = classify({ protocol: 'nats', kind: 'close-reason', reason: 'MaxPayloadExceeded' });
    const wire = closing.entry?.extra?.err;
    expect(wire).toBe('Maximum Payload Violation');
    expect(classify({ protocol: 'nats', kind: 'err', text: String(wire) }).action).toBe(closing.action);
  });
});

describe('NATS client error classes', () => {
  it.each([
    // nats.py names
    ['ConnectionClosedError', 'connection', 'close', 'nats.client-error.ConnectionClosedError'],
    ['NoServersError', 'connection', 'close', 'nats.client-error.NoServersError'],
    ['AuthorizationError', 'connection', 'refresh-token', 'nats.client-error.AuthorizationError'],
    ['StaleConnectionError', 'connection', 'reconnect', 'nats.client-error.StaleConnectionError'],
    ['TimeoutError', 'request', 'retry', 'nats.client-error.TimeoutError'],
    ['NoRespondersError', 'request', 'fail', 'nats.client-error.NoRespondersError'],
    ['KeyWrongLastSequenceError', 'request', 'conflict', 'nats.client-error.KeyWrongLastSequenceError'],
    ['ObjectAlreadyExists', 'request', 'conflict', 'nats.client-error.ObjectAlreadyExists'],
    ['NoKeysError', 'request', 'succeed', 'nats.client-error.NoKeysError'],
    [
      'ConsumerSequenceMismatchError',
      'subscription',
      'resubscribe',
      'nats.client-error.ConsumerSequenceMismatchError',
    ],
    ['nats.js.errors.Error', 'request', 'fail', 'nats.client-error.jetstream.Error'],
    ['nats.errors.Error', 'none', 'ignore', 'nats.client-error.Error'],
    // nats.js v3 names map to the same rows, or to their own
    ['ClosedConnectionError', 'connection', 'close', 'nats.client-error.ConnectionClosedError'],
    ['DrainingConnectionError', 'request', 'fail', 'nats.client-error.ConnectionDrainingError'],
    ['NoResponders', 'request', 'fail', 'nats.client-error.NoRespondersError'],
    ['PermissionViolationError', 'subscription', 'unsubscribe', 'nats.client-error.PermissionViolationError'],
    [
      'UserAuthenticationExpiredError',
      'connection',
      'refresh-token',
      'nats.client-error.UserAuthenticationExpiredError',
    ],
    ['ConnectionError', 'connection', 'close', 'nats.client-error.ConnectionError'],
    ['JetStreamNotEnabled', 'request', 'fail', 'nats.client-error.JetStreamNotEnabled'],
    // case-insensitive, whitespace-tolerant; unknown names get the default rule
    ['  connectionclosederror ', 'connection', 'close', 'nats.client-error.ConnectionClosedError'],
    ['SomethingElseError', 'none', 'ignore', 'nats.client-error.default'],
    ['Error: boom', 'none', 'ignore', 'nats.client-error.default'],
  ] as const)('%j ⇒ %s %s (%s)', (name, scope, action, rule) => {
    expect(classify({ protocol: 'nats', kind: 'client-error', name })).toMatchObject({ scope, action, rule });
  });
});

describe('malformed NATS signals', () => {
  it.each([
    { protocol: 'nats', kind: 'nope' },
    { protocol: 'nats' },
    { protocol: 'nats', kind: 'close-reason', reason: 7 },
    { protocol: 'nats', kind: 'client-error', name: ['x'] },
  ])('%j gets a verdict, never a throw', (signal) => {
    const verdict = classify(signal as never);
    expect(typeof verdict.rule).toBe('string');
    expect(verdict.rule.startsWith('nats.')).toBe(true);
  });
});
