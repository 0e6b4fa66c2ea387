import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { END, type TraceCase, traceCodestate, traceOfficial } from './differential/eventTraces.ts';
import { type CentrifugoPeer, type PeerScript, startCentrifugoPeer } from './peer/index.ts';

/**
 * codestate against centrifuge-js 5.8.0 on what the app sees (issue 11, items 4 and 5): the
 * `subscribed` context after a failed and a successful recovery, and the client-level events of
 * server-side subscriptions across reconnects, plus what each client asked to recover.
 */

let peer: CentrifugoPeer;
beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(async () => {
  await peer.close();
});

const pub = (channel: string, data: unknown, offset?: number) => ({
  push: { channel, pub: offset === undefined ? { data } : { data, offset } },
});
const shutdown = { close: 3001, reason: 'shutdown' } as const;

/** `ch` subscribed at 0 of E1, three publications, a 3001 close; `second` answers the resubscribe. */
const clientSide = (second: Record<string, unknown>): PeerScript[] => [
  {
    subscribe: { ch: { result: { recoverable: true, epoch: 'E1', offset: 0 } } },
    steps: [
      { waitFor: 'subscribe' },
      { send: [pub('ch', 'a', 1), pub('ch', 'b', 2), pub('ch', 'c', 3)] },
      { wait: 20 },
      shutdown,
    ],
  },
  {
    subscribe: { ch: { result: second } },
    steps: [{ waitFor: 'subscribe' }, { send: [pub('ch', END, 20)] }],
  },
];

const cases: TraceCase[] = [
  {
    name: 'epoch-changed',
    subscribe: true,
    scripts: clientSide({
      recoverable: true,
      epoch: 'E2',
      offset: 9,
      positioned: true,
      was_recovering: true,
    }),
  },
  {
    name: 'recovered',
    subscribe: true,
    scripts: clientSide({
      recoverable: true,
      epoch: 'E1',
      offset: 3,
      was_recovering: true,
      recovered: true,
      publications: [{ data: 'd', offset: 4 }],
    }),
  },
  {
    name: 'server-side',
    scripts: [
      {
        connect: { result: { subs: { 'p:1': { recoverable: true, epoch: 'P', offset: 3 }, notes: {} } } },
        steps: [
          {
            send: [
              pub('p:1', 'a', 4),
              pub('notes', 'n'),
              { push: { channel: 'notes', join: { info: { user: 'u1', client: 'c1' } } } },
              { push: { channel: 'notes', leave: { info: { user: 'u1', client: 'c1' } } } },
              { push: { channel: 'x', subscribe: { recoverable: true, epoch: 'X', offset: 0 } } },
              pub('x', 'e', 1),
              { push: { channel: 'notes', unsubscribe: { code: 2000, reason: 'server unsubscribe' } } },
              pub('stranger', 'ignored', 1),
            ],
          },
          { wait: 20 },
          shutdown,
        ],
      },
      {
        connect: {
          result: {
            subs: {
              'p:1': {
                recoverable: true,
                epoch: 'P',
                offset: 4,
                was_recovering: true,
                recovered: true,
                publications: [{ data: 'b', offset: 5 }],
              },
              x: { recoverable: true, epoch: 'X2', offset: 0, was_recovering: true },
            },
          },
        },
        steps: [{ wait: 20 }, shutdown],
      },
      {
        connect: { result: { subs: { 'p:1': { recoverable: true, epoch: 'P', offset: 5 } } } },
        steps: [{ send: [pub('p:1', END, 6)] }],
      },
    ],
  },
];

// Over the WebSocket URL, and over HTTP streaming and SSE (issue 14: the same scripts, the same events).
describe.each(['websocket', 'http_stream', 'sse'] as const)(
  'differential over %s: app-visible recovery and server-side subscription events',
  (name) => {
    const transport = name === 'websocket' ? undefined : name;
    it.each(cases)('$name: the same events and the same recovery requests', async (testCase) => {
      const [official, codestate] = await Promise.all([
        traceOfficial(peer, testCase, transport),
        traceCodestate(peer, testCase, transport),
      ]);
      expect(codestate.events).toEqual(official.events);
      expect(codestate.recovery).toEqual(official.recovery);
      expect(official.events.length).toBeGreaterThan(3);
    });
  },
);
