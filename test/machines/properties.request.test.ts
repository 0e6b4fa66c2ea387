import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { ACTIONS } from '../../src/codes/types.ts';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';
import { circuitBreakerMachine } from '../../src/machines/breaker/breaker.machine.ts';
import { selectBreakerStatus } from '../../src/machines/breaker/breaker.selectors.ts';
import type { BreakerEvent } from '../../src/machines/breaker/breaker.types.ts';
import { requestMachine } from '../../src/machines/request/request.machine.ts';
import type { RequestDriverCommand, RequestEvent } from '../../src/machines/request/request.types.ts';
import { pendingTimers, recordingDriver, verdict } from './harness.ts';

const numRuns = Number(process.env.FC_RUNS ?? 2500) / 5;
const verdictEvent = fc.constantFrom(...ACTIONS).map((action) => ({
  type: 'server.verdict' as const,
  verdict: verdict(action, { scope: 'request', target: 'x:1' }),
}));

describe('properties: request machine', () => {
  const step = fc.oneof(
    verdictEvent.map((event) => ({ event: event as RequestEvent })),
    fc
      .constantFrom<RequestEvent>(
        { type: 'reply.ok' },
        { type: 'transport.error', reason: 'r' },
        { type: 'retryNow' },
      )
      .map((event) => ({ event })),
    fc.integer({ min: 0, max: 4000 }).map((tick) => ({ tick })),
  );

  it('never sends more than maxAttempts, always ends by the deadline, leaves no timer when done', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (steps, max, seed) => {
          const clock = new SimulatedClock();
          const sends: RequestDriverCommand[] = [];
          const machine = requestMachine.provide({ actors: { driver: recordingDriver(sends) } });
          const input = { maxAttempts: max, deadline: 10_000, random: seededRandom(seed) };
          const actor = createActor(machine, { clock, input }).start();
          for (const s of steps) {
            if (actor.getSnapshot().status === 'done') break;
            if ('tick' in s) clock.increment(s.tick);
            else actor.send(s.event);
          }
          clock.increment(10_000);
          expect(actor.getSnapshot().status).toBe('done');
          expect(sends.length).toBeLessThanOrEqual(max);
          expect(sends.length).toBe(actor.getSnapshot().context.attempts);
          expect(pendingTimers(clock)).toBe(0);
        },
      ),
      { numRuns },
    );
  });
});

describe('properties: circuit breaker', () => {
  const step = fc.oneof(
    verdictEvent.map((event) => ({ event: event as BreakerEvent })),
    fc
      .constantFrom<BreakerEvent>(
        { type: 'request.sent' },
        { type: 'request.ok' },
        { type: 'transport.error', reason: 'r' },
        { type: 'reset' },
      )
      .map((event) => ({ event })),
    fc.integer({ min: 0, max: 3000 }).map((tick) => ({ tick })),
  );

  it('half-open lets at most halfOpenTrials through; open never allows a request', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const clock = new SimulatedClock();
        const input = { failureThreshold: 3, openTimeout: 2000, halfOpenTrials: 2 };
        const actor = createActor(circuitBreakerMachine, { clock, input }).start();
        for (const s of steps) {
          if ('tick' in s) clock.increment(s.tick);
          else actor.send(s.event);
          const status = selectBreakerStatus(actor.getSnapshot());
          expect(actor.getSnapshot().context.trials).toBeLessThanOrEqual(2);
          if (status.state === 'open') expect(status.allowsRequest).toBe(false);
          if (status.state === 'closed') expect(status.failures).toBeLessThan(3);
        }
        actor.stop();
        expect(pendingTimers(clock)).toBe(0);
      }),
      { numRuns },
    );
  });
});
