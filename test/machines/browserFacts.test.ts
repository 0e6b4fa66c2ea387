// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import { top } from './harness.ts';

function pageEvent(type: string, persisted: boolean): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'persisted', { value: persisted });
  return event;
}

describe('browser facts (happy-dom window and document)', () => {
  it('offline drops the connection and online reconnects without waiting', () => {
    const clock = new SimulatedClock();
    const actor = createActor(connectionMachine, { clock, input: { backoff: fixedBackoff(60_000) } }).start();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    window.dispatchEvent(new Event('offline'));
    expect(top(actor)).toBe('reconnecting');
    window.dispatchEvent(new Event('online'));
    expect(top(actor)).toBe('connecting');
    actor.stop();
  });

  it('bfcache pagehide and pageshow with persisted drop and restore', () => {
    const actor = createActor(connectionMachine, { input: { backoff: fixedBackoff(60_000) } }).start();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    window.dispatchEvent(pageEvent('pagehide', true));
    expect(actor.getSnapshot().context.lastVerdict?.rule).toBe('browser.pagehide');
    window.dispatchEvent(pageEvent('pageshow', true));
    expect(top(actor)).toBe('connecting');
    actor.stop();
  });

  it('removes its listeners when the actor stops', () => {
    const actor = createActor(connectionMachine).start();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    actor.stop();
    window.dispatchEvent(new Event('offline'));
    expect(top(actor)).toBe('connected');
  });

  it('visibilitychange reaches the machine without changing state', () => {
    const events: string[] = [];
    const actor = createActor(connectionMachine, {
      inspect: (e) => {
        if (e.type === '@xstate.event' && e.actorRef.sessionId === e.rootId) events.push(e.event.type);
      },
    }).start();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(events).toContain('visible');
    expect(top(actor)).toBe('idle');
    actor.stop();
  });
});
