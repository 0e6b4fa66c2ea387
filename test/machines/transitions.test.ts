import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { selectSubscriptionStatus } from '../../src/machines/subscription/subscription.selectors.ts';
import { startConnection, startSubscription, verdict } from './harness.ts';

const key = (value: unknown) => JSON.stringify(value);

describe('connection transitions not covered elsewhere', () => {
  it('connect timeout on a redirect target falls back to the next seed', () => {
    const { actor, clock, commands } = startConnection({ seeds: ['s1:1'], connectTimeout: 3000 });
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    actor.send({ type: 'server.verdict', verdict: verdict('redirect', { target: 'dead:1' }) });
    clock.increment(0);
    clock.increment(3000);
    expect(actor.getSnapshot().context.lastVerdict?.rule).toBe('connect-timeout');
    clock.increment(0);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', target: 's1:1' });
  });

  it.each([
    ['connecting', false],
    ['connected', true],
  ])('disconnect from %s returns to idle and closes the driver', (_, handshake) => {
    const { actor, commands } = startConnection();
    actor.send({ type: 'connect' });
    if (handshake) actor.send({ type: 'transport.connected' });
    actor.send({ type: 'disconnect' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(commands.at(-1)).toEqual({ type: 'driver.close', reason: 'disconnect called' });
  });

  it('with the connect timeout off, a redirect target is not abandoned for a seed', () => {
    const { actor, clock } = startConnection({ seeds: ['s1:1'], connectTimeout: 0 });
    actor.send({ type: 'connect' });
    actor.send({ type: 'server.verdict', verdict: verdict('redirect', { target: 'slow:1' }) });
    clock.increment(0);
    clock.increment(60_000);
    expect(actor.getSnapshot().value).toBe('connecting');
    expect(actor.getSnapshot().context.redirectTarget).toBe('slow:1');
  });

  it('a close verdict arriving while backing off still closes', () => {
    const { actor } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.error', reason: 'reset' });
    actor.send({ type: 'server.verdict', verdict: verdict('close', { code: 3501 }) });
    expect(actor.getSnapshot().value).toBe('closed');
  });

  it('offline while connecting drops the attempt', () => {
    const { actor } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'offline' });
    expect(key(actor.getSnapshot().value)).toBe(key({ reconnecting: 'backoff' }));
  });

  it('retryNow while redirecting connects to the redirect target at once', () => {
    const { actor } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'server.verdict', verdict: verdict('redirect', { target: 'b:1' }) });
    actor.send({ type: 'retryNow' });
    expect(actor.getSnapshot().value).toBe('connecting');
    expect(actor.getSnapshot().context.redirectTarget).toBe('b:1');
  });

  it('clearToken on a reconnect verdict asks for fresh credentials', () => {
    const { actor, clock, commands } = startConnection({ backoff: fixedBackoff(1) });
    actor.send({ type: 'connect' });
    actor.send({ type: 'server.verdict', verdict: verdict('reconnect', { clearToken: true }) });
    clock.increment(1);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', freshCredentials: true });
  });
});

describe('subscription transitions not covered elsewhere', () => {
  it('a subscribe in flight dies with the connection and is sent again when it is back', () => {
    const { actor, commands } = startSubscription({ connected: true });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'connection.down' });
    expect(key(actor.getSnapshot().value)).toBe(key({ subscribing: 'waiting' }));
    actor.send({ type: 'connection.up' });
    expect(commands.filter((c) => c.type === 'driver.subscribe')).toHaveLength(2);
  });

  it('retryNow skips the resubscribe wait', () => {
    const { actor, commands } = startSubscription({ connected: true, backoff: fixedBackoff(60_000) });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'server.verdict', verdict: verdict('resubscribe', { scope: 'subscription' }) });
    actor.send({ type: 'retryNow' });
    expect(key(actor.getSnapshot().value)).toBe(key({ subscribing: 'requesting' }));
    expect(commands.filter((c) => c.type === 'driver.subscribe')).toHaveLength(2);
  });

  it('a backoff wait ending while the connection is down waits for it', () => {
    const { actor, clock } = startSubscription({ connected: true, backoff: fixedBackoff(100) });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'server.verdict', verdict: verdict('resubscribe', { scope: 'subscription' }) });
    actor.send({ type: 'connection.down' });
    expect(key(actor.getSnapshot().value)).toBe(key({ subscribing: 'backoff' }));
    clock.increment(100);
    expect(key(actor.getSnapshot().value)).toBe(key({ subscribing: 'waiting' }));
  });

  it('app unsubscribe from subscribed sends driver.unsubscribe and is terminal', () => {
    const { actor, commands } = startSubscription({ connected: true });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'subscribe.ok' });
    actor.send({ type: 'unsubscribe' });
    expect(commands.at(-1)).toEqual({ type: 'driver.unsubscribe', channel: 'news' });
    expect(selectSubscriptionStatus(actor.getSnapshot())).toMatchObject({
      state: 'unsubscribed',
      terminal: true,
    });
  });

  it('the resubscribe attempt counter grows per wait and resets on subscribe.ok', () => {
    const { actor, clock } = startSubscription({ connected: true, backoff: fixedBackoff(10) });
    actor.send({ type: 'subscribe' });
    actor.send({ type: 'server.verdict', verdict: verdict('resubscribe', { scope: 'subscription' }) });
    clock.increment(10);
    expect(actor.getSnapshot().context.attempt).toBe(1);
    actor.send({ type: 'subscribe.ok' });
    expect(actor.getSnapshot().context.attempt).toBe(0);
  });
});

describe('bad input never crashes a machine', () => {
  it('unusable number options fall back to their defaults', async () => {
    const { actor } = startConnection({
      connectTimeout: -1,
      maxRedirectHops: Number.NaN,
      maxAuthFailures: 0,
    });
    const { context } = actor.getSnapshot();
    expect([context.connectTimeout, context.maxRedirectHops, context.maxAuthFailures]).toEqual([
      10_000, 3, 2,
    ]);
  });

  it('a policy that returns NaN or throws waits 1 s instead of spinning or crashing', () => {
    const nan = { name: 'nan', delay: () => Number.NaN };
    const throws = {
      name: 'throws',
      delay: (): number => {
        throw new Error('boom');
      },
    };
    for (const backoff of [nan, throws]) {
      const { actor } = startConnection({ backoff });
      actor.send({ type: 'connect' });
      actor.send({ type: 'transport.error', reason: 'refused' });
      expect(actor.getSnapshot().context.retryDelay).toBe(1000);
    }
  });

  it('a subscription without a channel fails with a MachineInputError that says how to fix it', async () => {
    const { createActor } = await import('xstate');
    const { subscriptionMachine } = await import('../../src/machines/subscription/subscriptionMachine.ts');
    const { MachineInputError } = await import('../../src/machines/shared/machineInputError.ts');
    const actor = createActor(subscriptionMachine, { input: { channel: '' } });
    const errors: unknown[] = [];
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(errors[0]).toBeInstanceOf(MachineInputError);
    expect(errors[0]).toMatchObject({ field: 'channel', remediation: expect.stringContaining('input') });
  });
});
