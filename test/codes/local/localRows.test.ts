import { describe, expect, it } from 'vitest';
import { celeriantCodeRules } from '../../../src/codes/celeriant/celeriantRules.ts';
import { classifyCeleriant } from '../../../src/codes/celeriant/classifyCeleriant.ts';
import { classify } from '../../../src/codes/classify.ts';
import { UNKNOWN_LOCAL_RULE } from '../../../src/codes/classifyLocal.ts';
import { classifyClient } from '../../../src/codes/client/classifyClient.ts';
import { explain } from '../../../src/codes/explain.ts';
import type { Signal, Verdict, VerdictSpec } from '../../../src/codes/types.ts';
import { requestVerdictOf } from '../../../src/protocols/celeriant/requestVerdict.ts';
import {
  subscriptionTokenFailed,
  unauthorizedConnection,
  unauthorizedSubscription,
} from '../../../src/protocols/centrifugo/clientVerdict.ts';
import { lameDuckVerdict } from '../../../src/protocols/nats/lameDuckVerdict.ts';

/** The verdict fields the machines act on. */
const spec = (v: Verdict): VerdictSpec => ({
  scope: v.scope,
  action: v.action,
  ...(v.resetPosition ? { resetPosition: true } : {}),
  ...(v.clearToken ? { clearToken: true } : {}),
  ...(v.immediate ? { immediate: true } : {}),
});

// What the sessions built by hand before these rows existed (git 036e096), kept as the oracle.
const WATCH_LOCAL: VerdictSpec = { scope: 'subscription', action: 'resubscribe', resetPosition: true };

describe('local rows classify as the hand-made verdicts did', () => {
  it.each<[string, Signal, VerdictSpec]>([
    [
      'nats.info.ldm',
      { protocol: 'nats', kind: 'local', rule: 'nats.info.ldm', reason: 'x' },
      { scope: 'connection', action: 'reconnect', immediate: true },
    ],
    [
      'nats.pool.exhausted',
      { protocol: 'nats', kind: 'local', rule: 'nats.pool.exhausted', reason: 'x' },
      { scope: 'connection', action: 'close' },
    ],
    ...['eof', 'liveness', 'api-key'].map((name): [string, Signal, VerdictSpec] => [
      `celeriant.watch.${name}`,
      { protocol: 'celeriant', kind: 'local', rule: `celeriant.watch.${name}`, reason: 'x' },
      WATCH_LOCAL,
    ]),
  ])('%s', (rule, signal, expected) => {
    const verdict = classify(signal);
    expect(verdict.rule).toBe(rule);
    expect(spec(verdict)).toEqual(expected);
    expect(verdict.reason).toBe('x');
    expect(explain(verdict)?.id).toBe(rule);
  });

  it('the lame-duck helper keeps its reason', () => {
    expect(lameDuckVerdict('nats://a:4222')).toMatchObject({
      rule: 'nats.info.ldm',
      reason: 'nats://a:4222 entered lame duck mode',
      immediate: true,
    });
  });

  it.each([
    [unauthorizedConnection, 'centrifugo.client.disconnected.1', 'connection', 'close', 1],
    [unauthorizedSubscription, 'centrifugo.client.unsubscribed.1', 'subscription', 'unsubscribe', 1],
    [subscriptionTokenFailed, 'centrifugo.client.error.8', 'subscription', 'resubscribe', 8],
  ] as const)('Centrifugo client verdict %#: %s', (make, rule, scope, action, code) => {
    const verdict = make();
    expect(verdict).toMatchObject({ rule, scope, action, code });
    expect(verdict.entry?.id).toBe(rule);
  });

  it('a re-probe keeps the fan-out answer behind it (code, row, details)', () => {
    const cause = classify({
      protocol: 'celeriant',
      kind: 'error',
      code: 9002,
      message: '{"num_shards":4}',
    });
    const verdict = classify({
      protocol: 'celeriant',
      kind: 'local',
      rule: 'celeriant.watch.reprobe',
      reason: cause.reason ?? '',
      cause,
    });
    expect(spec(verdict)).toEqual(WATCH_LOCAL);
    expect(verdict).toMatchObject({ rule: 'celeriant.watch.reprobe', code: 9002 });
    expect(verdict.entry).toBe(cause.entry);
    expect(verdict.details).toEqual(cause.details);
  });
});

