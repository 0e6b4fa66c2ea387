import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createCentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from './peer/index.ts';

let peer: CentrifugoPeer;
beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(async () => {
  await peer.close();
});

const STATES = ['idle', 'connecting', 'connected', 'reconnecting', 'closed'];

/** Replies and pushes that decode but make little sense: unknown ids, unknown kinds, odd channels. */
const oddFrame = fc.oneof(
  fc.record({ id: fc.integer({ min: 1, max: 2 ** 32 - 1 }), rpc: fc.record({ data: fc.jsonValue() }) }),
  fc.record({
    id: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    error: fc.record({ code: fc.nat(5000), message: fc.string() }),
  }),
  fc.record({
    push: fc.record({
      channel: fc.constantFrom('ch', 'other', '', '__proto__'),
      pub: fc.record({ data: fc.jsonValue() }),
    }),
  }),
  fc.record({ push: fc.record({ channel: fc.string(), brand_new: fc.jsonValue() }) }),
  fc.record({
    push: fc.record({
      id: fc.nat(10),
      join: fc.record({ info: fc.record({ user: fc.string(), client: fc.string() }) }),
    }),
  }),
  fc.record({ push: fc.record({ message: fc.record({ data: fc.jsonValue() }) }) }),
  fc.constant({}),
);

describe('a session fed odd and hostile frames', () => {
  it('never throws and always sits in a public state', { timeout: 60_000 }, async () => {
    const frames = fc.sample(oddFrame, 2000);
    const hostile = [
      '<html>',
      '{"id":"1"}',
      '{"push":{"disconnect":{"code":-1}}}',
      `{"id":1,"connect":${'['.repeat(5000)}`,
    ];
    peer.queue('fuzz', [
      {
        connect: { result: { pong: true, ping: 25 } },
        steps: [
          { waitFor: 'subscribe' },
          ...frames.map((frame) => ({ send: [frame] })),
          { send: hostile[0] as string },
        ],
      },
      ...hostile.slice(1).map((raw) => ({ steps: [{ send: raw }] })),
      {},
    ]);
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    const session = createCentrifugoSession({
      url: peer.urlFor('fuzz'),
      WebSocket,
      backoff: fixedBackoff(5),
    });
    const seen = new Set<string>();
    session.on('status', (status) => seen.add(status.state));
    const sub = session.subscribe('ch');
    let publications = 0;
    sub.on('publication', () => publications++);
    try {
      session.connect();
      await until(
        () => peer.connectionsOf('fuzz').length === hostile.length + 1 && session.state === 'connected',
        'the last connection',
        30_000,
      );
    } finally {
      process.off('uncaughtException', onError);
      session.stop();
    }
    expect(errors).toEqual([]);
    for (const state of seen) expect(STATES).toContain(state);
    expect(publications).toBeGreaterThan(0);
    expect(sub.state).toBe('subscribed');
  });
});
