import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/index.ts';
import { verdictRows } from '../verdictRows.ts';

describe('NATS close reasons', () => {
  it.each(
    verdictRows({
      'connection reconnect': [
        ['Stale Connection', 'nats.close-reason.stale-connection'],
        ['StaleConnection', 'nats.close-reason.stale-connection'],
        ['stale connection', 'nats.close-reason.stale-connection'],
        ['Server Shutdown', 'nats.close-reason.server-shutdown'],
        ['Maximum Connections Exceeded', 'nats.close-reason.maximum-connections-exceeded'],
        ['Maximum Message Payload Exceeded', 'nats.close-reason.maximum-message-payload-exceeded'],
        ['Slow Consumer (Write Deadline)', 'nats.close-reason.slow-consumer-write-deadline'],
        ['Something Newer', 'nats.close-reason.default'],
        ['', 'nats.close-reason.default'],
      ],
      'connection refresh-token': [
        ['Authentication Failure', 'nats.close-reason.authentication-failure'],
        ['AuthenticationViolation', 'nats.close-reason.authentication-failure'],
        ['Authentication Expired', 'nats.close-reason.authentication-expired'],
        ['Credentials Revoked', 'nats.close-reason.credentials-revoked'],
      ],
    }),
  )('%j ⇒ %s %s (%s)', (reason, scope, action, rule) => {
    expect(classify({ protocol: 'nats', kind: 'close-reason', reason })).toMatchObject({
      scope,
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
  // nats.py names, nats.js v3 names (the same rows, or their own), and names written loosely
  // (case-insensitive, whitespace-tolerant); unknown names get the default rule.
  it.each(
    verdictRows({
      'connection close': [
        ['ConnectionClosedError', 'nats.client-error.ConnectionClosedError'],
        ['NoServersError', 'nats.client-error.NoServersError'],
        ['ClosedConnectionError', 'nats.client-error.ConnectionClosedError'],
        ['ConnectionError', 'nats.client-error.ConnectionError'],
        ['  connectionclosederror ', 'nats.client-error.ConnectionClosedError'],
      ],
      'connection refresh-token': [
        ['AuthorizationError', 'nats.client-error.AuthorizationError'],
        ['UserAuthenticationExpiredError', 'nats.client-error.UserAuthenticationExpiredError'],
      ],
      'connection reconnect': [['StaleConnectionError', 'nats.client-error.StaleConnectionError']],
      'request retry': [['TimeoutError', 'nats.client-error.TimeoutError']],
      'request fail': [
        ['NoRespondersError', 'nats.client-error.NoRespondersError'],
        ['nats.js.errors.Error', 'nats.client-error.jetstream.Error'],
        ['DrainingConnectionError', 'nats.client-error.ConnectionDrainingError'],
        ['NoResponders', 'nats.client-error.NoRespondersError'],
        ['JetStreamNotEnabled', 'nats.client-error.JetStreamNotEnabled'],
      ],
      'request conflict': [
        ['KeyWrongLastSequenceError', 'nats.client-error.KeyWrongLastSequenceError'],
        ['ObjectAlreadyExists', 'nats.client-error.ObjectAlreadyExists'],
      ],
      'request succeed': [['NoKeysError', 'nats.client-error.NoKeysError']],
      'subscription resubscribe': [
        ['ConsumerSequenceMismatchError', 'nats.client-error.ConsumerSequenceMismatchError'],
      ],
      'subscription unsubscribe': [
        ['PermissionViolationError', 'nats.client-error.PermissionViolationError'],
      ],
      'none ignore': [
        ['nats.errors.Error', 'nats.client-error.Error'],
        ['SomethingElseError', 'nats.client-error.default'],
        ['Error: boom', 'nats.client-error.default'],
      ],
    }),
  )('%j ⇒ %s %s (%s)', (name, scope, action, rule) => {
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
