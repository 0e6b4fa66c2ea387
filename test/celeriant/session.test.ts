import { describe, expect, it } from 'vitest';
import { CeleriantRequestError } from '../../src/protocols/celeriant/index.ts';
import { ORG, oneEvent, TYPE, writeSeqs } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

describe('celeriant session: requests', () => {
  it('identifies first, writes to the leader, reads back across pages and gets details', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', readPageSize: 2 },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    for (let seq = 1; seq <= 5; seq++) {
      const result = await session.write(oneEvent(7n, seq));
      expect(result.alreadyApplied).toBe(false);
      expect(result.node).toBe(cluster.A.address);
    }
    const read = await session.read({ org: ORG, type: TYPE, aggregate: 7n });
    expect(read.batches.map((b) => b.aggregateVersion)).toEqual([1, 2, 3, 4, 5]);
    expect(read.pages).toBe(3);
    expect(read.batches[4]?.events[0]?.clientSeq).toBe(5);
    const details = await session.aggregateDetails({ org: ORG, type: TYPE, aggregate: 7n });
    expect(details.fields).toEqual([1, 5]);
    // Every connection opened Identify as its first frame.
    const firstKinds = new Map<number, string>();
    for (const entry of cluster.A.log)
      if (!firstKinds.has(entry.connection)) firstKinds.set(entry.connection, entry.kind);
    expect([...firstKinds.values()].every((kind) => kind === 'identify')).toBe(true);
    expect(session.state).toBe('connected');
  });

  it('keeps one request in flight per connection and at most poolSize connections', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster, { poolSize: 2 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => session.write(oneEvent(BigInt(100 + i), 1))),
    );
    expect(results.every((r) => r?.alreadyApplied === false)).toBe(true);
    const writeConnections = new Set(cluster.A.requests('write').map((entry) => entry.connection));
    expect(writeConnections.size).toBeLessThanOrEqual(2);
    expect(cluster.A.pipelined).toBe(0);
  });

  it('fails a missing aggregate with a typed error carrying the catalog remediation', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    const error = await session
      .aggregateDetails({ org: ORG, type: TYPE, aggregate: 404n })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CeleriantRequestError);
    expect(error).toMatchObject({ kind: 'failed', code: 7001 });
    expect((error as CeleriantRequestError).remediation.length).toBeGreaterThan(10);
  });

  it('lets an override retry a code the catalog fails', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster, {
      maxAttempts: 3,
      overrides: [
        {
          protocol: 'celeriant',
          code: 7001,
          verdict: { scope: 'request', action: 'retry' },
          id: 'retry-7001',
        },
      ],
    });
    const error = await session
      .aggregateDetails({ org: ORG, type: TYPE, aggregate: 404n })
      .catch((e: unknown) => e);
    // Without the override this is one request and kind `failed` (the test above).
    expect(error).toMatchObject({ kind: 'exhausted' });
    expect((error as CeleriantRequestError).verdict?.rule).toBe('override.retry-7001');
    expect(cluster.A.requests('aggregateDetails')).toHaveLength(3);
  });

  it('rejects invalid ids before sending anything', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    const error = await session.write({ ...oneEvent(1n, 1), clientId: 'not-an-id' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid-input' });
    expect(writeSeqs(cluster, 'A')).toEqual([]);
  });
});
