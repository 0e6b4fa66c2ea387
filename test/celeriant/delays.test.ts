import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { ORG, oneEvent } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue 11: delays of 2^31 ms or more fired after 1 ms; 0 and Infinity mean off (delays.ts). */
describe('Celeriant delays beyond what timers accept', () => {
  it.each([Infinity, 3e9, 0])(
    'connectTimeout: %s does not time the dial out at once',
    async (connectTimeout) => {
      const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
      const session = peers.session(cluster, { connectTimeout });
      const result = await session.write(oneEvent(31n, 1));
      expect(result).toMatchObject({ alreadyApplied: false, attempts: 1 });
      expect(session.status.attempt).toBe(0);
    },
  );

  it('watchLivenessTimeout: Infinity turns the watch watchdog off on the clock', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', watch: [{ probe: [{ ack: true }, { hold: true }] }] },
      B: { role: 'follower', leader: 'A' },
    });
    const clock = new SimulatedClock();
    const session = peers.session(cluster, { clock, watchLivenessTimeout: Infinity });
    const resyncs: unknown[] = [];
    const watch = session.watch({ orgs: [ORG] }, { onResync: (info) => resyncs.push(info) });
    for (let i = 0; i < 200 && watch.state !== 'subscribed'; i++) await pause(10);
    expect(watch.state).toBe('subscribed');
    for (let i = 0; i < 3; i++) {
      clock.increment(2 ** 31 - 1);
      await pause(20);
    }
    expect(watch.state).toBe('subscribed');
    expect(resyncs).toHaveLength(1);
    expect(cluster.A.requests('watch')).toHaveLength(1);
  });
});