/** Every Celeriant verdict the server can cause: each row, a code per range, and the default. */
const CELERIANT_CAUSES: Verdict[] = [
  ...celeriantCodeRules.map((row) => row.code as number),
  1999,
  5999,
  10999,
  -1,
].map((code) => classifyCeleriant({ protocol: 'celeriant', kind: 'error', code, message: 'm' }));

describe('re-scoping a server verdict', () => {
  it.each(CELERIANT_CAUSES.map((v) => [v.rule, v] as const))('%s on a watch', (_rule, cause) => {
    const verdict = classify({
      protocol: 'celeriant',
      kind: 'rescope',
      scope: 'subscription',
      cause,
      reason: cause.reason ?? cause.rule,
    });
    if (cause.scope === 'subscription') return expect(verdict).toBe(cause);
    // The watch driver's old localVerdict(...) for a verdict of another scope.
    const terminal = cause.action === 'close' || cause.action === 'fail';
    const clearToken = cause.action === 'refresh-token' || cause.clearToken === true;
    expect(spec(verdict)).toEqual({
      scope: 'subscription',
      action: terminal ? 'unsubscribe' : 'resubscribe',
      resetPosition: true,
      ...(clearToken ? { clearToken: true } : {}),
    });
    expect(verdict.rule).toMatch(/^celeriant\.watch\.server-/);
    expect(verdict).toMatchObject({ code: cause.code, reason: cause.reason });
    // explain(verdict) shows the server's row when one matched, else the re-scope row.
    if (cause.entry) expect(verdict.entry).toBe(cause.entry);
    else expect(verdict.entry?.id).toBe(verdict.rule);
    expect(explain(verdict.rule)).toBeDefined();
  });

  it.each(CELERIANT_CAUSES.map((v) => [v.rule, v] as const))('%s on a request', (_rule, cause) => {
    const verdict = requestVerdictOf(cause);
    const acts = ['succeed', 'conflict', 'fail', 'redirect', 'retry'].includes(cause.action);
    if (cause.scope === 'request' && acts) return expect(verdict).toBe(cause);
    expect(spec(verdict)).toEqual({ scope: 'request', action: 'fail' });
    expect(verdict).toMatchObject({ rule: 'celeriant.request.server-fail', code: cause.code });
    if (cause.entry) expect(verdict.entry).toBe(cause.entry);
  });

  it('never throws on a cause that is not a verdict', () => {
    for (const cause of [undefined, null, 7, 'x', {}, { scope: 'request' }]) {
      const signal = { protocol: 'celeriant', kind: 'rescope', scope: 'request', cause } as never;
      expect(classify(signal).rule).toBe('celeriant.request.server-fail');
    }
  });
});

describe('client-side causes', () => {
  it('classifyClient gives the row the machines record', () => {
    expect(classifyClient({ protocol: 'client', kind: 'local', rule: 'liveness' })).toMatchObject({
      scope: 'connection',
      action: 'reconnect',
      rule: 'liveness',
    });
  });
});

describe('local signals that name no row', () => {
  it.each(['centrifugo', 'nats', 'celeriant', 'client'] as const)('%s: ignored, never thrown on', (p) => {
    const classifier = p === 'client' ? classifyClient : classify;
    for (const rule of ['no.such.rule', 42, undefined, 'centrifugo.disconnect.3500', 'toString']) {
      const verdict = classifier({ protocol: p, kind: 'local', rule } as never);
      expect(verdict).toMatchObject({ scope: 'none', action: 'ignore', rule: UNKNOWN_LOCAL_RULE });
    }
  });
});
