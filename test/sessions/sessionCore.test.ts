import { describe, expect, it } from 'vitest';
import { fromCallback, SimulatedClock } from 'xstate';
import type { ConnectionDriverCommand, ConnectionStatus } from '../../src/machines/index.ts';
import { createSessionCore } from '../../src/protocols/shared/createSessionCore.ts';
import { sessionTimers } from '../../src/protocols/shared/sessionTimers.ts';

/** A driver that records the machine's commands; the test plays the socket. */
function recordingDriver() {
  const commands: string[] = [];
  const driver = fromCallback<ConnectionDriverCommand>(({ receive }) => {
    receive((command) => commands.push(command.type));
  });
  return { commands, driver };
}

function coreWith(clock = new SimulatedClock()) {
  const { commands, driver } = recordingDriver();
  const edges: boolean[] = [];
  const core = createSessionCore<ConnectionStatus, { status: ConnectionStatus }>({
    driver,
    input: { connectTimeout: 1000 },
    clock,
    onConnectionChange: (up) => edges.push(up),
  });
  return { core, commands, edges, clock };
}

describe('shared session core', () => {
  it('has the Session shape, emits status and tells subscriptions once per edge', () => {
    const { core, commands, edges } = coreWith();
    const states: string[] = [];
    core.on('status', (status) => states.push(status.state));
    core.connect();
    core.actor.send({ type: 'transport.connected' });
    core.actor.send({ type: 'activity' });
    core.actor.send({ type: 'transport.error', reason: 'gone' });
    expect(states).toEqual(['connecting', 'connected', 'connected', 'reconnecting']);
    expect(edges).toEqual([true, false]);
    expect(commands).toEqual(['driver.open', 'driver.close']);
    core.disconnect();
    expect(core.state).toBe('idle');
    core.stop();
    expect(core.actor.getSnapshot().status).toBe('stopped');
  });

  it('extend keeps getters live and adds members', () => {
    const { core } = coreWith();
    const session = core.extend({ extra: () => 42 });
    expect(session.state).toBe('idle');
    session.connect();
    expect(session.state).toBe('connecting');
    expect(session.status.state).toBe('connecting');
    expect(session.extra()).toBe(42);
  });

  it('whenConnected: ready, closed when idle (or connects on demand), timeout on the clock, aborted', async () => {
    const { core, clock } = coreWith();
    await expect(core.whenConnected()).resolves.toBe('closed');
    const onDemand = core.whenConnected({ connectIfIdle: true });
    expect(core.state).toBe('connecting');
    core.actor.send({ type: 'transport.connected' });
    await expect(onDemand).resolves.toBe('ready');
    core.actor.send({ type: 'transport.error', reason: 'gone' });
    const timed = core.whenConnected({ timeout: 500 });
    clock.increment(500);
    await expect(timed).resolves.toBe('timeout');
    const abort = new AbortController();
    const aborted = core.whenConnected({ signal: abort.signal });
    abort.abort();
    await expect(aborted).resolves.toBe('aborted');
    const stopped = core.whenConnected();
    core.stop();
    await expect(stopped).resolves.toBe('closed');
  });
});

describe('sessionTimers', () => {
  it('runs on the injected clock, clamps bad delays and reads its now()', () => {
    const clock = new SimulatedClock();
    const timers = sessionTimers(clock);
    const fired: string[] = [];
    timers.setTimeout(() => fired.push('nan'), Number.NaN);
    const id = timers.setTimeout(() => fired.push('cancelled'), 10);
    timers.setTimeout(() => fired.push('later'), 20);
    timers.clearTimeout(id);
    timers.clearTimeout(undefined);
    clock.increment(0);
    expect(fired).toEqual(['nan']);
    clock.increment(20);
    expect(fired).toEqual(['nan', 'later']);
    expect(timers.now()).toBe(20);
  });

  it('falls back to the platform timers without a clock', async () => {
    const timers = sessionTimers();
    expect(Math.abs(timers.now() - Date.now())).toBeLessThan(1000);
    await new Promise<void>((resolve) => timers.setTimeout(resolve, 0));
  });
});
