import { describe, expect, it } from 'vitest';
import { selectConnectionStatus } from '../../src/machines/connection/connection.selectors.ts';
import type { CeleriantSession } from '../../src/protocols/celeriant/index.ts';
import { oneEvent, writeSeqs } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

/** Records every (state, phase, redirectTarget) the session's connection machine passes through. */
function recordStates(s: CeleriantSession): string[] {
  const seen: string[] = [];
  s.actor.subscribe((snapshot) => {
    const status = selectConnectionStatus(snapshot);
    seen.push(`${status.state}.${status.phase ?? ''}@${status.redirectTarget ?? ''}`);
  });
  return seen;
}

describe('celeriant leader redirects (spec §2)', () => {
  it('follows a failover from A to B through the visible redirecting state', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    await session.write(oneEvent(1n, 1));
    const states = recordStates(session);
    cluster.A.script = { role: 'follower', leader: 'B' };
    cluster.B.script = { role: 'leader' };
    const result = await session.write(oneEvent(1n, 2));
    expect(result.node).toBe(cluster.B.address);
    expect(session.leader).toBe(cluster.B.address);
    expect(states).toContain(`reconnecting.redirecting@${cluster.B.address}`);
    expect(writeSeqs(cluster, 'A')).toEqual([1, 2]);
    expect(writeSeqs(cluster, 'B')).toEqual([2]);
  });

  it('falls back to the seeds when NotLeader names the dead old leader', async () => {
    const cluster = await peers.cluster({ A: { role: 'follower', leader: 'dead' }, B: { role: 'leader' } });
    const session = peers.session(cluster);
    const states = recordStates(session);
    const result = await session.write(oneEvent(2n, 1));
    expect(result.node).toBe(cluster.B.address);
    expect(states).toContain(`reconnecting.redirecting@${cluster.deadAddress}`);
    expect(states).toContain(`reconnecting.redirecting@${cluster.B.address}`);
  });

  it('falls back to the seeds when NotLeader carries {}', async () => {
    const cluster = await peers.cluster({ A: { role: 'follower' }, B: { role: 'leader' } });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(3n, 1));
    expect(result.node).toBe(cluster.B.address);
    const error = cluster.A.requests('write');
    expect(error).toHaveLength(1);
  });

  it('falls back to the seeds when the configured address itself is dead', async () => {
    const cluster = await peers.cluster({ A: { role: 'follower', leader: 'B' }, B: { role: 'leader' } });
    const session = peers.session(cluster, { address: cluster.deadAddress, seeds: [cluster.B.address] });
    const states = recordStates(session);
    const result = await session.write(oneEvent(9n, 1));
    expect(result.node).toBe(cluster.B.address);
    expect(states.some((s) => s.startsWith('reconnecting.backoff'))).toBe(true);
  });

  it('redirects on 2027 too, unlike the official clients', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', write: [{ reply: 'not-leader', code: 2027, leader: 'B' }] },
      B: { role: 'leader' },
    });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(4n, 1));
    expect(result.node).toBe(cluster.B.address);
  });

  it('ends an A→B→A ping-pong in backoff and gives up with a typed error', async () => {
    const cluster = await peers.cluster({
      A: { role: 'follower', leader: 'B' },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster, { maxAttempts: 9, maxRedirectHops: 3 });
    const states = recordStates(session);
    const error = await session.write(oneEvent(5n, 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CeleriantRequestError', kind: 'exhausted', attempts: 9 });
    // Never more than the hop cap in a row: every run of redirects is broken by a backoff wait.
    const total = writeSeqs(cluster, 'A').length + writeSeqs(cluster, 'B').length;
    expect(total).toBe(9);
    expect(new Set([...writeSeqs(cluster, 'A'), ...writeSeqs(cluster, 'B')])).toEqual(new Set([1]));
    expect(states.some((s) => s.startsWith('reconnecting.redirecting'))).toBe(true);
  });

  it('recovers when the ping-pong ends (B becomes leader)', async () => {
    const cluster = await peers.cluster({
      A: { role: 'follower', leader: 'B' },
      B: {
        role: 'leader',
        write: [
          { reply: 'not-leader', leader: 'A' },
          { reply: 'not-leader', leader: 'A' },
        ],
      },
    });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(6n, 1));
    expect(result.node).toBe(cluster.B.address);
    expect(result.attempts).toBeGreaterThan(3);
  });
});

