import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/machines/index.ts';
import { createNatsSession, type NatsSession } from '../../src/protocols/nats/index.ts';
import { type NatsServer, startNatsServer, stopAllNatsServers } from '../nats/harness/natsServer.ts';
import { catchStrayErrors } from '../support/catchStrayErrors.ts';
import { createCountingClock } from '../support/countingClock.ts';
import { type FaultProxy, startFaultProxy } from '../support/faultProxy.ts';
import { until } from '../support/until.ts';
import { createDeliveryLog } from './deliveryLog.ts';
import { expectCleanStop } from './expectCleanStop.ts';
import { ALL_FAULTS, faultScenarios } from './faultScenarios.ts';

/**
 * NATS session ↔ fault proxy ↔ a real nats-server over TCP. A publisher beside the proxy sends
 * numbered messages. NATS core has no offsets, so the rules are: never out of order, never twice
 * (unless the proxy itself duplicated bytes: a repeated MSG is indistinguishable from a second
 * one), and a gap only when the session left `connected` (the app was told).
 */
const WANTED = 40;
const scenarios = faultScenarios(200, [
  ['delay'],
  ['cut'],
  ['truncate'],
  ['duplicate'],
  ['corrupt'],
  ALL_FAULTS,
]);

let server: NatsServer;
let publisher: NatsSession;
let proxy: FaultProxy | undefined;
beforeAll(async () => {
  server = await startNatsServer();
  publisher = createNatsSession({ servers: server.url });
  publisher.connect();
  await until(() => publisher.state === 'connected', 'the publisher');
});
afterEach(async () => {
  await proxy?.close();
});
afterAll(async () => {
  publisher?.stop();
  await stopAllNatsServers();
});

describe('NATS session through a faulty link', () => {
  it.each(scenarios)('$name', async ({ plan }) => {
    proxy = await startFaultProxy({ host: '127.0.0.1', port: server.port }, plan);
    const subject = `fault.${plan.seed}`;
    const stray = catchStrayErrors();
    const clock = createCountingClock();
    const session = createNatsSession({
      servers: `nats://${proxy.address}`,
      reconnectTimeWait: 10,
      reconnectJitter: 0,
      maxReconnectAttempts: -1,
      timeout: 1000,
      clock,
      random: seededRandom(plan.seed),
    });
    const states: string[] = [];
    const log = createDeliveryLog();
    session.on('status', (status) => {
      if (states.at(-1) === 'connected' && status.state !== 'connected') log.linkLost();
      states.push(status.state);
    });
    const sub = session.subscribe(subject);
    sub.on('message', (message) => {
      const seq = Number(message.text());
      log.deliver(Number.isInteger(seq) && seq > 0 ? seq : undefined);
    });
    let next = 1;
    const pump = setInterval(() => publisher.publish(subject, String(next++)), 5);
    try {
      session.connect();
      await until(
        () => log.seqs().length >= WANTED && session.state === 'connected',
        `${WANTED} messages`,
        20_000,
      );
    } finally {
      clearInterval(pump);
      session.stop();
      stray.release();
    }
    const duplicated = proxy.faults.filter((f) => f.kind === 'duplicate').length;
    const report = JSON.stringify({ faults: proxy.faults, states, seqs: log.seqs() });
    expect(log.problems(duplicated), report).toEqual([]);
    // The scenario exercised something: the seeded schedule did fault the link.
    expect(proxy.faults.length, report).toBeGreaterThan(0);
    await expectCleanStop({ proxy, clock, stray, states, session });
  });
});
