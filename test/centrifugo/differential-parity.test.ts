import { createDelta } from 'fossil-delta';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParityCase, parityCodestate, parityOfficial } from './differential/parityTraces.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from './peer/index.ts';

/**
 * codestate against centrifuge-js 5.8.0 on the features of issue 14 (items 2-6): the same peer,
 * the same script, the same options; both must report the same states, deliver the same data,
 * return the same call results and send the same commands.
 */

let peer: CentrifugoPeer;
beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(async () => {
  await peer.close();
});

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));
const v1 = { ticker: 'BTC', price: 50_000, note: 'n'.repeat(120) };
const v2 = { ...v1, price: 50_001 };
const v3 = { ...v2, price: 49_999, note: 'm'.repeat(120) };
const pub = (body: Record<string, unknown>) => ({ push: { channel: 'ch', pub: body } });
const info = { client: 'c9', user: 'u9', conn_info: { name: 'Ann' }, chan_info: { role: 'admin' } };

const cases: ParityCase[] = [
  {
    name: 'delta-fossil',
    subscription: { delta: 'fossil' },
    scripts: [
      {
        subscribe: { ch: { result: { delta: true, recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [
          { waitFor: 'subscribe' },
          {
            send: [
              pub({ data: JSON.stringify(v1), offset: 1 }),
              pub({ data: decoder.decode(createDelta(json(v1), json(v2))), delta: true, offset: 2 }),
              pub({ data: decoder.decode(createDelta(json(v2), json(v3))), delta: true, offset: 3 }),
            ],
          },
        ],
      },
    ],
    publications: 3,
  },
  {
    name: 'tags-filter',
    subscription: {
      tagsFilter: {
        op: 'or',
        nodes: [
          { key: 'ticker', cmp: 'eq', val: 'BTC' },
          { key: 'x', cmp: 'ex' },
        ],
      },
    },
    scripts: [
      {
        steps: [
          { waitFor: 'subscribe' },
          { send: [pub({ data: 'a', tags: { ticker: 'BTC' }, info }), pub({ data: 'b', tags: { x: '1' } })] },
        ],
      },
    ],
    publications: 2,
  },
  {
    name: 'connect-data-headers',
    client: {
      getData: async () => ({ fresh: true }),
      headers: { 'X-Tenant': 't1' },
      name: 'app',
      version: '1.2.3',
    },
    subscription: { getData: async (ctx: { channel: string }) => ({ channel: ctx.channel, n: 1 }) },
    scripts: [{}],
  },
  {
    name: 'get-state-112',
    subscription: {
      getState: async () => ({ offset: 5, epoch: 'E' }),
      minResubscribeDelay: 10,
      maxResubscribeDelay: 20,
    },
    scripts: [
      {
        subscribe: {
          ch: [
            { error: { code: 112, message: 'unrecoverable position' } },
            { result: { recoverable: true, epoch: 'E', offset: 9, was_recovering: true, recovered: true } },
          ],
        },
        steps: [{ waitFor: 'subscribe', count: 2 }, { send: [pub({ data: 'after', offset: 10 })] }],
      },
    ],
    publications: 1,
  },
  {
    name: 'call-results',
    scripts: [
      {
        answers: {
          presence: { result: { presence: { c9: info, c2: { client: 'c2', user: 'u2' } } } },
          presence_stats: { result: { num_clients: 2, num_users: 2 } },
          history: {
            result: {
              publications: [
                { data: { a: 1 }, offset: 7, tags: { t: 'x' }, info },
                { data: 'b', offset: 8 },
              ],
              epoch: 'E',
              offset: 8,
            },
          },
        },
      },
    ],
    act: async (client) => {
      const presence = (await client.presence('ch')) as { clients: Record<string, Record<string, unknown>> };
      // centrifuge-js also keeps the wire fields (conn_info, chan_info) on each client: compare what both document.
      const clients = Object.fromEntries(
        Object.entries(presence.clients).map(([id, c]) => [
          id,
          { client: c.client, user: c.user, connInfo: c.connInfo, chanInfo: c.chanInfo },
        ]),
      );
      return {
        clients,
        stats: await client.presenceStats('ch'),
        history: await client.history('ch', { limit: 2 }),
      };
    },
  },
  {
    name: 'join-info-and-batching',
    subscription: { joinLeave: true },
    scripts: [
      {
        steps: [
          { waitFor: 'publish', count: 2 },
          { send: [{ push: { channel: 'ch', join: { info } } }, pub({ data: 'END', info })] },
        ],
      },
    ],
    act: async (client) => {
      client.startBatching();
      const sent = Promise.all([client.publish('ch', { n: 1 }), client.publish('ch', { n: 2 })]);
      client.stopBatching();
      await sent;
      return 'published';
    },
    publications: 1,
  },
];

describe('differential: centrifuge-js 5.8 parity features (issue 14)', () => {
  it.each(cases)('$name: same states, data, results and commands', async (testCase) => {
    const official = await parityOfficial(peer, testCase);
    const codestate = await parityCodestate(peer, testCase);
    expect(codestate.states).toEqual(official.states);
    expect(codestate.publications).toEqual(official.publications);
    expect(codestate.joins).toEqual(official.joins);
    expect(codestate.result).toEqual(official.result);
    expect(codestate.commands).toEqual(official.commands);
    // The scripts did something worth comparing.
    expect(official.commands.flat().length).toBeGreaterThan(1);
    expect(official.states.length).toBeGreaterThan(1);
  });
});
