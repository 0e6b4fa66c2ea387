import { describe, expect, it } from 'vitest';
import { createActor, type InspectionEvent } from 'xstate';
import { circuitBreakerMachine } from '../../src/machines/breaker/breaker.machine.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import { consumerMachine } from '../../src/machines/consumer/consumer.machine.ts';
import { requestMachine } from '../../src/machines/request/request.machine.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscriptionMachine.ts';
import { startConnection, verdict } from './harness.ts';

const machines = {
  connectionMachine,
  subscriptionMachine,
  requestMachine,
  circuitBreakerMachine,
  consumerMachine,
};

describe('serialisation and inspection', () => {
  it.each(Object.entries(machines))('%s.toJSON() is plain JSON with named implementations', (_, machine) => {
    const json = JSON.parse(JSON.stringify(machine.toJSON())) as { id: string; states: object };
    expect(typeof json.id).toBe('string');
    expect(Object.keys(json.states).length).toBeGreaterThan(1);
    // Inline action functions serialise as null; named ones as 'name' or { type: 'name' }.
    const unnamed: string[] = [];
    const named = (a: unknown) =>
      typeof a === 'string' || typeof (a as { type?: unknown } | null)?.type === 'string';
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (['actions', 'entry', 'exit'].includes(k) && Array.isArray(v) && !v.every(named))
          unnamed.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
    };
    walk(json, 'machine');
    expect(unnamed).toEqual([]);
  });

  it('connection states, guards and delays carry their public names', () => {
    const json = JSON.stringify(connectionMachine.toJSON());
    for (const name of [
      'idle',
      'connecting',
      'connected',
      'reconnecting',
      'closed',
      'redirecting',
      'backoff',
    ]) {
      expect(json).toContain(`"${name}"`);
    }
    for (const name of ['isCloseVerdict', 'canFollowRedirect', 'scheduleRetry', 'openDriver']) {
      expect(json).toContain(name);
    }
  });

  it('the inspect option receives actor, event and snapshot events', () => {
    const events: InspectionEvent[] = [];
    const actor = createActor(connectionMachine, { inspect: (e) => events.push(e) }).start();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    actor.stop();
    const types = new Set(events.map((e) => e.type));
    expect(types).toEqual(
      new Set(['@xstate.actor', '@xstate.event', '@xstate.snapshot', '@xstate.microstep', '@xstate.action']),
    );
    const eventTypes = events.flatMap((e) => (e.type === '@xstate.event' ? [e.event.type] : []));
    expect(eventTypes).toEqual(expect.arrayContaining(['connect', 'transport.connected']));
  });

  it('no secret sent by a server or held by the driver reaches the context or the inspector', () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.s3cr3t-token';
    const { actor } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({
      type: 'server.verdict',
      verdict: verdict('refresh-token', { code: 109, details: { token: secret } }),
    });
    const persisted = JSON.stringify(actor.getPersistedSnapshot());
    expect(persisted).not.toContain(secret);
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain(secret);
  });
});
