import { createActor, fromCallback } from 'xstate';
import type { BackoffPolicy } from '../src/machines/backoff/backoffPolicy.ts';
import { seededRandom } from '../src/machines/backoff/seededRandom.ts';
import { connectionMachine } from '../src/machines/connection/connection.machine.ts';
import type { ConnectionDriverCommand } from '../src/machines/connection/connection.types.ts';
import { EventClock } from './eventClock.ts';

/** Result of one reconnect-storm run. */
export interface StormResult {
  policy: string;
  /** Most connect attempts in any 100 ms window (sliding) within the horizon. */
  worstWindow: number;
  /** Median delay from the drop to each client's first reconnect attempt, ms. */
  medianFirstDelay: number;
  /** Connect attempts within the horizon (server down the whole time). */
  attempts: number;
}

/**
 * 10,000 connected clients (real connection machines, one shared discrete-event clock) are dropped
 * at t = 0 by a server restart; the server refuses every connect until the horizon. Each client's
 * driver records when it dials and fails the dial at once.
 */
export function simulateStorm(
  policy: BackoffPolicy,
  clients = 10_000,
  seed = 1,
  horizonMs = 10_000,
): StormResult {
  const clock = new EventClock();
  const random = seededRandom(seed);
  const dials: number[] = [];
  const firstDial: number[] = [];
  let serverUp = true;
  const actors = [];
  for (let c = 0; c < clients; c++) {
    const driver = fromCallback<ConnectionDriverCommand>(({ receive, sendBack }) => {
      receive((command) => {
        if (command.type !== 'driver.open') return;
        if (serverUp) return sendBack({ type: 'transport.connected' });
        dials.push(clock.now());
        if (firstDial[c] === undefined) firstDial[c] = clock.now();
        sendBack({ type: 'transport.error', reason: 'ECONNREFUSED' });
      });
    });
    const machine = connectionMachine.provide({ actors: { driver } });
    const actor = createActor(machine, {
      clock,
      input: { backoff: policy, random, connectTimeout: 0 },
    }).start();
    actor.send({ type: 'connect' });
    actors.push(actor);
  }
  serverUp = false;
  for (const actor of actors) actor.send({ type: 'transport.error', reason: 'server restart' });
  clock.runUntil(horizonMs);
  for (const actor of actors) actor.stop();

  let worst = 0;
  for (let i = 0, j = 0; i < dials.length; i++) {
    while (dials[i]! - dials[j]! >= 100) j++;
    worst = Math.max(worst, i - j + 1);
  }
  const firsts = firstDial.filter((t) => t !== undefined).sort((a, b) => a - b);
  return {
    policy: policy.name,
    worstWindow: worst,
    medianFirstDelay: firsts[Math.floor(firsts.length / 2)] ?? Number.NaN,
    attempts: dials.length,
  };
}
