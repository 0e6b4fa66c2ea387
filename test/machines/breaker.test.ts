import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { circuitBreakerMachine } from '../../src/machines/breaker/breaker.machine.ts';
import { selectBreakerStatus } from '../../src/machines/breaker/breaker.selectors.ts';
import { verdict } from './harness.ts';

function startBreaker() {
  const clock = new SimulatedClock();
  const actor = createActor(circuitBreakerMachine, {
    clock,
    input: { failureThreshold: 3, openTimeout: 2000 },
  }).start();
  return { actor, clock };
}
const retry = () => ({
  type: 'server.verdict' as const,
  verdict: verdict('retry', { scope: 'request', code: 11000 }),
});

describe('circuit breaker driven by verdicts', () => {
  it('opens after the threshold of consecutive retry-class failures', () => {
    const { actor } = startBreaker();
    actor.send(retry());
    actor.send({ type: 'transport.error', reason: 'reset' });
    expect(selectBreakerStatus(actor.getSnapshot())).toMatchObject({ state: 'closed', failures: 2 });
    actor.send(retry());
    expect(selectBreakerStatus(actor.getSnapshot())).toMatchObject({
      state: 'open',
      allowsRequest: false,
      openUntil: 2000,
      lastCode: 11000,
    });
  });

  it('only retry-class failures count: fail and conflict are neutral, success resets', () => {
    const { actor } = startBreaker();
    actor.send(retry());
    actor.send(retry());
    actor.send({ type: 'server.verdict', verdict: verdict('fail', { scope: 'request' }) });
    actor.send({ type: 'server.verdict', verdict: verdict('conflict', { scope: 'request' }) });
    expect(actor.getSnapshot().context.failures).toBe(2);
    actor.send({ type: 'request.ok' });
    expect(actor.getSnapshot().context.failures).toBe(0);
    actor.send(retry());
    actor.send(retry());
    actor.send({ type: 'server.verdict', verdict: verdict('succeed', { scope: 'request' }) });
    actor.send(retry());
    expect(actor.getSnapshot().value).toBe('closed');
  });

  it('half-open lets one trial through; success closes, failure opens again', () => {
    const { actor, clock } = startBreaker();
    for (let i = 0; i < 3; i++) actor.send(retry());
    clock.increment(2000);
    expect(selectBreakerStatus(actor.getSnapshot())).toMatchObject({
      state: 'half-open',
      allowsRequest: true,
    });
    actor.send({ type: 'request.sent' });
    expect(selectBreakerStatus(actor.getSnapshot()).allowsRequest).toBe(false);
    actor.send(retry());
    expect(actor.getSnapshot().value).toBe('open');
    clock.increment(2000);
    actor.send({ type: 'request.sent' });
    actor.send({ type: 'request.ok' });
    expect(selectBreakerStatus(actor.getSnapshot())).toMatchObject({ state: 'closed', failures: 0 });
  });

  it('reset closes an open circuit', () => {
    const { actor } = startBreaker();
    for (let i = 0; i < 3; i++) actor.send(retry());
    actor.send({ type: 'reset' });
    expect(actor.getSnapshot().value).toBe('closed');
  });
});
