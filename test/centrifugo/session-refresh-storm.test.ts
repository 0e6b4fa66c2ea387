import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('storm');

/** Moves the clock `ms` in 100 ms steps, letting real socket I/O run between steps. */
async function advance(clock: SimulatedClock, ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 100) {
    clock.increment(100);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}

/** getToken calls per simulated second, from the clock times they were made at. */
function perSecond(times: number[]): number[] {
  const buckets: number[] = [];
  for (const time of times) {
    const second = Math.floor(time / 1000);
    buckets[second] = (buckets[second] ?? 0) + 1;
  }
  return Array.from(buckets, (count) => count ?? 0);
}

/** Time between consecutive calls. */
const gaps = (times: number[]) => times.slice(1).map((time, i) => time - (times[i] as number));

/**
 * Exact times need the peer's reply within one 100 ms step; on a loaded machine a reply may land a
 * step later (the next wait starts then), so the checks are floors and counts.
 */
function expectBackoff(times: number[], floors: number[]): void {
  expect(times[0]).toBe(0);
  expect(times.length).toBeGreaterThanOrEqual(floors.length);
  expect(times.length).toBeLessThanOrEqual(floors.length + 1);
  for (const [i, gap] of gaps(times).entries()) {
    expect(gap).toBeGreaterThanOrEqual(floors[i] ?? Number.POSITIVE_INFINITY);
  }
  expect(Math.max(...perSecond(times))).toBeLessThanOrEqual(1);
}

/** A token that expires at once (`expires: true, ttl: 0`) must not refresh in a loop (issue 11, item 7). */
describe('token refreshes are paced: at least 1 s apart, backing off while tokens expire at once', () => {
  it('connection token: a bounded number of getToken calls per simulated second', async () => {
    const clock = new SimulatedClock();
    const times: number[] = [];
    const instant = { result: { expires: true, ttl: 0 } };
    const { session, conns } = sessionWith([{ connect: instant, answers: { refresh: instant } }], {
      clock,
      getToken: async () => {
        times.push(clock.now());
        return 'tok';
      },
    });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    await advance(clock, 10_000);
    // Connect at 0, then refreshes after 1, 2 and 4 s ([0, 1000, 3000, 7000] on an idle machine).
    expectBackoff(times, [1000, 2000, 4000]);
    expect(conns()[0]?.commands.filter((c) => c.kind === 'refresh')).toHaveLength(times.length - 1);
    expect(session.state).toBe('connected');
  });

  it('a ttl of a second or more ends the backoff', async () => {
    const clock = new SimulatedClock();
    const times: number[] = [];
    const { session } = sessionWith(
      [
        {
          connect: { result: { expires: true, ttl: 0 } },
          answers: { refresh: { result: { expires: true, ttl: 5 } } },
        },
      ],
      {
        clock,
        getToken: async () => {
          times.push(clock.now());
          return 'tok';
        },
      },
    );
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    await advance(clock, 12_000);
    // [0, 1000, 6000, 11000] on an idle machine: the 5 s ttl, not a growing backoff.
    expectBackoff(times, [1000, 5000, 5000]);
    expect(gaps(times)[2] ?? 5000).toBeLessThan(7000);
  });

  it('subscription token: sub_refresh is paced the same way', async () => {
    const clock = new SimulatedClock();
    const times: number[] = [];
    const instant = { result: { expires: true, ttl: 0 } };
    const { session, conns } = sessionWith(
      [{ subscribe: { '*': instant }, answers: { sub_refresh: instant } }],
      {
        clock,
      },
    );
    const sub = session.subscribe('news', {
      getToken: async () => {
        times.push(clock.now());
        return 'sub-tok';
      },
    });
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    await advance(clock, 10_000);
    expectBackoff(times, [1000, 2000, 4000]);
    expect(conns()[0]?.commands.filter((c) => c.kind === 'sub_refresh')).toHaveLength(times.length - 1);
  });
});
