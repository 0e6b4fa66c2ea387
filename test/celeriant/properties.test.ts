import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, waitFor } from 'xstate';
import { classify } from '../../src/codes/classify.ts';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { createRequestMachine } from '../../src/machines/request/createRequestMachine.ts';
import type { RequestDriverCommand, RequestEvent } from '../../src/machines/request/request.types.ts';
import { CeleriantRequestError } from '../../src/protocols/celeriant/index.ts';
import { requestVerdictOf } from '../../src/protocols/celeriant/requestVerdict.ts';
import { oneEvent, writeSeqs } from './helpers.ts';
import type { Step } from './peer/peerScript.ts';
import { peerFixture } from './peerFixture.ts';

/** Codes a node may answer a write with, chosen to cover every request verdict. */
const CODES = [2002, 2003, 2011, 2012, 2013, 3005, 4006, 2027, 11000, 2000, 9001, 10007, 2007, 1234, 99999];

type Answer = { kind: 'ok' } | { kind: 'transport' } | { kind: 'code'; code: number; leader: boolean };

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant({ kind: 'ok' } as const),
  fc.constant({ kind: 'transport' } as const),
  fc.record({ kind: fc.constant('code' as const), code: fc.constantFrom(...CODES), leader: fc.boolean() }),
);

/** The event the session's driver sends for one node answer (verdicts through `requestVerdictOf`). */
function eventFor(answer: Answer): RequestEvent {
  if (answer.kind === 'ok') return { type: 'reply.ok', result: 'written' };
  if (answer.kind === 'transport') return { type: 'transport.error', reason: 'reset' };
  const message = answer.leader ? '{"leader_address":"node-b:10002"}' : '{}';
  const verdict = classify({ protocol: 'celeriant', kind: 'error', code: answer.code, message });
  return { type: 'server.verdict', verdict: requestVerdictOf(verdict) };
}

describe('request machine + Celeriant verdicts under any sequence of node answers', () => {
  it('ends once, succeeded or failed, never over the attempt or hop caps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answerArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 4 }),
        async (answers, maxAttempts, maxRedirectHops) => {
          const queue = [...answers];
          let sends = 0;
          const driver = fromCallback<RequestDriverCommand>(({ sendBack, receive }) => {
            receive((command) => {
              if (command.type !== 'driver.send') return;
              sends++;
              const answer = queue.shift() ?? { kind: 'transport' };
              queueMicrotask(() => sendBack(eventFor(answer)));
            });
          });
          const actor = createActor(createRequestMachine(driver), {
            input: { maxAttempts, maxRedirects: maxRedirectHops, backoff: fixedBackoff(0), deadline: 0 },
          });
          let maxHops = 0;
          let finals = 0;
          actor.subscribe((snapshot) => {
            maxHops = Math.max(maxHops, snapshot.context.redirects);
            if (snapshot.status === 'done') finals++;
          });
          actor.start();
          const done = await waitFor(actor, (s) => s.status === 'done', { timeout: 2000 }); // never hangs
          expect(finals).toBe(1);
          expect(maxHops).toBeLessThanOrEqual(maxRedirectHops);
          expect(sends).toBeLessThanOrEqual(maxAttempts);
          expect(done.context.attempts).toBe(sends);
          const last = answers[sends - 1] ?? { kind: 'transport' };
          const lastEvent = eventFor(last);
          if (done.matches('succeeded')) {
            const ok =
              lastEvent.type === 'reply.ok' ||
              (lastEvent.type === 'server.verdict' && lastEvent.verdict.action === 'succeed');
            expect(ok).toBe(true);
          } else {
            expect(done.matches('failed')).toBe(true);
            expect(done.context.outcome).not.toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

const peers = peerFixture();

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ reply: 'ok' } as const),
  fc.constant({ reply: 'eof' } as const),
  fc.constantFrom<Step>(
    { reply: 'not-leader', leader: 'B' },
    { reply: 'not-leader', leader: 'A' },
    { reply: 'not-leader', leader: 'dead' },
    { reply: 'not-leader' },
  ),
  fc
    .constantFrom(2002, 2003, 2012, 2013, 11000, 9001, 10007, 2007)
    .map((code): Step => ({ reply: 'error', code, details: {} })),
);

describe('a write against the two-node peer under any script', () => {
  it('succeeds once, fails with a typed error, or is retried with the same client sequence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 6 }),
        fc.array(stepArb, { maxLength: 6 }),
        async (stepsA, stepsB) => {
          const cluster = await peers.cluster({
            A: { role: 'leader', write: [...stepsA] },
            B: { role: 'follower', leader: 'A', write: [...stepsB] },
          });
          const session = peers.session(cluster, { maxAttempts: 8, operationDeadline: 5000 });
          const outcome = await session.write(oneEvent(77n, 42)).then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          const seqs = [...writeSeqs(cluster, 'A'), ...writeSeqs(cluster, 'B')];
          expect(new Set(seqs)).toEqual(new Set([42]));
          expect(seqs.length).toBeLessThanOrEqual(8);
          const stored = [...cluster.store.batches.values()].reduce((n, list) => n + list.length, 0);
          expect(stored).toBeLessThanOrEqual(1);
          if (outcome.ok) expect(outcome.result.alreadyApplied || stored === 1).toBe(true);
          else expect(outcome.error).toBeInstanceOf(CeleriantRequestError);
          // Each run starts its own pair of nodes: close this one before the next.
          await peers.closeAll();
        },
      ),
      { numRuns: 25 },
    );
  });
});
