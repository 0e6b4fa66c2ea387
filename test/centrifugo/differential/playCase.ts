import type { CentrifugoPeer, PeerTransport } from '../peer/index.ts';
import type { DiffCase } from './cases.ts';
import { firstOutcome, type Outcome } from './Outcome.ts';

/**
 * The reply timeout both clients get. No case withholds a reply, so it only has to be long enough
 * that 96 clients sharing a loaded two-core machine never hit it (centrifuge-js turns a timed-out
 * subscribe into a reconnect, which would read as a disagreement).
 */
export const REPLY_TIMEOUT = 10_000;

/** Where a client run reports what happened; the first report wins. */
export type OutcomeSink = Pick<ReturnType<typeof firstOutcome>, 'settle'>;

/**
 * Runs one client through one case under peer script id `id` and reports what it did within `ms`,
 * over `transport` (default the WebSocket URL; the others as a one-entry transports list).
 */
export type CaseRunner = (
  peer: CentrifugoPeer,
  testCase: DiffCase,
  id: string,
  ms: number,
  transport?: PeerTransport,
) => Promise<Outcome>;

/**
 * Plays one case against the peer: queues its scripts under `id`, lets `start` wire up and connect
 * a client that reports to the sink, waits for the first outcome (`timeout` after `ms`), then calls
 * the stop function `start` returned and has the peer forget `id`.
 */
export async function playCase(
  peer: CentrifugoPeer,
  testCase: DiffCase,
  id: string,
  ms: number,
  start: (outcome: OutcomeSink) => () => void,
): Promise<Outcome> {
  peer.queue(id, testCase.scripts);
  const outcome = firstOutcome(ms);
  const stop = start(outcome);
  const result = await outcome.promise;
  stop();
  peer.forget(id);
  return result;
}

/** Reports `reconnect` with `code()` once the client opens a second connection under `id`. */
export function settleOnSecondConnection(
  peer: CentrifugoPeer,
  id: string,
  outcome: OutcomeSink,
  code: () => number | null,
): void {
  void peer.waitForConnections(2, id).then(() => outcome.settle({ result: 'reconnect', code: code() }));
}

/** Reports `resubscribe` with `code()` once the client subscribes a second time on its first connection. */
export function settleOnSecondSubscribe(
  peer: CentrifugoPeer,
  id: string,
  outcome: OutcomeSink,
  code: () => number | null,
): void {
  void peer.waitForConnections(1, id).then(async () => {
    await peer.connectionsOf(id)[0]?.waitFor('subscribe', 2);
    outcome.settle({ result: 'resubscribe', code: code() });
  });
}
