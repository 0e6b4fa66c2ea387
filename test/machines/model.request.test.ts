import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Action } from '../../src/codes/types.ts';
import { ACTIONS } from '../../src/codes/types.ts';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { circuitBreakerMachine } from '../../src/machines/breaker/breaker.machine.ts';
import type { BreakerEvent } from '../../src/machines/breaker/breaker.types.ts';
import { requestMachine } from '../../src/machines/request/request.machine.ts';
import type { RequestEvent } from '../../src/machines/request/request.types.ts';
import { verdict } from './harness.ts';

const key = (value: unknown) => JSON.stringify(value);

describe('model-based: request machine, every (state × verdict action) pair', () => {
  const verdicts = ACTIONS.map(
    (action): RequestEvent => ({
      type: 'server.verdict',
      verdict: verdict(action, { scope: 'request', target: 'leader:1' }),
    }),
  );
  const events: RequestEvent[] = [
    { type: 'reply.ok' },
    { type: 'transport.error', reason: 'reset' },
    { type: 'retryNow' },
    { type: 'cancel' },
    ...verdicts,
  ];
  const input = { maxAttempts: 3, maxRedirects: 1, deadline: 0, backoff: fixedBackoff(100), random: () => 0 };
  const paths = getShortestPaths(requestMachine, {
    events,
    input,
    serializeState: (s) => `${key(s.value)}|a=${s.context.attempts}|r=${s.context.redirects}`,
  });

  function expected(value: unknown, ctx: { attempts: number; redirects: number }, action: Action): string {
    if (value !== 'pending') return key(value);
    const retry = ctx.attempts < 3 ? 'waiting' : 'failed';
    switch (action) {
      case 'succeed':
        return key('succeeded');
      case 'conflict':
      case 'fail':
        return key('failed');
      case 'redirect':
        return key(ctx.redirects < 1 && ctx.attempts < 3 ? 'redirecting' : retry);
      case 'retry':
        return key(retry);
      default:
        return key('pending');
    }
  }

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => key(p.state.value)));
    for (const s of ['pending', 'waiting', 'redirecting', 'succeeded', 'failed'])
      expect(reached).toContain(key(s));
  });

  it.each(paths.map((p) => [key(p.state.value), p] as const))('from %s: every verdict action', (_, path) => {
    for (const [index, action] of ACTIONS.entries()) {
      const actor = createActor(requestMachine, { clock: new SimulatedClock(), input }).start();
      for (const step of path.steps) actor.send(step.event);
      expect(key(actor.getSnapshot().value)).toBe(key(path.state.value));
      const { context, status } = actor.getSnapshot();
      // A finished request takes no more events (xstate warns); it must simply stay where it ended.
      if (status !== 'done') actor.send(verdicts[index]!);
      expect(key(actor.getSnapshot().value)).toBe(expected(path.state.value, context, action));
      actor.stop();
    }
  });
});

describe('model-based: circuit breaker, every (state × verdict action) pair', () => {
  const verdicts = ACTIONS.map(
    (action): BreakerEvent => ({ type: 'server.verdict', verdict: verdict(action, { scope: 'request' }) }),
  );
  // The open → half-open timer, sent as the event xstate schedules for it.
  const openTimeout = { type: 'xstate.after.openTimeout.circuitBreaker.open' } as unknown as BreakerEvent;
  const events: BreakerEvent[] = [
    { type: 'request.sent' },
    { type: 'request.ok' },
    { type: 'transport.error', reason: 'reset' },
    { type: 'reset' },
    openTimeout,
    ...verdicts,
  ];
  const input = { failureThreshold: 2, openTimeout: 1000 };
  const paths = getShortestPaths(circuitBreakerMachine, {
    events,
    input,
    serializeState: (s) => `${key(s.value)}|f=${Math.min(s.context.failures, 2)}|t=${s.context.trials}`,
  });

  function expected(value: unknown, failures: number, action: Action): string {
    if (value === 'closed') return key(action === 'retry' && failures + 1 >= 2 ? 'open' : 'closed');
    if (value === 'half-open') {
      if (action === 'retry') return key('open');
      if (action === 'succeed') return key('closed');
    }
    return key(value);
  }

  it('reaches closed, open and half-open', () => {
    const reached = new Set(paths.map((p) => key(p.state.value)));
    for (const s of ['closed', 'open', 'half-open']) expect(reached).toContain(key(s));
  });

  it.each(paths.map((p) => [key(p.state.value), p] as const))('from %s: every verdict action', (_, path) => {
    for (const [index, action] of ACTIONS.entries()) {
      const actor = createActor(circuitBreakerMachine, { clock: new SimulatedClock(), input }).start();
      for (const step of path.steps) actor.send(step.event);
      expect(key(actor.getSnapshot().value)).toBe(key(path.state.value));
      const { failures } = actor.getSnapshot().context;
      actor.send(verdicts[index]!);
      expect(key(actor.getSnapshot().value)).toBe(expected(path.state.value, failures, action));
      actor.stop();
    }
  });
});
