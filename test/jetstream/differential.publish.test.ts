import { jetstreamManager, jetstream as natsJsJetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { JetStreamError, jetstream } from '../../src/protocols/nats/jetstream/index.ts';
import { connected, testSession } from '../nats/harness/sessionFixture.ts';
import { cleanUpAfterEach, startJetStreamServer } from './harness/jetStreamServer.ts';

cleanUpAfterEach();

/** What a publish came to, in words both clients can be compared on. */
type Outcome = { seq: number; duplicate: boolean } | { errCode: number | undefined };

/** The same publishes through codestate and through @nats-io/jetstream 3.4, each on its own stream. */
async function bothClients() {
  const server = await startJetStreamServer();
  const session = await connected(testSession({ servers: server.url }));
  const ours = jetstream(session, { timeout: 2000 });
  const nc = await connect({ servers: server.url });
  const jsm = await jetstreamManager(nc);
  const theirs = natsJsJetstream(nc);
  await ours.manager.addStream({ name: 'A', subjects: ['a.>'] });
  await jsm.streams.add({ name: 'B', subjects: ['b.>'] });
  const publishOurs = async (
    n: number,
    o: { msgID?: string; expectedLastSequence?: number },
  ): Promise<Outcome> => {
    try {
      const ack = await ours.publish('a.x', String(n), o);
      return { seq: ack.seq, duplicate: ack.duplicate === true };
    } catch (e) {
      if (e instanceof JetStreamError) return { errCode: e.errCode };
      throw e;
    }
  };
  const publishTheirs = async (
    n: number,
    o: { msgID?: string; expectedLastSequence?: number },
  ): Promise<Outcome> => {
    try {
      const ack = await theirs.publish('b.x', String(n), {
        ...(o.msgID ? { msgID: o.msgID } : {}),
        ...(o.expectedLastSequence !== undefined ? { expect: { lastSequence: o.expectedLastSequence } } : {}),
      });
      return { seq: ack.seq, duplicate: ack.duplicate };
    } catch (e) {
      // nats.js's JetStreamApiError: `code` is the err_code.
      const code = (e as { code?: unknown }).code;
      return { errCode: typeof code === 'number' ? code : undefined };
    }
  };
  return { publishOurs, publishTheirs, close: () => nc.close() };
}

describe('differential: publish acks against @nats-io/jetstream 3.4', () => {
  it('same acks, duplicates and expected-sequence failures for the same publishes', async () => {
    const { publishOurs, publishTheirs, close } = await bothClients();
    const script: { msgID?: string; expectedLastSequence?: number }[] = [
      {},
      { msgID: 'm1' },
      { msgID: 'm1' },
      { expectedLastSequence: 2 },
      { expectedLastSequence: 2 },
      { msgID: 'm2', expectedLastSequence: 3 },
      { msgID: 'm2' },
    ];
    const ours: Outcome[] = [];
    const theirs: Outcome[] = [];
    for (const [i, options] of script.entries()) {
      ours.push(await publishOurs(i, options));
      theirs.push(await publishTheirs(i, options));
    }
    await close();
    expect(ours).toEqual(theirs);
    // And they are what JetStream promises: a duplicate keeps its seq, a stale expectation is 10071.
    expect(ours).toEqual([
      { seq: 1, duplicate: false },
      { seq: 2, duplicate: false },
      { seq: 2, duplicate: true },
      { seq: 3, duplicate: false },
      { errCode: 10071 },
      { seq: 4, duplicate: false },
      { seq: 4, duplicate: true },
    ]);
  });
});
