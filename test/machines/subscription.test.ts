import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { selectSubscriptionStatus } from '../../src/machines/subscription/subscription.selectors.ts';
import { startSubscription, top, verdict } from './harness.ts';

const sub = (action: Parameters<typeof verdict>[0], extra = {}) =>
  verdict(action, { scope: 'subscription', ...extra });

describe('subscription machine: basic lifecycle', () => {
  it('waits for the connection, then subscribes with its position', () => {
    const { actor, commands } = startSubscription({ position: { offset: 5, epoch: 'E' } });
    actor.send({ type: 'subscribe' });
    expect(actor.getSnapshot().value).toEqual({ subscribing: 'waiting' });
    expect(commands).toEqual([]);
    actor.send({ type: 'connection.up' });
    expect(commands).toEqual([
      {
        type: 'driver.subscribe',
        channel: 'news',
        position: { offset: 5, epoch: 'E' },
        freshCredentials: false,
      },
    ]);
    actor.send({ type: 'subscribe.ok', position: { offset: 6, epoch: 'E' } });
    expect(top(actor)).toBe('subscribed');
    expect(selectSubscriptionStatus(actor.getSnapshot()).position).toEqual({ offset: 6, epoch: 'E' });
  });

  it('records whether the accepted subscribe recovered; a later plain subscribe.ok clears it', () => {
    const { actor } = startSubscription({ connected: true, position: { offset: 5, epoch: 'E' } });
    actor.send({ type: 'subscribe' });
    actor.send({
      type: 'subscribe.ok',
      position: { offset: 9, epoch: 'F' },
      wasRecovering: true,
      recovered: false,
    });
    expect(selectSubscriptionStatus(actor.getSnapshot())).toMatchObject({
      wasRecovering: true,
      recovered: false,
      position: { offset: 9, epoch: 'F' },
    });
    actor.send({ type: 'connection.down' });
    expect(selectSubscriptionStatus(actor.getSnapshot())).toMatchObject({
      state: 'subscribing',
      wasRecovering: true,
    });
    actor.send({ type: 'connection.up' });
    actor.send({ type: 'subscribe.ok' });
    expect(selectSubscriptionStatus(actor.getSnapshot())).toMatchObject({
      wasRecovering: false,
      recovered: false,
    });
  });

  it('connection loss moves subscribed to subscribing; reconnect resubscribes from the latest position', () => {
    const { actor, commands } = startSubscription({ connected: true });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'subscribe.ok' });
    actor.send({ type: 'position', position: { offset: 9 } });
    actor.send({ type: 'connection.down' });
    expect(actor.getSnapshot().value).toEqual({ subscribing: 'waiting' });
    actor.send({ type: 'connection.up' });
    expect(commands.at(-1)).toEqual({
      type: 'driver.subscribe',
      channel: 'news',
      position: { offset: 9 },
      freshCredentials: false,
    });
  });

  it('resubscribe backs off; unsubscribe verdict ends only this subscription without a command', () => {
    const { actor, clock, commands } = startSubscription({ connected: true, backoff: fixedBackoff(500) });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'server.verdict', verdict: sub('resubscribe', { resetPosition: true }) });
    expect(actor.getSnapshot().value).toEqual({ subscribing: 'backoff' });
    expect(selectSubscriptionStatus(actor.getSnapshot())).toMatchObject({
      nextRetryAt: 500,
      canRetryNow: true,
    });
    clock.increment(500);
    expect(commands.filter((c) => c.type === 'driver.subscribe')).toHaveLength(2);
    actor.send({ type: 'server.verdict', verdict: sub('unsubscribe', { code: 2000 }) });
    expect(top(actor)).toBe('unsubscribed');
    expect(commands.some((c) => c.type === 'driver.unsubscribe')).toBe(false);
  });

  it('refresh-token asks the driver for fresh credentials on the next subscribe', () => {
    const { actor, clock, commands } = startSubscription({ connected: true, backoff: fixedBackoff(0) });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'server.verdict', verdict: sub('refresh-token', { code: 109 }) });
    clock.increment(0);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.subscribe', freshCredentials: true });
    actor.send({ type: 'subscribe.ok' });
    expect(actor.getSnapshot().context.freshCredentials).toBe(false);
  });

  it('app unsubscribe sends driver.unsubscribe only when subscribed or in flight', () => {
    const { actor, commands } = startSubscription();
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'unsubscribe' });
    expect(commands).toEqual([]);
    actor.send({ type: 'connection.up' });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'unsubscribe' });
    expect(commands.at(-1)).toEqual({ type: 'driver.unsubscribe', channel: 'news' });
  });
});

describe('leanSubscriptionMachine', () => {
  it('has no driver child and emits the same commands', async () => {
    const { createActor } = await import('xstate');
    const { leanSubscriptionMachine } = await import(
      '../../src/machines/subscription/leanSubscriptionMachine.ts'
    );
    const actor = createActor(leanSubscriptionMachine, { input: { channel: 'c', connected: true } });
    const emitted: unknown[] = [];
    actor.on('*', (event) => emitted.push(event));
    actor.start();
    expect(Object.keys(actor.getSnapshot().children)).toEqual([]);
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'subscribe.ok' });
    actor.send({ type: 'unsubscribe' });
    expect(emitted).toEqual([
      { type: 'driver.subscribe', channel: 'c', position: null, freshCredentials: false },
      { type: 'driver.unsubscribe', channel: 'c' },
    ]);
  });

  it('is the chart sessions build on first use: one object, built once', async () => {
    // Sessions take it from leanSubscriptionChart() (not at import); inspecting or comparing the
    // exported constant must still see the logic the sessions' subscriptions run.
    const { leanSubscriptionMachine } = await import(
      '../../src/machines/subscription/leanSubscriptionMachine.ts'
    );
    const { leanSubscriptionChart } = await import('../../src/machines/subscription/subscription.machine.ts');
    expect(leanSubscriptionChart()).toBe(leanSubscriptionMachine);
    expect(leanSubscriptionChart()).toBe(leanSubscriptionChart());
  });
});

describe('selectSubscriptionStatus', () => {
  it('carries the retry part exactly as selectRetryStatus derives it, in every state', async () => {
    const { selectRetryStatus } = await import('../../src/machines/shared/retryStatus.ts');
    const { actor } = startSubscription({ backoff: fixedBackoff(1000) });
    const seen = [actor.getSnapshot()];
    actor.send({ type: 'subscribe' });
    seen.push(actor.getSnapshot());
    actor.send({ type: 'connection.up' });
    seen.push(actor.getSnapshot());
    actor.send({ type: 'server.verdict', verdict: sub('resubscribe', { code: 2500, reason: 'again' }) });
    seen.push(actor.getSnapshot());
    for (const snapshot of seen) {
      expect(selectSubscriptionStatus(snapshot)).toMatchObject(selectRetryStatus(snapshot));
    }
    expect(selectSubscriptionStatus(seen[3]!)).toMatchObject({
      phase: 'backoff',
      lastCode: 2500,
      canRetryNow: true,
    });
  });
});
