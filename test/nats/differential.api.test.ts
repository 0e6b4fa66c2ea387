import {
  type RequestManyOptions as NatsJsRequestManyOptions,
  headers as natsJsHeaders,
} from '@nats-io/transport-node';
import { describe, it } from 'vitest';
import {
  headers,
  type NatsMessage,
  type NatsSession,
  type RequestManyOptions,
  requestMany,
} from '../../src/protocols/nats/index.ts';
import { natsDifferential } from './harness/natsDifferential.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

/**
 * Differential checks of the nats.js-style API: requestMany strategies, subscription `max` and
 * multi-value headers with a status line, through @nats-io/transport-node 3.4.0 and codestate against
 * the same kind of server. The services are the same fixture (a codestate session) on both sides.
 */
const differential = natsDifferential();

/** Three responders on `svc.many` (each replies its name), and `svc.sentinel` (two replies, then an empty one). */
async function services(url: string): Promise<NatsSession> {
  const s = await connected(testSession({ servers: url }));
  const subs = ['a', 'b', 'c'].map((name) => {
    const sub = s.subscribe('svc.many');
    sub.on('message', (m) => m.respond(name));
    return sub;
  });
  const sentinel = s.subscribe('svc.sentinel');
  sentinel.on('message', (m) => {
    for (const part of ['x', 'y', '']) m.respond(part);
  });
  await waitUntil(() => [...subs, sentinel].every((sub) => sub.state === 'subscribed'), 'services');
  return s;
}

/** What both clients must agree on: how many replies, or the error's kind. */
async function outcomeOf(replies: () => Promise<AsyncIterable<{ data: Uint8Array }>>): Promise<string> {
  try {
    let n = 0;
    let empty = 0;
    for await (const m of await replies()) {
      n++;
      if (m.data.length === 0) empty++;
    }
    return `${n} replies (${empty} empty)`;
  } catch (error) {
    const e = error as { code?: string; name?: string };
    const noResponders = e.code === 'no-responders' || /NoResponders/.test(e.name ?? '');
    return noResponders ? 'no responders' : `error ${e.name}`;
  }
}

const scenarios: [string, string, RequestManyOptions][] = [
  ['timer', 'svc.many', { strategy: 'timer', maxWait: 1500 }],
  ['count 2', 'svc.many', { strategy: 'count', maxMessages: 2, maxWait: 5000 }],
  ['stall', 'svc.many', { strategy: 'stall', stall: 1000, maxWait: 5000 }],
  ['sentinel', 'svc.sentinel', { strategy: 'sentinel', maxWait: 5000 }],
  ['no responders', 'svc.nobody', { strategy: 'timer', maxWait: 5000 }],
];

describe('differential: requestMany, max and headers, codestate vs nats.js', () => {
  for (const [name, subject, options] of scenarios) {
    it(`requestMany ${name}`, async () => {
      await differential.compare(
        `requestMany ${name}`,
        async () => {
          const server = await startNatsServer();
          await services(server.url);
          const s = await connected(testSession({ servers: server.url }));
          return outcomeOf(() => requestMany(s, subject, 'q', options));
        },
        async () => {
          const server = await startNatsServer();
          await services(server.url);
          const { nc } = await differential.probe({ servers: server.url });
          return outcomeOf(() =>
            nc.requestMany(subject, 'q', options as unknown as NatsJsRequestManyOptions),
          );
        },
      );
    });
  }

  it('subscription max 3 of 5 messages', async () => {
    const publishFive = async (url: string) => {
      const publisher = await connected(testSession({ servers: url }));
      for (let i = 0; i < 5; i++) publisher.publish('max.d', `${i}`);
      await publisher.flush();
    };
    await differential.compare(
      'subscription max',
      async () => {
        const server = await startNatsServer();
        const s = await connected(testSession({ servers: server.url }));
        const sub = s.subscribe('max.d', { max: 3 });
        // The loop starts before messages can arrive (codestate queues from the first for-await).
        const texts: string[] = [];
        const loop = (async () => {
          for await (const m of sub) texts.push(m.text());
        })();
        await waitUntil(() => sub.state === 'subscribed', 'subscribed');
        await publishFive(server.url);
        await loop;
        return texts.join(',');
      },
      async () => {
        const server = await startNatsServer();
        const { nc } = await differential.probe({ servers: server.url });
        const sub = nc.subscribe('max.d', { max: 3 });
        await nc.flush();
        await publishFive(server.url);
        const texts: string[] = [];
        for await (const m of sub) texts.push(m.string());
        return texts.join(',');
      },
    );
  });

  it('multi-value headers and a status line, each client reading what the other wrote', async () => {
    const read = (h: { code: number; description: string; values(k: string): string[] } | undefined) =>
      h
        ? `${h.code} ${h.description} X-A=${h.values('X-A').join('|')} X-B=${h.values('X-B').join('|')}`
        : 'none';
    // codestate writes, nats.js reads; then nats.js writes, codestate reads: both lines must match.
    await differential.compare(
      'headers',
      async () => {
        const server = await startNatsServer();
        const s = await connected(testSession({ servers: server.url }));
        const { nc } = await differential.probe({ servers: server.url });
        const sub = nc.subscribe('hdr.d', { max: 1 });
        await nc.flush();
        s.publish('hdr.d', 'x', {
          headers: headers(409, 'Conflict').append('X-A', '1').append('X-A', '2').set('X-B', 'b'),
        });
        for await (const m of sub) return read(m.headers);
        return 'nothing';
      },
      async () => {
        const server = await startNatsServer();
        const s = await connected(testSession({ servers: server.url }));
        const sub = s.subscribe('hdr.d', { max: 1 });
        await waitUntil(() => sub.state === 'subscribed', 'subscribed');
        const { nc } = await differential.probe({ servers: server.url });
        const h = natsJsHeaders(409, 'Conflict');
        h.append('X-A', '1');
        h.append('X-A', '2');
        h.set('X-B', 'b');
        nc.publish('hdr.d', 'x', { headers: h });
        for await (const m of sub) return read((m as NatsMessage).headers);
        return 'nothing';
      },
    );
  });
});
