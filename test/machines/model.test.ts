import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Action } from '../../src/codes/types.ts';
import { ACTIONS } from '../../src/codes/types.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import type { ConnectionEvent } from '../../src/machines/connection/connection.types.ts';
import type { SubscriptionEvent } from '../../src/machines/subscription/subscription.types.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscriptionMachine.ts';
import { verdict } from './harness.ts';

const stateKey = (value: unknown) => JSON.stringify(value);

describe('model-based: connection machine, every (state × verdict action) pair', () => {
  const verdictEvents = ACTIONS.map(
    (action): ConnectionEvent => ({
      type: 'server.verdict',
      verdict: verdict(action, { target: 'leader:1' }),
    }),
  );
  const events: ConnectionEvent[] = [
    { type: 'connect' },
    { type: 'disconnect' },
    { type: 'transport.connected', livenessTimeout: 1000 },
    { type: 'transport.connected' },
    { type: 'transport.error', reason: 'refused' },
    { type: 'retryNow' },
    ...verdictEvents,
  ];
  const input = { random: () => 0, maxRedirectHops: 2 };
  // attempt grows without bound; the key keeps only what changes a verdict's outcome.
  const paths = getShortestPaths(connectionMachine, {
    events,
    input,
    serializeState: (s) =>
      `${stateKey(s.value)}|auth=${s.context.authFailures}|hops=${s.context.redirectHops}`,
  });

  /** What a verdict must do from a snapshot: the expected top-level state and child. */
  function expected(
    value: unknown,
    ctx: { authFailures: number; redirectHops: number },
    action: Action,
  ): string {
    const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
    if (top === 'reconnecting' && action === 'close') return stateKey('closed');
    if (top !== 'connecting' && top !== 'connected') return stateKey(value);
    switch (action) {
      case 'close':
        return stateKey('closed');
      case 'refresh-token':
        return ctx.authFailures + 1 >= 2 ? stateKey('closed') : stateKey({ reconnecting: 'backoff' });
      case 'redirect':
        return stateKey({ reconnecting: ctx.redirectHops < 2 ? 'redirecting' : 'backoff' });
      case 'reconnect':
        return stateKey({ reconnecting: 'backoff' });
      default:
        return stateKey(value);
    }
  }

  it('reaches every public state and child state', () => {
    const reached = new Set(paths.map((p) => stateKey(p.state.value)));
    for (const value of [
      'idle',
      'connecting',
      'closed',
      { connected: 'watching' },
      { connected: 'unwatched' },
      { reconnecting: 'backoff' },
      { reconnecting: 'redirecting' },
    ]) {
      expect(reached).toContain(stateKey(value));
    }
  });

  it.each(paths.map((p) => [p.state.value, p] as const))('from %j: every verdict action', (_, path) => {
    for (const [index, action] of ACTIONS.entries()) {
      const clock = new SimulatedClock();
      const actor = createActor(connectionMachine, { clock, input }).start();
      for (const step of path.steps) actor.send(step.event);
      expect(stateKey(actor.getSnapshot().value)).toBe(stateKey(path.state.value));
      const { context } = actor.getSnapshot();
      actor.send(verdictEvents[index]!);
      expect(stateKey(actor.getSnapshot().value)).toBe(expected(path.state.value, context, action));
      actor.stop();
    }
  });
});

describe('model-based: subscription machine, every (state × verdict action) pair', () => {
  const verdictEvents = ACTIONS.map(
    (action): SubscriptionEvent => ({
      type: 'server.verdict',
      verdict: verdict(action, { scope: 'subscription' }),
    }),
  );
  const events: SubscriptionEvent[] = [
    { type: 'subscribe' },
    { type: 'unsubscribe' },
    { type: 'connection.up' },
    { type: 'connection.down' },
    { type: 'subscribe.ok' },
    { type: 'retryNow' },
    ...verdictEvents,
  ];
  const input = { channel: 'news', random: () => 0 };
  const paths = getShortestPaths(subscriptionMachine, {
    events,
    input,
    serializeState: (s) => `${stateKey(s.value)}|up=${s.context.connectionUp}`,
  });

  function expected(value: unknown, action: Action): string {
    const live =
      stateKey(value) === stateKey('subscribed') ||
      stateKey(value) === stateKey({ subscribing: 'requesting' });
    if (!live) return stateKey(value);
    if (action === 'unsubscribe') return stateKey('unsubscribed');
    if (action === 'resubscribe' || action === 'refresh-token') return stateKey({ subscribing: 'backoff' });
    return stateKey(value);
  }

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => stateKey(p.state.value)));
    for (const value of [
      'unsubscribed',
      'subscribed',
      ...['waiting', 'requesting', 'backoff'].map((c) => ({ subscribing: c })),
    ]) {
      expect(reached).toContain(stateKey(value));
    }
  });

  it.each(paths.map((p) => [p.state.value, p] as const))('from %j: every verdict action', (_, path) => {
    for (const [index, action] of ACTIONS.entries()) {
      const actor = createActor(subscriptionMachine, { clock: new SimulatedClock(), input }).start();
      for (const step of path.steps) actor.send(step.event);
      expect(stateKey(actor.getSnapshot().value)).toBe(stateKey(path.state.value));
      actor.send(verdictEvents[index]!);
      expect(stateKey(actor.getSnapshot().value)).toBe(expected(path.state.value, action));
      actor.stop();
    }
  });
});