describe('celeriant request verdicts (spec §4)', () => {
  it('retries backpressure and busy codes with the same client sequence, then succeeds', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        write: [
          { reply: 'error', code: 2012, details: {} },
          { reply: 'error', code: 11000, details: {} },
        ],
      },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(10n, 4));
    expect(result).toMatchObject({ alreadyApplied: false, attempts: 3 });
    expect(writeSeqs(cluster, 'A')).toEqual([4, 4, 4]);
  });

  it('holds the sequence on 2013 and treats the following 2002 as success', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        write: [
          { reply: 'error', code: 2013, details: { last_client_seq: 6, attempted_client_seq: 7 } },
          { reply: 'error', code: 2002, details: { last_client_seq: 7, attempted_client_seq: 7 } },
        ],
      },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(11n, 7));
    expect(result.alreadyApplied).toBe(true);
    expect(result.details).toMatchObject({ last_client_seq: 7, attempted_client_seq: 7 });
    expect(writeSeqs(cluster, 'A')).toEqual([7, 7]);
  });

  it('retries after a silent EOF with the same sequence; the server dedupes it as 2002', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    await session.write(oneEvent(12n, 1));
    cluster.A.script.write = [{ reply: 'eof' }];
    const result = await session.write(oneEvent(12n, 1));
    expect(result.alreadyApplied).toBe(true);
    expect(writeSeqs(cluster, 'A')).toEqual([1, 1, 1]);
  });

  it('drops a connection that sends a huge, malformed, unknown or nested-bomb frame and resends the same write', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        write: [
          { reply: 'garbage', what: 'huge-header' },
          { reply: 'garbage', what: 'bad-msgpack' },
          { reply: 'garbage', what: 'unknown-type' },
          { reply: 'garbage', what: 'nested-bomb' },
        ],
      },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    const result = await session.write(oneEvent(15n, 3));
    expect(result).toMatchObject({ alreadyApplied: false, attempts: 5 });
    expect(writeSeqs(cluster, 'A')).toEqual([3, 3, 3, 3, 3]);
    expect(new Set(cluster.A.requests('write').map((entry) => entry.connection)).size).toBe(5);
  });

  it('closes a connection whose request timed out and resends with the same sequence', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', write: [{ reply: 'ignore' }] },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster, { requestTimeout: 100 });
    const result = await session.write(oneEvent(16n, 8));
    expect(result.attempts).toBe(2);
    expect(writeSeqs(cluster, 'A')).toEqual([8, 8]);
  });

  it('reports 2003 as a conflict with the server details', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        write: [
          { reply: 'error', code: 2003, details: { expected_version: 3, current_aggregate_version: 5 } },
        ],
      },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    const error = await session.write(oneEvent(13n, 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 2003,
      details: { expected_version: 3, current_aggregate_version: 5 },
    });
    expect(writeSeqs(cluster, 'A')).toEqual([1]);
  });

  it('fails 10007 without retrying and keeps the connection usable', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        write: [{ reply: 'error', code: 10007, details: 'Insufficient permissions for this operation' }],
      },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster);
    await expect(session.write(oneEvent(14n, 1))).rejects.toMatchObject({ kind: 'failed', code: 10007 });
    await expect(session.write(oneEvent(14n, 2))).resolves.toMatchObject({ alreadyApplied: false });
    expect(session.state).toBe('connected');
  });
});

describe('celeriant identify (spec §1.7, §1.9)', () => {
  it('closes the session on an invalid API key and fails pending writes as closed', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', identify: [{ reply: 'error', code: 10006, details: 'Invalid API key' }] },
      B: { role: 'follower', leader: 'A' },
    });
    const session = peers.session(cluster, { apiKey: Buffer.alloc(32, 1).toString('base64') });
    const error = await session.write(oneEvent(20n, 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'closed' });
    expect(session.state).toBe('closed');
    expect(session.status.lastCode).toBe(10006);
    expect(writeSeqs(cluster, 'A')).toEqual([]);
  });

  it('fetches a fresh key after 10001 once, and closes after a second one', async () => {
    const cluster = await peers.cluster({
      A: {
        role: 'leader',
        identify: [{ reply: 'error', code: 10001, details: 'Nonce expired or too far in the future' }],
      },
      B: { role: 'follower', leader: 'A' },
    });
    let calls = 0;
    const apiKey = () => {
      calls++;
      return Buffer.alloc(32, calls).toString('base64');
    };
    const session = peers.session(cluster, { apiKey });
    await expect(session.write(oneEvent(21n, 1))).resolves.toMatchObject({ alreadyApplied: false });
    expect(calls).toBe(2);
    const keys = cluster.A.requests('identify').map((entry) => (entry.body as unknown[])[4]);
    expect(new Set(keys).size).toBe(2);

    session.close();
    cluster.A.script.identify = [
      { reply: 'error', code: 10001, details: 'Nonce expired' },
      { reply: 'error', code: 10001, details: 'Nonce expired' },
    ];
    const oneNode = peers.session(cluster, { apiKey, seeds: [] }); // nowhere else to go
    await expect(oneNode.write(oneEvent(21n, 2))).rejects.toMatchObject({ kind: 'closed' });
    expect(oneNode.state).toBe('closed');
  });
});
