import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { jetstream } from '../../src/protocols/nats/jetstream/index.ts';
import { connected, testSession } from '../nats/harness/sessionFixture.ts';
import { waitUntil } from '../nats/harness/waitUntil.ts';
import { fillStream, firstProblem } from './harness/fillStream.ts';
import { cleanUpAfterEach, startJetStreamServer } from './harness/jetStreamServer.ts';
import { type ConsumeSide, codestateSide, deleteConsumers, natsJsSide } from './harness/scenarioSides.ts';

cleanUpAfterEach();

const COUNT = 10_000;
const SIDES = [
  ['codestate', codestateSide],
  ['@nats-io/jetstream', natsJsSide],
] as const;

/** A file stream with `count` messages on its own server. */
async function filledServer(count: number) {
  const server = await startJetStreamServer();
  const session = await connected(testSession({ servers: server.url }));
  await fillStream(session, jetstream(session, { timeout: 2000 }), 'ORD', count);
  session.stop();
  return server;
}

/** The ordered scenario for one side: restart at 3,000, consumer deleted at 6,500. */
async function orderedScenario(
  makeSide: (s: Awaited<ReturnType<typeof filledServer>>) => Promise<ConsumeSide>,
) {
  const server = await filledServer(COUNT);
  const side = await makeSide(server);
  const seen: number[] = [];
  let restarted = false;
  let deleted = false;
  await side.consume('ORD', undefined, (n) => {
    seen.push(n);
    if (seen.length === 3000 && !restarted) {
      restarted = true;
      void server.stop().then(() => server.start());
    }
    if (seen.length === 6500 && !deleted) {
      deleted = true;
      void deleteConsumers(server, 'ORD').catch(() => undefined);
    }
  });
  await waitUntil(() => seen.length >= COUNT, `${COUNT} messages`, 90_000);
  await side.stop();
  return { problem: firstProblem(seen, COUNT) ?? null, count: seen.length, notices: side.notices };
}

describe('differential: codestate against @nats-io/jetstream 3.4 on a real nats-server -js', () => {
  it('ordered consumer, 10,000 messages across a restart and a deletion: both see each exactly once, in order', {
    timeout: 240_000,
  }, async () => {
    const outcomes: Record<string, { problem: string | null; count: number; notices: string[] }> = {};
    for (const [name, side] of SIDES) outcomes[name] = await orderedScenario(side);
    const [ours, theirs] = [outcomes.codestate, outcomes['@nats-io/jetstream']];
    expect(ours?.problem).toBeNull();
    expect(theirs?.problem).toBeNull();
    expect(ours?.count).toBe(theirs?.count);
    // Both noticed the consumer going away, each in its own words.
    expect(ours?.notices.some((n) => /409-consumer-deleted|heartbeats-missed/.test(n))).toBe(true);
    expect(
      theirs?.notices.some((n) => /consumer_deleted|heartbeats_missed|ordered_consumer_recreated/.test(n)),
    ).toBe(true);
  });

  it('durable consumer deleted under it: both notice; codestate fails with row 10014, nats.js keeps pulling', {
    timeout: 60_000,
  }, async () => {
    const results: Record<string, { seen: number; notices: string[]; gaveUp: boolean }> = {};
    for (const [name, makeSide] of SIDES) {
      const server = await filledServer(5);
      const nc = await connect({ servers: server.url });
      await (await jetstreamManager(nc)).consumers.add('ORD', { durable_name: 'd', ack_policy: 'explicit' });
      await nc.close();
      const side = await makeSide(server);
      let seen = 0;
      await side.consume('ORD', 'd', () => {
        seen++;
      });
      await waitUntil(() => seen === 5, `${name}: five messages`);
      await deleteConsumers(server, 'ORD');
      await waitUntil(
        () => side.gaveUp() || side.notices.some((n) => /consumer_not_found|consumer_deleted/.test(n)),
        `${name}: noticed the deletion`,
        30_000,
      );
      results[name] = { seen, notices: [...side.notices], gaveUp: side.gaveUp() };
      await side.stop();
    }
    expect(results.codestate).toMatchObject({ seen: 5, gaveUp: true });
    expect(results.codestate?.notices.at(-1)).toBe('nats.js-api.10014');
    expect(results['@nats-io/jetstream']).toMatchObject({ seen: 5, gaveUp: false });
  });
});
