import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/index.ts';
import type { SubscriptionStatus } from '../../src/machines/subscription/subscription.selectors.ts';
import type { CentrifugoSubscription } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import type { PeerScript } from './peer/index.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('recovery');

const pubs = (channel: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    push: { channel, pub: { data: { n: from + i }, offset: from + i } },
  }));

/** Subscribed at offset 0 of E1, five publications, then a 3001 close; `second` answers the resubscribe. */
function afterFive(second: Record<string, unknown>): PeerScript[] {
  return [
    {
      subscribe: { ch: { result: { recoverable: true, epoch: 'E1', offset: 0 } } },
      steps: [
        { waitFor: 'subscribe' },
        { send: pubs('ch', 1, 5) },
        { wait: 20 },
        { close: 3001, reason: 'shutdown' },
      ],
    },
    { subscribe: { ch: { result: second } } },
  ];
}

type Seen = Array<{ type: string; event: unknown }>;
function record(sub: CentrifugoSubscription) {
  const seen: Seen = [];
  sub.on('subscribed', (event) => seen.push({ type: 'subscribed', event }));
  sub.on('unrecovered', (event) => seen.push({ type: 'unrecovered', event }));
  sub.on('publication', (event) => seen.push({ type: 'publication', event }));
  return seen;
}

describe('Centrifugo recovery: what the app is told', () => {
  it('a changed epoch: subscribed says not recovered, then unrecovered with the old and new position', async () => {
    const second = { recoverable: true, epoch: 'E2', offset: 9, positioned: true, was_recovering: true };
    const { session, conns } = sessionWith(afterFive(second), { backoff: fixedBackoff(300) });
    const sub = session.subscribe('ch');
    const seen = record(sub);
    session.connect();
    await until(() => seen.filter((s) => s.type === 'publication').length === 5, 'five publications');
    await until(() => session.state === 'reconnecting', 'reconnecting');
    // Nobody watched: the position is brought up to date when read, not per publication.
    expect(sub.status).toMatchObject({ state: 'subscribing', position: { offset: 5, epoch: 'E1' } });
    await until(() => seen.some((s) => s.type === 'unrecovered'), 'unrecovered');
    const resubscribe = conns()[1]?.commands.find((c) => c.kind === 'subscribe');
    expect(resubscribe?.body).toMatchObject({ recover: true, offset: 5, epoch: 'E1' });
    expect(seen.slice(6).map((s) => s.type)).toEqual(['subscribed', 'unrecovered']);
    expect(seen[6]?.event).toEqual({
      channel: 'ch',
      recoverable: true,
      positioned: true,
      wasRecovering: true,
      recovered: false,
      hasRecoveredPublications: false,
      streamPosition: { offset: 9, epoch: 'E2' },
    });
    expect(seen[7]?.event).toEqual({
      channel: 'ch',
      reason: 'epoch-changed',
      previous: { offset: 5, epoch: 'E1' },
      current: { offset: 9, epoch: 'E2' },
    });
    expect(sub.status).toMatchObject({
      state: 'subscribed',
      wasRecovering: true,
      recovered: false,
      position: { offset: 9, epoch: 'E2' },
    });
  });

  it('status listeners see the received position at every step; it never falls back to 0', async () => {
    const second = { recoverable: true, epoch: 'E1', offset: 5, was_recovering: true, recovered: true };
    const { session } = sessionWith(afterFive(second));
    const sub = session.subscribe('ch');
    const statuses: SubscriptionStatus[] = [];
    sub.on('status', (s) => statuses.push(s));
    const lost: unknown[] = [];
    sub.on('unrecovered', (e) => lost.push(e));
    session.connect();
    await until(() => statuses.at(-1)?.wasRecovering === true, 'resubscribed with recovery');
    const fifth = statuses.findIndex((s) => (s.position as { offset: number } | null)?.offset === 5);
    expect(fifth).toBeGreaterThan(0);
    const after = statuses.slice(fifth);
    expect(after.some((s) => s.state === 'subscribing')).toBe(true);
    for (const s of after) expect(s.position).toEqual({ offset: 5, epoch: 'E1' });
    expect(after.at(-1)).toMatchObject({ state: 'subscribed', wasRecovering: true, recovered: true });
    expect(lost).toEqual([]);
  });

  it('recovered: subscribed first, then the recovered publications, and no unrecovered event', async () => {
    const second = {
      recoverable: true,
      epoch: 'E1',
      offset: 5,
      was_recovering: true,
      recovered: true,
      publications: [
        { data: { n: 6 }, offset: 6 },
        { data: { n: 7 }, offset: 7 },
      ],
    };
    const { session } = sessionWith(afterFive(second));
    const sub = session.subscribe('ch');
    const seen = record(sub);
    session.connect();
    await until(() => seen.filter((s) => s.type === 'publication').length === 7, 'seven publications');
    expect(seen.slice(6).map((s) => s.type)).toEqual(['subscribed', 'publication', 'publication']);
    expect(seen[6]?.event).toMatchObject({
      wasRecovering: true,
      recovered: true,
      hasRecoveredPublications: true,
    });
    expect(sub.status).toMatchObject({ recovered: true, position: { offset: 7, epoch: 'E1' } });
  });

  it('the same epoch but not recovered (history gone) says not-recovered', async () => {
    const second = { recoverable: true, epoch: 'E1', offset: 40, was_recovering: true };
    const { session } = sessionWith(afterFive(second));
    const sub = session.subscribe('ch');
    const lost: unknown[] = [];
    sub.on('unrecovered', (e) => lost.push(e));
    session.connect();
    await until(() => lost.length === 1, 'unrecovered');
    expect(lost[0]).toMatchObject({
      reason: 'not-recovered',
      previous: { offset: 5 },
      current: { offset: 40 },
    });
  });

  it('after a 2502 the resubscribe cannot recover: reason state-invalidated', async () => {
    const { session } = sessionWith([
      {
        subscribe: { ch: { result: { recoverable: true, epoch: 'E1', offset: 3 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'ch', unsubscribe: { code: 2502, reason: 'state invalidated' } } }] },
        ],
      },
    ]);
    const sub = session.subscribe('ch');
    const lost: unknown[] = [];
    sub.on('unrecovered', (e) => lost.push(e));
    session.connect();
    await until(() => lost.length === 1, 'unrecovered');
    expect(lost[0]).toEqual({
      channel: 'ch',
      reason: 'state-invalidated',
      previous: { offset: 0, epoch: '_' },
      current: { offset: 3, epoch: 'E1' },
    });
  });

  it('a 3014 close throws the position away: status.position is null until the next subscribe', async () => {
    const { session, conns } = sessionWith(
      [
        {
          subscribe: { ch: { result: { recoverable: true, epoch: 'E1', offset: 0 } } },
          steps: [
            { waitFor: 'subscribe' },
            { send: pubs('ch', 1, 2) },
            { wait: 20 },
            { close: 3014, reason: 'state invalidated' },
          ],
        },
        {
          subscribe: { ch: { result: { recoverable: true, epoch: 'E1', offset: 2, was_recovering: true } } },
        },
      ],
      { backoff: fixedBackoff(300) },
    );
    const sub = session.subscribe('ch');
    const positions: unknown[] = [];
    sub.on('status', (s) => positions.push(s.position));
    const lost: unknown[] = [];
    sub.on('unrecovered', (e) => lost.push(e));
    session.connect();
    await until(() => session.state === 'reconnecting', 'reconnecting');
    expect(sub.status).toMatchObject({ state: 'subscribing', position: null });
    await until(() => lost.length === 1, 'unrecovered');
    expect(conns()[1]?.commands.find((c) => c.kind === 'subscribe')?.body).toMatchObject({
      recover: true,
      epoch: '_',
    });
    expect(lost[0]).toMatchObject({ reason: 'state-invalidated', current: { offset: 2, epoch: 'E1' } });
    expect(positions).toContainEqual({ offset: 2, epoch: 'E1' });
  });

  it('a positioned stream that is not recoverable never asks to recover, so nothing is reported lost', async () => {
    const { session, conns } = sessionWith(
      afterFive({ positioned: true, epoch: 'E1', offset: 7 }).map((script, i) =>
        i === 0
          ? { ...script, subscribe: { ch: { result: { positioned: true, epoch: 'E1', offset: 0 } } } }
          : script,
      ),
    );
    const sub = session.subscribe('ch', { positioned: true });
    const seen = record(sub);
    session.connect();
    await until(() => conns().length === 2 && sub.state === 'subscribed', 'subscribed again');
    expect(conns()[1]?.commands.find((c) => c.kind === 'subscribe')?.body).not.toHaveProperty('recover');
    expect(seen.filter((s) => s.type === 'unrecovered')).toEqual([]);
    expect(seen.at(-1)?.event).toMatchObject({
      positioned: true,
      wasRecovering: false,
      streamPosition: { offset: 7 },
    });
  });
});
