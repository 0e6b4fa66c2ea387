import { describe, expect, it } from 'vitest';
import type { CentrifugoSession, CentrifugoSessionEvents } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('server-subs');

const SERVER_EVENTS = [
  'subscribed',
  'subscribing',
  'unsubscribed',
  'publication',
  'join',
  'leave',
  'unrecovered',
] as const satisfies ReadonlyArray<keyof CentrifugoSessionEvents>;

/** Every server-side subscription event of `session`, as `type channel detail`. */
function trace(session: CentrifugoSession): string[] {
  const seen: string[] = [];
  for (const type of SERVER_EVENTS) {
    session.on(type, (event) => {
      const e = event as Record<string, unknown> & { channel: string };
      const detail =
        type === 'publication'
          ? `${JSON.stringify(e.data)}@${String(e.offset)}`
          : type === 'join' || type === 'leave'
            ? (e.info as { user: string }).user
            : type === 'subscribed'
              ? `recovered=${String(e.recovered)}`
              : type === 'unrecovered'
                ? String(e.reason)
                : '';
      seen.push(`${type} ${e.channel} ${detail}`.trim());
    });
  }
  return seen;
}

describe('Centrifugo server-side subscriptions (session-level events)', () => {
  it('delivers publications, join and leave, and follows subscribe/unsubscribe pushes and reconnects', async () => {
    const { session, conns } = sessionWith([
      {
        connect: {
          result: {
            subs: { 'personal:1': { recoverable: true, epoch: 'P', offset: 3, positioned: true }, notes: {} },
          },
        },
        steps: [
          {
            send: [
              { push: { channel: 'personal:1', pub: { data: 'a', offset: 4 } } },
              { push: { channel: 'notes', pub: { data: 'n' } } },
              { push: { channel: 'notes', join: { info: { user: 'u1', client: 'c1' } } } },
              { push: { channel: 'notes', leave: { info: { user: 'u1', client: 'c1' } } } },
              { push: { channel: 'extra', subscribe: { recoverable: true, epoch: 'X', offset: 0 } } },
              { push: { channel: 'extra', pub: { data: 'e', offset: 1 } } },
              { push: { channel: 'notes', unsubscribe: { code: 2000, reason: 'server unsubscribe' } } },
              { push: { channel: 'stranger', pub: { data: 'ignored', offset: 1 } } },
            ],
          },
          { wait: 20 },
          { close: 3001, reason: 'shutdown' },
        ],
      },
      {
        connect: {
          result: {
            subs: {
              'personal:1': {
                recoverable: true,
                epoch: 'P',
                offset: 4,
                was_recovering: true,
                recovered: true,
                publications: [{ data: 'b', offset: 5 }],
              },
              extra: { recoverable: true, epoch: 'X2', offset: 0, was_recovering: true },
            },
          },
        },
        steps: [{ wait: 20 }, { close: 3001, reason: 'shutdown' }],
      },
      { connect: { result: { subs: { 'personal:1': { recoverable: true, epoch: 'P', offset: 5 } } } } },
    ]);
    const seen = trace(session);
    session.connect();
    await until(() => conns().length === 3 && session.state === 'connected', 'third connection');
    await until(() => seen.includes('unsubscribed extra'), 'extra unsubscribed');
    expect(seen).toEqual([
      'subscribed personal:1 recovered=false',
      'subscribed notes recovered=false',
      'publication personal:1 "a"@4',
      'publication notes "n"@undefined',
      'join notes u1',
      'leave notes u1',
      'subscribed extra recovered=false',
      'publication extra "e"@1',
      'unsubscribed notes',
      'subscribing personal:1',
      'subscribing extra',
      'subscribed personal:1 recovered=true',
      'subscribed extra recovered=false',
      'publication personal:1 "b"@5',
      'unrecovered extra epoch-changed',
      'subscribing personal:1',
      'subscribing extra',
      'subscribed personal:1 recovered=false',
      // It asked to recover from offset 5 and the reply did not say recovered.
      'unrecovered personal:1 not-recovered',
      'unsubscribed extra',
    ]);
    // Positions survive reconnects: only recoverable channels, after the last publication delivered.
    expect(conns()[1]?.commands[0]?.body.subs).toEqual({
      'personal:1': { recover: true, offset: 4, epoch: 'P' },
      extra: { recover: true, offset: 1, epoch: 'X' },
    });
    expect(conns()[2]?.commands[0]?.body.subs).toEqual({
      'personal:1': { recover: true, offset: 5, epoch: 'P' },
      extra: { recover: true, epoch: 'X2' },
    });
  });

  it('a client-side subscription keeps its own channel: its pushes never reach the session events', async () => {
    const { session } = sessionWith([
      {
        connect: { result: { subs: { shared: {} } } },
        steps: [{ waitFor: 'subscribe' }, { send: [{ push: { channel: 'shared', pub: { data: 'mine' } } }] }],
      },
    ]);
    const seen = trace(session);
    const mine: unknown[] = [];
    session.subscribe('shared').on('publication', (p) => mine.push(p.data));
    session.connect();
    await until(() => mine.length === 1, 'publication on the handle');
    expect(seen).toEqual(['subscribed shared recovered=false']);
  });
});
