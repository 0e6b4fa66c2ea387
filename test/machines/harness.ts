import {
  type AnyStateMachine,
  createActor,
  fromCallback,
  type NonReducibleUnknown,
  SimulatedClock,
} from 'xstate';
import type { Verdict } from '../../src/codes/types.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import type {
  ConnectionDriverCommand,
  ConnectionInput,
} from '../../src/machines/connection/connection.types.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionInput,
} from '../../src/machines/subscription/subscription.types.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscriptionMachine.ts';

/** A driver that records every command it receives, in order. */
export function recordingDriver<T extends { type: string }, I = NonReducibleUnknown>(log: T[]) {
  return fromCallback<T, I>(({ receive }) => {
    receive((command) => log.push(command));
  });
}

/** A verdict with just the fields machines read. */
export function verdict(action: Verdict['action'], extra: Partial<Verdict> = {}): Verdict {
  return { scope: 'connection', action, rule: `test.${action}`, ...extra };
}

/** A connection actor on a SimulatedClock, with its driver commands recorded. */
export function startConnection(input: ConnectionInput = {}) {
  const clock = new SimulatedClock();
  const commands: ConnectionDriverCommand[] = [];
  const machine = connectionMachine.provide({ actors: { driver: recordingDriver(commands) } });
  const actor = createActor(machine, { clock, input: { random: () => 0, ...input } }).start();
  return { actor, clock, commands };
}

/** A subscription actor on a SimulatedClock, with its driver commands recorded. */
export function startSubscription(input: Partial<SubscriptionInput> = {}) {
  const clock = new SimulatedClock();
  const commands: SubscriptionDriverCommand[] = [];
  const machine = subscriptionMachine.provide({ actors: { driver: recordingDriver(commands) } });
  const actor = createActor(machine, {
    clock,
    input: { channel: 'news', random: () => 0, ...input },
  }).start();
  return { actor, clock, commands };
}

/** Top-level state name of any machine snapshot. */
export function top(actor: { getSnapshot(): { value: unknown } }): string {
  const value = actor.getSnapshot().value;
  return typeof value === 'string' ? value : Object.keys(value as object)[0]!;
}

/** Timers still scheduled on a SimulatedClock (reads its private map; tests only). */
export function pendingTimers(clock: SimulatedClock): number {
  return (clock as unknown as { timeouts: Map<unknown, unknown> }).timeouts.size;
}

export type { AnyStateMachine };
