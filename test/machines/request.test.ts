import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { requestMachine } from '../../src/machines/request/request.machine.ts';
import { selectRequestStatus } from '../../src/machines/request/request.selectors.ts';
import type { RequestDriverCommand, RequestInput } from '../../src/machines/request/request.types.ts';
import { recordingDriver, verdict } from './harness.ts';

function startRequest(input: RequestInput = {}) {
  const clock = new SimulatedClock();
  const commands: RequestDriverCommand[] = [];
  const machine = requestMachine.provide({ actors: { driver: recordingDriver(commands) } });
  const actor = createActor(machine, {
    clock,
    input: { random: () => 0, backoff: fixedBackoff(100), ...input },
  });
  return { actor: actor.start(), clock, commands };
}
const req = (action: Parameters<typeof verdict>[0], extra = {}) =>
  verdict(action, { scope: 'request', ...extra });

describe('request machine', () => {
  it('sends once and succeeds on reply.ok with the result as output', () => {
    const { actor, commands } = startRequest();
    expect(commands).toEqual([{ type: 'driver.send', attempt: 0 }]);
    actor.send({ type: 'reply.ok', result: { version: 3 } });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'ok', attempts: 1, result: { version: 3 } });
  });

  it('retry waits, then resends the same request; exhausting attempts fails', () => {
    const { actor, clock, commands } = startRequest({ maxAttempts: 2 });
    actor.send({ type: 'server.verdict', verdict: req('retry', { code: 2012 }) });
    expect(selectRequestStatus(actor.getSnapshot())).toMatchObject({ state: 'waiting', nextRetryAt: 100 });
    clock.increment(100);
    expect(commands).toEqual([
      { type: 'driver.send', attempt: 0 },
      { type: 'driver.send', attempt: 1 },
    ]);
    actor.send({ type: 'transport.error', reason: 'reset' });
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'attempts-exhausted', attempts: 2 });
  });

  it('succeed means already done; conflict and fail surface details', () => {
    const done = startRequest();
    done.actor.send({ type: 'server.verdict', verdict: req('succeed', { code: 2002 }) });
    expect(done.actor.getSnapshot().output?.outcome).toBe('already-done');
    const conflict = startRequest();
    const details = { expected: 4, actual: 5 };
    conflict.actor.send({ type: 'server.verdict', verdict: req('conflict', { code: 2003, details }) });
    expect(conflict.actor.getSnapshot().value).toBe('failed');
    expect(conflict.actor.getSnapshot().output).toMatchObject({ outcome: 'conflict', details });
    const fail = startRequest();
    fail.actor.send({ type: 'server.verdict', verdict: req('fail', { code: 2001 }) });
    expect(fail.actor.getSnapshot().output?.outcome).toBe('fail');
  });

  it('redirect goes to the target at once; the hop cap falls back to backoff at the default', () => {
    const { actor, clock, commands } = startRequest({ maxRedirects: 2, maxAttempts: 10 });
    actor.send({ type: 'server.verdict', verdict: req('redirect', { target: 'b:1' }) });
    expect(actor.getSnapshot().value).toBe('redirecting');
    clock.increment(0);
    actor.send({ type: 'server.verdict', verdict: req('redirect', { target: 'a:1' }) });
    clock.increment(0);
    actor.send({ type: 'server.verdict', verdict: req('redirect', { target: 'b:1' }) });
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(100);
    expect(commands.map((c) => c.target)).toEqual([undefined, 'b:1', 'a:1', undefined]);
  });

  it('the overall deadline fails the request and leaves no timer', () => {
    const { actor, clock } = startRequest({ deadline: 1000, backoff: fixedBackoff(5000) });
    actor.send({ type: 'server.verdict', verdict: req('retry') });
    clock.increment(1000);
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'deadline' });
    expect((clock as unknown as { timeouts: Map<unknown, unknown> }).timeouts.size).toBe(0);
  });

  it('cancel ends it; ignore changes nothing', () => {
    const { actor } = startRequest();
    actor.send({ type: 'server.verdict', verdict: req('ignore') });
    expect(actor.getSnapshot().value).toBe('pending');
    actor.send({ type: 'cancel' });
    expect(actor.getSnapshot().output?.outcome).toBe('cancelled');
  });
});
