import type { WriteInput } from '../../src/frames/celeriant/index.ts';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import {
  type CeleriantSession,
  type CeleriantSessionOptions,
  createCeleriantSession,
} from '../../src/protocols/celeriant/index.ts';
import type { PeerCluster } from './peer/peerCluster.ts';

/** Small ids used throughout the tests. */
export const ORG = 1n;
export const TYPE = 2n;

/** A one-event write for aggregate `aggregate` with client sequence `seq`. */
export function oneEvent(aggregate: bigint, seq: number, clientId = 99n): WriteInput {
  return {
    clientId,
    writes: [
      {
        org: ORG,
        type: TYPE,
        aggregate,
        allowCreate: true,
        events: [{ clientSeq: seq, typeMajor: 1, value: Uint8Array.of(seq & 0xff), timestamp: 1 }],
      },
    ],
  };
}

/** A session against the cluster with short waits so tests stay fast (timing is not asserted). */
export function sessionFor(
  cluster: PeerCluster,
  extra: Partial<CeleriantSessionOptions> = {},
): CeleriantSession {
  return createCeleriantSession({
    address: cluster.A.address,
    seeds: [cluster.B.address],
    backoff: fixedBackoff(5),
    retryBackoff: fixedBackoff(5),
    watchBackoff: fixedBackoff(5),
    connectTimeout: 2000,
    operationDeadline: 10_000,
    ...extra,
  });
}

/** The client sequences of every write a node received, in order. */
export function writeSeqs(cluster: PeerCluster, node: 'A' | 'B'): number[] {
  return cluster[node].requests('write').map((entry) => {
    const writes = (entry.body as unknown[])[3] as Record<string, unknown[]>;
    const first = Object.values(writes)[0] as [unknown[][]];
    return Number(first[0][0]?.[0]);
  });
}

/** Waits until `predicate` holds, polling at most `rounds` times (bounded). */
export async function eventually(predicate: () => boolean, rounds = 400): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}
