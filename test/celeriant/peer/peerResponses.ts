import { celeriantMapKey, RESPONSE_TYPE, type RequestKind } from '../../../src/frames/celeriant/index.ts';
import { errorFrame, frameOf } from './peerFrames.ts';
import type { PeerStore } from './peerStore.ts';

/**
 * The normal answer of a node to a request: Identify accepted, write stored (or 2002 for a
 * repeated sequence), a page of a read, aggregate details (7001 when absent).
 */
export function okFrame(
  kind: RequestKind,
  body: unknown[],
  store: PeerStore,
  readPageSize: number,
): Uint8Array {
  const correlation = body?.[0] ?? null;
  switch (kind) {
    case 'identify':
      return frameOf(RESPONSE_TYPE.identify, [correlation, new Uint8Array(16).fill(7), 1, null, null]);
    case 'write': {
      const [, clientId, userId, writes] = body as [unknown, Uint8Array, unknown, Record<string, unknown[]>];
      let version = 0;
      for (const [key, value] of Object.entries(writes)) {
        const [events, , , enforce] = value as [unknown[][], boolean, unknown, boolean];
        const result = store.append(key, clientId, userId, events, enforce);
        if ('code' in result) return errorFrame(correlation, result.code, result.details);
        version = result.version;
      }
      return frameOf(RESPONSE_TYPE.write, [correlation, version]);
    }
    case 'read': {
      const [, org, type, aggregate, from, limit] = body as [
        unknown,
        unknown,
        unknown,
        unknown,
        number,
        number | null,
      ];
      const key = celeriantMapKey([org, type, aggregate]) as string;
      const page = store.page(key, Number(from), Math.min(limit ?? Number.POSITIVE_INFINITY, readPageSize));
      return frameOf(RESPONSE_TYPE.read, [correlation, page.batches, page.next]);
    }
    case 'aggregateDetails': {
      const [, org, type, aggregate] = body as [unknown, unknown, unknown, unknown];
      const count = store.batches.get(celeriantMapKey([org, type, aggregate]) as string)?.length ?? 0;
      if (count === 0) return errorFrame(correlation, 7001, {});
      return frameOf(RESPONSE_TYPE.aggregateDetails, [correlation, 1, count]);
    }
    default:
      return frameOf(RESPONSE_TYPE.listOrgs, [correlation, []]);
  }
}
