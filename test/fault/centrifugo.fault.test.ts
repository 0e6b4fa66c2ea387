import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createCentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { catchStrayErrors } from '../support/catchStrayErrors.ts';
import { createCountingClock } from '../support/countingClock.ts';
import { type FaultProxy, startFaultProxy } from '../support/faultProxy.ts';
import { until } from '../support/until.ts';
import { type CentrifugoStreamPeer, startCentrifugoStreamPeer } from './centrifugoStreamPeer.ts';
import { expectCleanStop } from './expectCleanStop.ts';
import { ALL_FAULTS, faultScenarios } from './faultScenarios.ts';

/**
 * Centrifugo session ↔ fault proxy ↔ a peer that keeps the channel's history. Whatever the proxy
 * does to the bytes, the app must see every offset exactly once, in order, or hear why not.
 */
const TOTAL = 40;
const scenarios = faultScenarios(100, [
  ['delay'],
  ['cut'],
  ['truncate'],
  ['duplicate'],
  ['corrupt'],
  ALL_FAULTS,
]);

let peer: CentrifugoStreamPeer | undefined;
let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await peer?.close();
});

describe('Centrifugo session through a faulty link', () => {
  it.each(scenarios)('$name', async ({ plan }) => {
    peer = await startCentrifugoStreamPeer(TOTAL);
    proxy = await startFaultProxy({ host: '127.0.0.1', port: peer.port }, plan);
    const stray = catchStrayErrors();
    const clock = createCountingClock();
    const session = createCentrifugoSession({
      url: `ws://${proxy.address}/connection/websocket`,
      WebSocket,
      backoff: fixedBackoff(10),
      timeout: 1000,
      clock,
    });
    const states: string[] = [];
    session.on('status', (status) => states.push(status.state));
    const offsets: number[] = [];
    const sub = session.subscribe('ch', { recoverable: true });
    sub.on('publication', (pub) => offsets.push(pub.offset ?? -1));
    // The stream starts where the first successful subscribe put it: what was published before
    // (while the first replies were lost) was never part of this subscription.
    let start: number | undefined;
    sub.on('status', (status) => {
      const position = status.position as { offset: number } | null;
      if (start === undefined && status.state === 'subscribed') start = position?.offset ?? 0;
    });
    try {
      session.connect();
      await until(() => offsets.includes(TOTAL) && session.state === 'connected', 'the last offset', 15_000);
    } finally {
      session.stop();
      stray.release();
    }
    const report = JSON.stringify({ faults: proxy.faults, states, offsets });
    // Strictly increasing: nothing delivered twice, nothing out of order.
    for (let i = 1; i < offsets.length; i++)
      expect(offsets[i], report).toBeGreaterThan(offsets[i - 1] as number);
    // Recovery gives back what the faults cost: nothing lost after the first subscribe.
    const from = start ?? 0;
    expect(offsets, report).toEqual(Array.from({ length: TOTAL - from }, (_, i) => from + i + 1));
    // The scenario exercised something: the seeded schedule did fault the link.
    expect(proxy.faults.length, report).toBeGreaterThan(0);
    await expectCleanStop({ proxy, clock, stray, states, session });
  });
});
