import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type InspectionEvent, SimulatedClock } from 'xstate';
import type { Verdict } from '../../src/codes/types.ts';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';
import { leanSubscriptionMachine } from '../../src/machines/subscription/leanSubscriptionMachine.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionEvent,
} from '../../src/machines/subscription/subscription.types.ts';
import {
  newSubscriptionCell,
  type SubscriptionCell,
  SubscriptionTable,
} from '../../src/protocols/shared/subscriptionTable.ts';
import { pendingTimers } from '../machines/harness.ts';

type Cell = SubscriptionCell & { name: string };
const newCell = (name: string): Cell => newSubscriptionCell({ name });

function setupTable(inspect?: (event: InspectionEvent) => void) {
  const clock = new SimulatedClock();
  const commands: string[] = [];
  const table = new SubscriptionTable<Cell>({
    clock,
    ...(inspect ? { inspect } : {}),
    onCommand: (cell, command) => commands.push(`${command.type} ${cell.name}`),
  });
  return { clock, commands, table };
}

const verdict = (action: Verdict['action']): Verdict => ({ action, scope: 'subscription', rule: 'test' });
const value = (table: SubscriptionTable<Cell>, cell: Cell) => table.snapshot(cell).value;

/** One subscription twice, with the same seed: an actor of the machine and a cell in a table. */
function twins(seed: number) {
  const clockA = new SimulatedClock();
  const actorCommands: SubscriptionDriverCommand[] = [];
  const actor = createActor(leanSubscriptionMachine, {
    clock: clockA,
    input: { channel: 'c', random: seededRandom(seed) },
  });
  actor.on('*', (command) => actorCommands.push(command));
  actor.start();
  const clockT = new SimulatedClock();
  const tableCommands: SubscriptionDriverCommand[] = [];
  const table = new SubscriptionTable<Cell>({
    clock: clockT,
    onCommand: (_, command) => tableCommands.push(command),
  });
  const cell = newCell('c');
  table.add(cell, { channel: 'c', random: seededRandom(seed) });
  return { actor, clockA, actorCommands, table, clockT, tableCommands, cell };
}

