import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { ACTIONS } from '../../src/codes/types.ts';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';
import { connectionMachine } from '../../src/machines/connection/connection.machine.ts';
import type { ConnectionEvent } from '../../src/machines/connection/connection.types.ts';
import { subscriptionMachine } from '../../src/machines/subscription/subscriptionMachine.ts';
import { pendingTimers, top, verdict } from './harness.ts';
import { createSession, type SessionStep, type SubscriptionCore } from './session.harness.ts';

// 4 properties × 2,500 runs = 10,000 random event sequences per CI run. FC_RUNS scales it.
const numRuns = Number(process.env.FC_RUNS ?? 2500);

type Step = { event: ConnectionEvent } | { tick: number };

const connectionStep: fc.Arbitrary<Step> = fc.oneof(
  fc
    .constantFrom<ConnectionEvent>(
      { type: 'connect' },
      { type: 'disconnect' },
      { type: 'transport.connected' },
      { type: 'transport.connected', livenessTimeout: 3000 },
      { type: 'transport.error', reason: 'reset' },
      { type: 'activity' },
      { type: 'retryNow' },
      { type: 'online' },
      { type: 'offline' },
      { type: 'pagehide', persisted: true },
      { type: 'pageshow', persisted: true },
    )
    .map((event) => ({ event })),
  fc
    .tuple(fc.constantFrom(...ACTIONS), fc.option(fc.constantFrom('a:1', 'b:1'), { nil: undefined }))
    .map(([action, target]) => ({
      event: {
        type: 'server.verdict',
        verdict: verdict(action, target ? { target } : {}),
      } as ConnectionEvent,
    })),
  fc.integer({ min: 0, max: 25_000 }).map((tick) => ({ tick })),
);

function runConnection(
  steps: Step[],
  seed: number,
  check: (before: string, step: Step, after: string) => void,
) {
  const random = seededRandom(seed);
  const clock = new SimulatedClock();
  const actor = createActor(connectionMachine, {
    clock,
    input: { random, seeds: ['s:1'], livenessTimeout: 0, connectTimeout: 4000 },
  }).start();
  for (const step of steps) {
    const before = top(actor);
    if ('tick' in step) clock.increment(step.tick);
    else actor.send(step.event);
    check(before, step, top(actor));
  }
  return { actor, clock };
}

describe('properties (fast-check)', () => {
  it('a terminal verdict always ends in closed, and closed stays closed until connect', () => {
    fc.assert(
      fc.property(
        fc.array(connectionStep, { maxLength: 40 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          runConnection(steps, seed, (before, step, after) => {
            const live = before === 'connecting' || before === 'connected' || before === 'reconnecting';
            if (
              live &&
              'event' in step &&
              step.event.type === 'server.verdict' &&
              step.event.verdict.action === 'close'
            ) {
              expect(after).toBe('closed');
            }
            if (
              before === 'closed' &&
              !('event' in step && ['connect', 'disconnect'].includes(step.event.type))
            ) {
              expect(after).toBe('closed');
            }
          }).actor.stop();
        },
      ),
      { numRuns },
    );
  });

  it('after stop() no timer is pending (connection and subscription)', () => {
    fc.assert(
      fc.property(
        fc.array(connectionStep, { maxLength: 40 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          const { actor, clock } = runConnection(steps, seed, () => undefined);
          actor.stop();
          expect(pendingTimers(clock)).toBe(0);
          const subClock = new SimulatedClock();
          const sub = createActor(subscriptionMachine, {
            clock: subClock,
            input: { channel: 'c', connected: true },
          });
          sub.start().send({ type: 'subscribe' });
          sub.send({ type: 'server.verdict', verdict: verdict('resubscribe', { scope: 'subscription' }) });
          sub.stop();
          expect(pendingTimers(subClock)).toBe(0);
        },
      ),
      { numRuns },
    );
  });

  const cores: SubscriptionCore[] = ['actors', 'table'];

  it('after stop() no subscription timer is pending in the table', () => {
    fc.assert(
      fc.property(
        fc.array(sessionStep(3), { maxLength: 40 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          const session = createSession(3, seed, 'table');
          for (const step of steps) session.apply(step);
          session.stop();
          expect(pendingTimers(session.clock)).toBe(0);
        },
      ),
      { numRuns },
    );
  });

  const sessionStep = (subs: number): fc.Arbitrary<SessionStep> =>
    fc.oneof(
      fc.constantFrom<SessionStep>(
        { kind: 'drop' },
        { kind: 'serverReconnect' },
        { kind: 'handshake' },
        { kind: 'retryNow' },
      ),
      fc.integer({ min: 0, max: 30_000 }).map((ms): SessionStep => ({ kind: 'tick', ms })),
      fc
        .integer({ min: 0, max: subs - 1 })
        .chain((sub) =>
          fc.constantFrom<SessionStep>(
            { kind: 'subOk', sub },
            { kind: 'subVerdict', sub, action: 'resubscribe' },
            { kind: 'subVerdict', sub, action: 'refresh-token' },
            { kind: 'subVerdict', sub, action: 'unsubscribe' },
            { kind: 'appSubscribe', sub },
            { kind: 'appUnsubscribe', sub },
          ),
        ),
    );

  it.each(cores)(
    'after reconnectable drops, every wanted subscription is subscribed again once the connection is back (%s)',
    (core) => {
      fc.assert(
        fc.property(
          fc.array(sessionStep(4), { maxLength: 40 }),
          fc.integer({ min: 1, max: 2 ** 30 }),
          (steps, seed) => {
            const session = createSession(4, seed, core);
            for (const step of steps) session.apply(step);
            session.heal();
            expect(top(session.connection)).toBe('connected');
            for (const [i, sub] of session.subs.entries()) {
              expect(top(sub)).toBe(session.wanted[i] ? 'subscribed' : 'unsubscribed');
            }
            session.stop();
          },
        ),
        { numRuns },
      );
    },
  );

  it.each(cores)('never two subscribe requests in flight for one subscription (%s)', (core) => {
    fc.assert(
      fc.property(
        fc.array(sessionStep(3), { maxLength: 60 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (steps, seed) => {
          const session = createSession(3, seed, core);
          for (const step of steps) session.apply(step);
          session.heal();
          expect(session.violations).toEqual([]);
          session.stop();
        },
      ),
      { numRuns },
    );
  });
});
