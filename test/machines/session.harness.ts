import { type Actor, createActor, fromCallback, SimulatedClock } from 'xstate';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscription.machine.ts';
import type { SubscriptionDriverCommand } from '../../src/machines/subscription/subscription.types.ts';
import { top } from './harness.ts';

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
 * A minimal session, wired as the real ones are: one connection actor, one subscription actor per
 * channel, and connection state forwarded as `connection.up` / `connection.down`. It also checks, as
 * a driver would see it, that no subscription ever has two subscribes in flight.
 */
export function createSession(subscriptions: number, seed: number) {
  const random = seededRandom(seed);
  const clock = new SimulatedClock();
  const connection = createActor(connectionMachine, { clock, input: { random, connectTimeout: 5000 } });
  const subs: Actor<typeof subscriptionMachine>[] = [];
  const inFlight: boolean[] = [];
  const wanted: boolean[] = [];
  const violations: string[] = [];
  for (let i = 0; i < subscriptions; i++) {
    const driver = fromCallback<SubscriptionDriverCommand, { channel: string }>(({ receive }) => {
      receive((command) => {
        if (command.type !== 'driver.subscribe') return;
        if (inFlight[i]) violations.push(`sub ${i}: second subscribe in flight`);
        inFlight[i] = true;
      });
    });
    const machine = subscriptionMachine.provide({ actors: { driver } });
    subs.push(createActor(machine, { clock, input: { channel: `ch${i}`, random } }).start());
    inFlight.push(false);
    wanted.push(false);
  }
  let up = false;
  connection.subscribe((snapshot) => {
    const isUp = snapshot.matches('connected');
    if (isUp === up) return;
    up = isUp;
    for (const [i, sub] of subs.entries()) {
      if (!isUp) inFlight[i] = false; // the in-flight subscribe died with the connection
      sub.send({ type: isUp ? 'connection.up' : 'connection.down' });
    }
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
  }

  return { clock, connection, subs, wanted, violations, apply, heal, stop };
}