describe('SubscriptionTable', () => {
  it('runs the subscription machine per cell: commands, connection edges and the wait on the clock', () => {
    const { clock, commands, table } = setupTable();
    const a = newCell('a');
    const b = newCell('b');
    table.add(a, { channel: 'a' });
    table.add(b, { channel: 'b' });
    table.send(a, { type: 'subscribe' });
    table.send(b, { type: 'subscribe' });
    expect(value(table, a)).toEqual({ subscribing: 'waiting' });
    expect(commands).toEqual([]);
    table.setConnection(true);
    expect(commands).toEqual(['driver.subscribe a', 'driver.subscribe b']);
    table.send(a, { type: 'subscribe.ok' });
    table.send(b, { type: 'server.verdict', verdict: verdict('resubscribe') });
    expect(value(table, a)).toBe('subscribed');
    expect(value(table, b)).toEqual({ subscribing: 'backoff' });
    expect(pendingTimers(clock)).toBe(1);
    clock.increment(60_000);
    expect(commands.at(-1)).toBe('driver.subscribe b');
    table.setConnection(false);
    expect(value(table, a)).toEqual({ subscribing: 'waiting' });
    expect(table.snapshot(a).context.lastVerdict?.rule).toBe('connection.down');
  });

  it('resubscribes on the way back after a drop it was not told of (nobody watched it)', () => {
    const { commands, table } = setupTable();
    const a = newCell('a');
    table.setConnection(true);
    table.add(a, { channel: 'a' });
    table.send(a, { type: 'subscribe' });
    table.send(a, { type: 'subscribe.ok' });
    table.setConnection(false);
    expect(a.cellSnapshot?.value).toBe('subscribed'); // not told yet
    table.setConnection(true);
    expect(value(table, a)).toEqual({ subscribing: 'requesting' });
    expect(table.snapshot(a).context.lastVerdict?.rule).toBe('connection.down');
    expect(commands).toEqual(['driver.subscribe a', 'driver.subscribe a']);
    // Read while down, it shows the drop at once.
    table.send(a, { type: 'subscribe.ok' });
    table.setConnection(false);
    expect(value(table, a)).toEqual({ subscribing: 'waiting' });
  });

  it('cancels the wait when the machine leaves it (retryNow), and every wait on stop()', () => {
    const { clock, commands, table } = setupTable();
    const a = newCell('a');
    const b = newCell('b');
    table.setConnection(true);
    for (const cell of [a, b]) {
      table.add(cell, { channel: cell.name });
      table.send(cell, { type: 'subscribe' });
      table.send(cell, { type: 'server.verdict', verdict: verdict('resubscribe') });
    }
    expect(pendingTimers(clock)).toBe(2);
    table.send(a, { type: 'retryNow' });
    expect(pendingTimers(clock)).toBe(1);
    expect(commands).toEqual(['driver.subscribe a', 'driver.subscribe b', 'driver.subscribe a']);
    table.stop();
    expect(pendingTimers(clock)).toBe(0);
    table.send(b, { type: 'retryNow' });
    expect(commands).toHaveLength(3);
  });

  it('queues events sent from a command handler until the current step is done, as a mailbox', () => {
    const clock = new SimulatedClock();
    const seen: string[] = [];
    const table: SubscriptionTable<Cell> = new SubscriptionTable<Cell>({
      clock,
      onCommand: (cell, command) => {
        seen.push(`${command.type} while ${JSON.stringify(table.snapshot(cell).value)}`);
        if (command.type === 'driver.subscribe') table.send(cell, { type: 'subscribe.ok' });
      },
    });
    const a = newCell('a');
    table.setConnection(true);
    table.add(a, { channel: 'a' });
    table.send(a, { type: 'subscribe' });
    expect(seen).toEqual(['driver.subscribe while {"subscribing":"requesting"}']);
    expect(value(table, a)).toBe('subscribed');
  });

  it('makes an actor on demand from the current state, which then owns the subscription', () => {
    const { clock, commands, table } = setupTable();
    const a = newCell('a');
    table.setConnection(true);
    table.add(a, { channel: 'a' });
    table.send(a, { type: 'subscribe' });
    table.send(a, { type: 'server.verdict', verdict: verdict('resubscribe') });
    const due = table.snapshot(a).context.nextRetryAt;
    const actor = table.actor(a);
    expect(table.actor(a)).toBe(actor);
    expect(actor.getSnapshot().matches({ subscribing: 'backoff' })).toBe(true);
    expect(actor.getSnapshot().context.nextRetryAt).toBe(due);
    // The wait scheduled before the actor existed still ends it, once.
    clock.increment(60_000);
    expect(actor.getSnapshot().matches({ subscribing: 'requesting' })).toBe(true);
    expect(commands).toEqual(['driver.subscribe a', 'driver.subscribe a']);
    table.send(a, { type: 'subscribe.ok' });
    expect(table.snapshot(a).value).toBe('subscribed');
    table.setConnection(false);
    expect(actor.getSnapshot().matches({ subscribing: 'waiting' })).toBe(true);
    table.remove(a);
    expect(actor.getSnapshot().status).toBe('stopped');
  });

  it('with an inspector, every subscription is an actor from the start and the inspector sees it', () => {
    const seen: InspectionEvent[] = [];
    const { table } = setupTable((event) => seen.push(event));
    const a = newCell('a');
    table.add(a, { channel: 'a' });
    expect(a.cellActor).toBeDefined();
    table.send(a, { type: 'subscribe' });
    expect(seen.some((e) => e.type === '@xstate.event' && e.actorRef === a.cellActor)).toBe(true);
  });

  it('calls the observer with every new snapshot, and not for events that change nothing', () => {
    const { table } = setupTable();
    const a = newCell('a');
    table.add(a, { channel: 'a' });
    const states: unknown[] = [];
    table.observe(a, (snapshot) => states.push(snapshot.value));
    table.send(a, { type: 'subscribe.ok' }); // not handled in unsubscribed
    table.send(a, { type: 'subscribe' });
    table.setConnection(true);
    expect(states).toEqual([{ subscribing: 'waiting' }, { subscribing: 'requesting' }]);
  });

  const events: fc.Arbitrary<SubscriptionEvent> = fc.oneof(
    fc.constantFrom<SubscriptionEvent>(
      { type: 'subscribe' },
      { type: 'subscribe.ok' },
      { type: 'subscribe' },
      { type: 'subscribe.ok' },
      { type: 'unsubscribe' },
      { type: 'connection.up' },
      { type: 'connection.down' },
      { type: 'retryNow' },
      { type: 'server.verdict', verdict: verdict('resubscribe') },
      { type: 'server.verdict', verdict: verdict('refresh-token') },
      { type: 'server.verdict', verdict: verdict('unsubscribe') },
    ),
    fc
      .integer({ min: 0, max: 9 })
      .map((offset): SubscriptionEvent => ({ type: 'position', position: { offset } })),
  );
  const step = fc.oneof(
    { arbitrary: events.map((event) => ({ event })), weight: 4 },
    { arbitrary: fc.integer({ min: 0, max: 30_000 }).map((ms) => ({ tick: ms })), weight: 1 },
  );

  it('decides exactly as an actor of the same machine (differential, fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 5, maxLength: 50, size: 'max' }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          const { actor, clockA, actorCommands, table, clockT, tableCommands, cell } = twins(seed);
          for (const s of steps) {
            if ('tick' in s) {
              clockA.increment(s.tick);
              clockT.increment(s.tick);
            } else {
              actor.send(s.event);
              table.send(cell, s.event);
            }
            expect(table.snapshot(cell).value).toEqual(actor.getSnapshot().value);
            expect(JSON.stringify(table.snapshot(cell).context)).toBe(
              JSON.stringify(actor.getSnapshot().context),
            );
          }
          expect(tableCommands).toEqual(actorCommands);
          actor.stop();
          table.stop();
          expect(pendingTimers(clockT)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  const edgeStep = fc.oneof(
    { arbitrary: step, weight: 5 },
    { arbitrary: fc.boolean().map((up) => ({ up })), weight: 3 },
    { arbitrary: fc.constant({ read: true as const }), weight: 1 },
  );

  it('hears of drops lazily and still decides as an actor told of every edge (differential, fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(edgeStep, { minLength: 5, maxLength: 60, size: 'max' }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          const { actor, clockA, actorCommands, table, clockT, tableCommands, cell } = twins(seed);
          let up = false;
          const same = () => {
            expect(table.snapshot(cell).value).toEqual(actor.getSnapshot().value);
            expect(JSON.stringify(table.snapshot(cell).context)).toBe(
              JSON.stringify(actor.getSnapshot().context),
            );
          };
          for (const s of steps) {
            if ('up' in s) {
              if (s.up !== up) actor.send({ type: s.up ? 'connection.up' : 'connection.down' });
              up = s.up;
              table.setConnection(s.up);
            } else if ('read' in s) {
              // Asked without stepping, it answers what the caught-up machine says.
              const wants = table.wantsSubscribe(cell);
              const actorState = actor.getSnapshot();
              expect(wants).toBe(
                actorState.matches({ subscribing: 'waiting' }) ||
                  actorState.matches({ subscribing: 'requesting' }),
              );
              same();
            } else if ('tick' in s) {
              clockA.increment(s.tick);
              clockT.increment(s.tick);
            } else if (s.event.type !== 'connection.up' && s.event.type !== 'connection.down') {
              actor.send(s.event);
              table.send(cell, s.event);
            }
            expect(tableCommands).toEqual(actorCommands);
          }
          same();
          actor.stop();
          table.stop();
        },
      ),
      { numRuns: 300 },
    );
  });
});
