import { describe, expect, it } from 'vitest';
import { type InspectionEvent, SimulatedClock } from 'xstate';
import type { Verdict } from '../../src/codes/types.ts';
import { createSubscriptionHost } from '../../src/protocols/shared/createSubscriptionHost.ts';

describe('createSubscriptionHost', () => {
  it('puts every subscription actor in one system, with the session clock and inspector', () => {
    const seen: InspectionEvent[] = [];
    const clock = new SimulatedClock();
    const host = createSubscriptionHost({ clock, inspect: (event) => seen.push(event) });
    const a = host.create({ channel: 'a', connected: true });
    const b = host.create({ channel: 'b', connected: false });
    expect(a.system).toBe(b.system);
    const commands: string[] = [];
    a.on('*', (command) => commands.push(`${command.type} ${command.channel}`));
    a.start();
    b.start();
    a.send({ type: 'subscribe' });
    expect(commands).toEqual(['driver.subscribe a']);
    expect(seen.some((e) => e.type === '@xstate.event' && e.actorRef === a)).toBe(true);
    // A resubscribe wait runs on the injected clock.
    a.send({ type: 'server.verdict', verdict: resubscribe });
    expect(a.getSnapshot().matches({ subscribing: 'backoff' })).toBe(true);
    clock.increment(60_000);
    expect(commands).toEqual(['driver.subscribe a', 'driver.subscribe a']);
  });

  it('stops one actor: it takes no more events and leaves the others running', () => {
    const host = createSubscriptionHost({});
    const a = host.create({ channel: 'a', connected: true }).start();
    const b = host.create({ channel: 'b', connected: true }).start();
    host.stop(a);
    expect(a.getSnapshot().status).toBe('stopped');
    expect(b.getSnapshot().status).toBe('active');
    b.send({ type: 'subscribe' });
    expect(b.getSnapshot().matches('subscribing')).toBe(true);
  });
});

const resubscribe: Verdict = { action: 'resubscribe', scope: 'subscription', rule: 'test', code: 1 };
