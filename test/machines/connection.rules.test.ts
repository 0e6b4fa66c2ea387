import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { spreadBackoff } from '../../src/machines/backoff/spreadBackoff.ts';
import { selectConnectionStatus } from '../../src/machines/connection/connection.selectors.ts';
import { startConnection, top, verdict } from './harness.ts';

function connected(input: Parameters<typeof startConnection>[0] = {}) {
  const run = startConnection(input);
  run.actor.send({ type: 'connect' });
  run.actor.send({ type: 'transport.connected' });
  return run;
}
const opens = (commands: { type: string }[]) => commands.filter((c) => c.type === 'driver.open');

describe('connection machine: redirects', () => {
  it('redirect with a target is a visible child state, then connects to the target at once', () => {
    const { actor, clock, commands } = connected();
    actor.send({
      type: 'server.verdict',
      verdict: verdict('redirect', { code: 2011, target: 'leader:7000' }),
    });
    expect(actor.getSnapshot().value).toEqual({ reconnecting: 'redirecting' });
    expect(selectConnectionStatus(actor.getSnapshot()).redirectTarget).toBe('leader:7000');
    clock.increment(0);
    expect(top(actor)).toBe('connecting');
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', target: 'leader:7000' });
  });

  it('falls back to the seeds when the target is absent, and when the target is unreachable', () => {
    const { actor, clock, commands } = connected({ seeds: ['s1:1', 's2:1'] });
    actor.send({ type: 'server.verdict', verdict: verdict('redirect') });
    clock.increment(0);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', target: 's1:1' });
    actor.send({ type: 'transport.error', reason: 'ECONNREFUSED' });
    expect(actor.getSnapshot().value).toEqual({ reconnecting: 'redirecting' });
    clock.increment(0);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', target: 's2:1' });
  });

  it('a redirect with neither target nor seeds backs off', () => {
    const { actor } = connected();
    actor.send({ type: 'server.verdict', verdict: verdict('redirect') });
    expect(actor.getSnapshot().value).toEqual({ reconnecting: 'backoff' });
  });

  it('caps the hops so an A→B→A loop ends in backoff, then starts a new round at the default', () => {
    const { actor, clock, commands } = connected({ maxRedirectHops: 3, backoff: fixedBackoff(1000) });
    const targets = ['b:1', 'a:1', 'b:1', 'a:1'];
    for (const target of targets) {
      actor.send({ type: 'server.verdict', verdict: verdict('redirect', { target }) });
      clock.increment(0);
    }
    expect(actor.getSnapshot().value).toEqual({ reconnecting: 'backoff' });
    expect(opens(commands).map((c) => (c as { target?: string }).target)).toEqual([
      undefined,
      'b:1',
      'a:1',
      'b:1',
    ]);
    clock.increment(1000);
    expect(commands.at(-1)).toEqual({ type: 'driver.open', attempt: 1, freshCredentials: false });
    expect(actor.getSnapshot().context.redirectHops).toBe(0);
  });
});

describe('connection machine: credentials, timers and counters', () => {
  it('refresh-token asks for fresh credentials; the second consecutive one closes', () => {
    const { actor, clock, commands } = connected({ backoff: fixedBackoff(10) });
    actor.send({ type: 'server.verdict', verdict: verdict('refresh-token', { code: 109 }) });
    // Below the limit the verdict is recorded as it is; only the isAuthLimitReached transition closes.
    expect(actor.getSnapshot().context.lastVerdict).toMatchObject({ action: 'refresh-token' });
    clock.increment(10);
    expect(commands.at(-1)).toMatchObject({ type: 'driver.open', freshCredentials: true });
    actor.send({ type: 'server.verdict', verdict: verdict('refresh-token', { code: 109 }) });
    expect(top(actor)).toBe('closed');
    expect(actor.getSnapshot().context.lastVerdict).toMatchObject({ action: 'close', code: 109 });
  });

  it('a successful connect or another server verdict breaks the auth-failure streak', () => {
    const { actor, clock } = connected({ backoff: fixedBackoff(10) });
    actor.send({ type: 'server.verdict', verdict: verdict('refresh-token') });
    clock.increment(10);
    actor.send({ type: 'transport.connected' });
    actor.send({ type: 'server.verdict', verdict: verdict('refresh-token') });
    expect(top(actor)).toBe('reconnecting');
    clock.increment(10);
    actor.send({ type: 'server.verdict', verdict: verdict('reconnect') });
    clock.increment(10);
    actor.send({ type: 'server.verdict', verdict: verdict('refresh-token') });
    expect(top(actor)).toBe('reconnecting');
  });

  it('liveness watchdog: activity keeps it alive, silence reconnects', () => {
    const { actor, clock } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected', livenessTimeout: 1000 });
    expect(actor.getSnapshot().value).toEqual({ connected: 'watching' });
    clock.increment(900);
    actor.send({ type: 'activity' });
    clock.increment(900);
    expect(top(actor)).toBe('connected');
    clock.increment(100);
    expect(top(actor)).toBe('reconnecting');
    expect(selectConnectionStatus(actor.getSnapshot()).rule).toBe('liveness');
  });

  it('connect timeout gives up on the attempt and backs off', () => {
    const { actor, clock } = startConnection({ connectTimeout: 5000 });
    actor.send({ type: 'connect' });
    clock.increment(4999);
    expect(top(actor)).toBe('connecting');
    clock.increment(1);
    expect(selectConnectionStatus(actor.getSnapshot())).toMatchObject({
      state: 'reconnecting',
      rule: 'connect-timeout',
    });
  });

  it('the attempt counter grows per wait, resets on connect, not on online', () => {
    const { actor, clock } = startConnection({ backoff: spreadBackoff });
    actor.send({ type: 'connect' });
    for (let i = 1; i <= 3; i++) {
      actor.send({ type: 'transport.error', reason: 'refused' });
      expect(actor.getSnapshot().context.attempt).toBe(i);
      clock.increment(20_000);
    }
    actor.send({ type: 'transport.error', reason: 'refused' });
    actor.send({ type: 'online' });
    expect(top(actor)).toBe('connecting');
    expect(actor.getSnapshot().context.attempt).toBe(4);
    actor.send({ type: 'transport.connected' });
    expect(actor.getSnapshot().context.attempt).toBe(0);
  });

  it('offline and a bfcache pagehide drop the connection; a plain pagehide does not', () => {
    const { actor, clock } = connected({ backoff: fixedBackoff(1000) });
    actor.send({ type: 'pagehide', persisted: false });
    expect(top(actor)).toBe('connected');
    actor.send({ type: 'pagehide', persisted: true });
    expect(selectConnectionStatus(actor.getSnapshot())).toMatchObject({
      state: 'reconnecting',
      rule: 'browser.pagehide',
    });
    actor.send({ type: 'pageshow', persisted: true });
    expect(top(actor)).toBe('connecting');
    actor.send({ type: 'transport.connected' });
    actor.send({ type: 'offline' });
    expect(selectConnectionStatus(actor.getSnapshot()).rule).toBe('browser.offline');
    clock.increment(1000);
    expect(top(actor)).toBe('connecting');
  });

  it('an immediate verdict skips the wait', () => {
    const { actor, clock } = connected({ backoff: fixedBackoff(5000) });
    actor.send({ type: 'server.verdict', verdict: verdict('reconnect', { immediate: true }) });
    expect(actor.getSnapshot().context.retryDelay).toBe(0);
    clock.increment(0);
    expect(top(actor)).toBe('connecting');
  });
});
