import { describe, expect, it } from 'vitest';
import { CeleriantRequestError } from '../../src/protocols/celeriant/index.ts';
import { eventually, ORG, oneEvent, TYPE } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

function expectStopped(error: unknown, operation: string): void {
  expect(error).toBeInstanceOf(CeleriantRequestError);
  expect(error).toMatchObject({ kind: 'stopped' });
  expect((error as Error).message).toContain(`${operation} failed: the session was stopped`);
  expect((error as CeleriantRequestError).remediation).toContain('createCeleriantSession()');
}

const rejection = async (promise: Promise<unknown>) => {
  const [result] = await Promise.allSettled([promise]);
  expect(result.status).toBe('rejected');
  return (result as PromiseRejectedResult).reason;
};

describe('a Celeriant session after stop() (issue 11, item 8)', () => {
  it('is closed for good; operations reject, watch() and connect() throw, with kind stopped', async () => {
    const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
    const session = peers.session(cluster);
    session.connect();
    await eventually(() => session.state === 'connected');
    session.stop();
    expect(session.state).toBe('closed');
    expect(session.status).toMatchObject({ state: 'closed', terminal: true, rule: 'stopped' });
    expectStopped(await rejection(session.write(oneEvent(5n, 1))), 'write');
    expectStopped(await rejection(session.readPage({ org: ORG, type: TYPE, aggregate: 5n })), 'read');
    expectStopped(await rejection(session.read({ org: ORG, type: TYPE, aggregate: 5n })), 'read');
    expectStopped(
      await rejection(session.aggregateDetails({ org: ORG, type: TYPE, aggregate: 5n })),
      'aggregateDetails',
    );
    expect(() => session.watch({ orgs: [ORG] }, { onEvent() {} })).toThrow(
      /watch failed: the session was stopped/,
    );
    expect(() => session.connect()).toThrow(CeleriantRequestError);
    session.disconnect();
    session.close();
    session.stop();
    expect(session.state).toBe('closed');
  });
});
