import { createActor, fromCallback, SimulatedClock } from 'xstate';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionEvent,
} from '../../src/machines/subscription/subscription.types.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscriptionMachine.ts';
import {
  newSubscriptionCell,
  type SubscriptionCell,
  SubscriptionTable,
} from '../../src/protocols/shared/subscriptionTable.ts';
import { top } from './harness.ts';

/** How the session runs its subscriptions: one actor each, or the sessions' snapshot table. */
export type SubscriptionCore = 'actors' | 'table';

/** One subscription as the harness drives it, whichever the core. */
interface HarnessSubscription {
  send(event: SubscriptionEvent): void;
  getSnapshot(): { value: unknown; matches(value: unknown): boolean };
  stop(): void;
}

/** A random step of a session: what a server, the network, time and the app can do. */
export type SessionStep =
  | { kind: 'drop' }
  | { kind: 'serverReconnect' }
  | { kind: 'handshake' }
  | { kind: 'tick'; ms: number }
  | { kind: 'retryNow' }
  | { kind: 'subOk'; sub: number }
  | { kind: 'subVerdict'; sub: number; action: 'resubscribe' | 'refresh-token' | 'unsubscribe' }
  | { kind: 'appSubscribe'; sub: number }
  | { kind: 'appUnsubscribe'; sub: number };

/**
 * A minimal session, wired as the real ones are: one connection actor, the subscriptions (one actor
 * each, or the sessions' {@link SubscriptionTable}), and connection state forwarded as
 * `connection.up` / `connection.down`. It also checks, as a driver would see it, that no
 * subscription ever has two subscribes in flight.
 */
export function createSession(subscriptions: number, seed: number, core: SubscriptionCore = 'actors') {
  const random = seededRandom(seed);
  const clock = new SimulatedClock();
  const connection = createActor(connectionMachine, { clock, input: { random, connectTimeout: 5000 } });
  const subs: HarnessSubscription[] = [];
  const inFlight: boolean[] = [];
  const wanted: boolean[] = [];
  const violations: string[] = [];
  const onSubscribe = (i: number) => {
    if (inFlight[i]) violations.push(`sub ${i}: second subscribe in flight`);
    inFlight[i] = true;
  };
  type Cell = SubscriptionCell & { index: number };
  const table = new SubscriptionTable<Cell>({
    clock,
    onCommand: (cell, command) => command.type === 'driver.subscribe' && onSubscribe(cell.index),
  });
  for (let i = 0; i < subscriptions; i++) {
    subs.push(core === 'table' ? tableSubscription(table, i, random) : actorSubscription(i));
    inFlight.push(false);
    wanted.push(false);
  }
  function actorSubscription(i: number): HarnessSubscription {
    const driver = fromCallback<SubscriptionDriverCommand, { channel: string }>(({ receive }) => {
      receive((command) => command.type === 'driver.subscribe' && onSubscribe(i));
    });
    const machine = subscriptionMachine.provide({ actors: { driver } });
    return createActor(machine, { clock, input: { channel: `ch${i}`, random } }).start();
  }
  let up = false;
  connection.subscribe((snapshot) => {
    const isUp = snapshot.matches('connected');
    if (isUp === up) return;
    up = isUp;
    // the in-flight subscribes died with the connection
    if (!isUp) inFlight.fill(false);
    if (core === 'table') table.setConnection(isUp);
    else for (const sub of subs) sub.send({ type: isUp ? 'connection.up' : 'connection.down' });
  });
  connection.start();
  connection.send({ type: 'connect' });

  const requesting = (i: number) => subs[i]!.getSnapshot().matches({ subscribing: 'requesting' });

  function apply(step: SessionStep): void {
    switch (step.kind) {
      case 'drop':
        connection.send({ type: 'transport.error', reason: 'reset' });
        return;
      case 'serverReconnect':
        connection.send({
          type: 'server.verdict',
          verdict: { scope: 'connection', action: 'reconnect', rule: 'p' },
        });
        return;
      case 'handshake':
        if (top(connection) === 'connecting') connection.send({ type: 'transport.connected' });
        return;
      case 'tick':
        clock.increment(step.ms);
        return;
      case 'retryNow':
        connection.send({ type: 'retryNow' });
        for (const sub of subs) sub.send({ type: 'retryNow' });
        return;
      case 'subOk':
        // A driver only answers a subscribe it sent.
        if (!inFlight[step.sub] || !requesting(step.sub)) return;
        inFlight[step.sub] = false;
        subs[step.sub]!.send({ type: 'subscribe.ok' });
        return;
      case 'subVerdict':
        if (!inFlight[step.sub] && top(subs[step.sub]!) !== 'subscribed') return;
        inFlight[step.sub] = false;
        if (step.action === 'unsubscribe') wanted[step.sub] = false;
        subs[step.sub]!.send({
          type: 'server.verdict',
          verdict: { scope: 'subscription', action: step.action, rule: 'p' },
        });
        return;
      case 'appSubscribe':
        wanted[step.sub] = true;
        subs[step.sub]!.send({ type: 'subscribe' });
        return;
      case 'appUnsubscribe':
        wanted[step.sub] = false;
        inFlight[step.sub] = false;
        subs[step.sub]!.send({ type: 'unsubscribe' });
        return;
    }
  }

  /** The network comes back and stays: drive everything to rest (bounded). */
  function heal(): void {
    for (let round = 0; round < 10; round++) {
      apply({ kind: 'retryNow' });
      apply({ kind: 'handshake' });
      for (let i = 0; i < subs.length; i++) apply({ kind: 'subOk', sub: i });
    }
  }

  function stop(): void {
    connection.stop();
    for (const sub of subs) sub.stop();
    table.stop();
  }

  return { clock, connection, subs, wanted, violations, apply, heal, stop };
}

/** A subscription in the table, shaped like an actor for the harness. */
function tableSubscription(
  table: SubscriptionTable<SubscriptionCell & { index: number }>,
  index: number,
  random: () => number,
): HarnessSubscription {
  const cell = newSubscriptionCell({ index });
  table.add(cell, { channel: `ch${index}`, random });
  return {
    send: (event) => table.send(cell, event),
    getSnapshot: () => table.snapshot(cell),
    stop: () => table.remove(cell),
  };
}
