import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../src/machines/index.ts';
import { CeleriantRequestError } from '../../src/protocols/celeriant/index.ts';
import { eventually, oneEvent } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

describe('celeriant session: the shared Session shape', () => {
  it('emits status, disconnects to idle, connects again and stops for good', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    const states: string[] = [];
    const off = session.on('status', (status: ConnectionStatus) => states.push(status.state));
    session.connect();
    await eventually(() => session.state === 'connected');
    expect(states).toEqual(expect.arrayContaining(['connecting', 'connected']));
    session.disconnect();
    expect(session.state).toBe('idle');
    expect(session.status).toMatchObject({ state: 'idle', rule: 'disconnect' });
    // Until connect(), operations fail as closed (what close() always did).
    await expect(session.write(oneEvent(5n, 1))).rejects.toSatisfy(
      (error) => error instanceof CeleriantRequestError && error.kind === 'closed',
    );
    session.connect();
    await session.write(oneEvent(5n, 1));
    expect(session.state).toBe('connected');
    session.retryNow(); // nothing to skip while connected: no change
    expect(session.state).toBe('connected');
    off();
    session.stop();
    expect(session.actor.getSnapshot().status).toBe('stopped');
    expect(session.state).toBe('closed');
    // After stop() the error says so (issue 11, item 8), not just "closed".
    await expect(session.write(oneEvent(5n, 2))).rejects.toSatisfy(
      (error) => error instanceof CeleriantRequestError && error.kind === 'stopped',
    );
  });

  it('keeps close() as a deprecated alias of disconnect()', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    session.connect();
    await eventually(() => session.state === 'connected');
    session.close();
    expect(session.state).toBe('idle');
    session.connect();
    await eventually(() => session.state === 'connected');
  });
});
