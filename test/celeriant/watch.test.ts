import { describe, expect, it } from 'vitest';
import type {
  CeleriantResyncInfo,
  CeleriantSessionOptions,
  CeleriantWatch,
  CeleriantWatchError,
  CeleriantWatchEvent,
} from '../../src/protocols/celeriant/index.ts';
import { eventually, ORG } from './helpers.ts';
import type { PeerCluster } from './peer/peerCluster.ts';
import type { WatchScript } from './peer/peerScript.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

interface Recorded {
  cluster: PeerCluster;
  watch: CeleriantWatch;
  events: CeleriantWatchEvent[];
  resyncs: CeleriantResyncInfo[];
  ends: CeleriantWatchError[];
}

async function watchWith(
  scripts: WatchScript[],
  liveness = 5000,
  extra: Partial<CeleriantSessionOptions> = {},
): Promise<Recorded> {
  const cluster = await peers.cluster({
    A: { role: 'leader', watch: scripts },
    B: { role: 'follower', leader: 'A' },
  });
  const session = peers.session(cluster, { watchLivenessTimeout: liveness, ...extra });
  const recorded: Omit<Recorded, 'cluster' | 'watch'> = { events: [], resyncs: [], ends: [] };
  const watch = session.watch(
    { orgs: [ORG] },
    {
      onEvent: (event) => recorded.events.push(event),
      onResync: (info) => recorded.resyncs.push(info),
      onEnd: (error) => recorded.ends.push(error),
    },
  );
  return { ...recorded, cluster, watch };
}

const aggregateOf = (event: CeleriantWatchEvent) => BigInt(`0x${event.aggregate}`);

describe('celeriant watch (spec §3)', () => {
  it('is subscribed on the empty ack frame, delivers events and never writes after the watch request', async () => {
    const r = await watchWith([
      { probe: [{ ack: true }, { event: { aggregate: 5n, from: 1, to: 2 } }, { hold: true }] },
    ]);
    await eventually(() => r.events.length === 1);
    expect(r.watch.state).toBe('subscribed');
    expect(r.resyncs).toEqual([{ reason: 'subscribed', cause: null, shards: 1 }]);
    expect(r.events[0]).toMatchObject({ operation: 'write', fromVersion: 1, toVersion: 2 });
    expect(aggregateOf(r.events[0] as CeleriantWatchEvent)).toBe(5n);
    const watches = r.cluster.A.requests('watch');
    expect(watches).toHaveLength(1);
    expect(r.cluster.A.watchWrites).toBe(0);
  });

  it('identifies watch connections with the API key from the callback', async () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    const r = await watchWith([{ probe: [{ ack: true }, { hold: true }] }], 5000, {
      apiKey: async () => key,
    });
    await eventually(() => r.resyncs.length === 1);
    const identifies = r.cluster.A.requests('identify');
    expect(identifies.map((entry) => (entry.body as unknown[])[4])).toEqual([key]);
  });

  it('stays subscribed through heartbeats shorter than the liveness timeout', async () => {
    const r = await watchWith(
      [
        {
          probe: [
            { ack: true },
            { heartbeat: 30 },
            { heartbeat: 30 },
            { heartbeat: 30 },
            { event: { aggregate: 1n, from: 0, to: 1 } },
            { hold: true },
          ],
        },
      ],
      400,
    );
    await eventually(() => r.events.length === 1);
    expect(r.resyncs).toHaveLength(1);
    expect(r.cluster.A.requests('watch')).toHaveLength(1);
  });

  it('reopens a silent watch after the liveness timeout and asks the app to re-read', async () => {
    const r = await watchWith(
      [
        { probe: [{ ack: true }, { hold: true }] },
        { probe: [{ ack: true }, { heartbeat: 20 }, { hold: true }] },
      ],
      150,
    );
    await eventually(() => r.resyncs.length === 2);
    expect(r.resyncs[1]).toMatchObject({
      reason: 'resubscribed',
      cause: { rule: 'celeriant.watch.liveness' },
    });
  });

  it('fans out one watch per shard on a 9001 probe answer and merges the streams', async () => {
    const r = await watchWith([
      {
        probe: [{ error: 9001, details: { num_shards: 2 } }],
        shards: {
          0: [{ ack: true }, { event: { aggregate: 10n, from: 0, to: 1 } }, { hold: true }],
          1: [{ ack: true }, { event: { aggregate: 11n, from: 3, to: 4 } }, { hold: true }],
        },
      },
    ]);
    await eventually(() => r.events.length === 2);
    expect(new Set(r.events.map(aggregateOf))).toEqual(new Set([10n, 11n]));
    expect(r.resyncs).toEqual([expect.objectContaining({ reason: 'subscribed', shards: 2 })]);
    const shardIds = r.cluster.A.requests('watch').map((entry) => (entry.body as unknown[])[2]);
    expect(shardIds.sort()).toEqual([0, 1, null]);
    expect(r.watch.state).toBe('subscribed');
    expect(r.cluster.A.watchWrites).toBe(0);
  });

  it('fans out on 9002 too', async () => {
    const r = await watchWith([{ probe: [{ error: 9002, details: { detail: 'filters', num_shards: 3 } }] }]);
    await eventually(() => r.resyncs.length === 1);
    expect(r.resyncs[0]?.shards).toBe(3);
  });

  it('probes again, after a backoff, when a per-shard watch is refused with 9002', async () => {
    const r = await watchWith([
      {
        probe: [{ error: 9001, details: { num_shards: 2 } }],
        shards: { 0: [{ error: 9002, details: { detail: 'invalid shard', num_shards: 2 } }] },
      },
      { probe: [{ ack: true }, { hold: true }] },
    ]);
    await eventually(() => r.resyncs.length === 1);
    expect(r.resyncs[0]).toMatchObject({ shards: 1, cause: { rule: 'celeriant.watch.reprobe', code: 9002 } });
    const probes = r.cluster.A.requests('watch').filter((entry) => (entry.body as unknown[])[2] === null);
    expect(probes).toHaveLength(2);
  });

  it('resubscribes after a mid-stream 8002 and tells the app to re-read from its cursors', async () => {
    const r = await watchWith([
      {
        probe: [
          { ack: true },
          { event: { aggregate: 1n, from: 0, to: 1 } },
          { error: 8002, details: { detail: 'io' } },
        ],
      },
      { probe: [{ ack: true }, { hold: true }] },
    ]);
    await eventually(() => r.resyncs.length === 2);
    expect(r.resyncs[1]).toMatchObject({ reason: 'resubscribed', cause: { code: 8002 } });
    expect(r.ends).toEqual([]);
  });

  it('resubscribes after a silent EOF (slow consumer)', async () => {
    const r = await watchWith([
      { probe: [{ ack: true }, { wait: 10 }, { eof: true }] },
      { probe: [{ ack: true }, { hold: true }] },
    ]);
    await eventually(() => r.resyncs.length === 2);
    expect(r.resyncs[1]).toMatchObject({ reason: 'resubscribed', cause: { rule: 'celeriant.watch.eof' } });
  });

  it('ends the watch for good on 8001 at open', async () => {
    const r = await watchWith([{ probe: [{ error: 8001, details: { requested_ms: 5000, max_ms: 2000 } }] }]);
    await eventually(() => r.ends.length === 1);
    expect(r.ends[0]).toMatchObject({ name: 'CeleriantWatchError', code: 8001 });
    expect(r.ends[0]?.remediation.length).toBeGreaterThan(10);
    expect(r.watch.state).toBe('unsubscribed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.cluster.A.requests('watch')).toHaveLength(1);
  });
});
