import { createDelta } from 'fossil-delta';
import { describe, expect, it } from 'vitest';
import { CentrifugoOptionError } from '../../src/protocols/centrifugo/CentrifugoOptionError.ts';
import { fossilDelta } from '../../src/protocols/centrifugo/fossil/index.ts';
import type { CentrifugoPublicationContext } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('delta');

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** The fossil delta from one JSON payload to the next, as Centrifugo puts it in `data`. */
const deltaOf = (from: unknown, to: unknown) =>
  decoder.decode(createDelta(encoder.encode(JSON.stringify(from)), encoder.encode(JSON.stringify(to))));
const full = (value: unknown, offset: number) => ({
  push: { channel: 'prices', pub: { data: JSON.stringify(value), offset } },
});
const delta = (from: unknown, to: unknown, offset: number) => ({
  push: { channel: 'prices', pub: { data: deltaOf(from, to), delta: true, offset } },
});

const v1 = { ticker: 'BTC', price: 50_000, history: 'x'.repeat(200) };
const v2 = { ...v1, price: 50_001 };
const v3 = { ...v2, price: 50_002 };
const subscribed = { result: { delta: true, recoverable: true, epoch: 'E', offset: 0 } };

describe("Centrifugo delta compression (delta: 'fossil')", () => {
  it('asks for fossil delta and applies full and delta payloads in turn', async () => {
    const { session, conns } = sessionWith(
      [
        {
          subscribe: { prices: subscribed },
          steps: [{ waitFor: 'subscribe' }, { send: [full(v1, 1), delta(v1, v2, 2), delta(v2, v3, 3)] }],
        },
      ],
      { fossilDelta },
    );
    const sub = session.subscribe('prices', { delta: 'fossil' });
    const seen: CentrifugoPublicationContext[] = [];
    sub.on('publication', (p) => seen.push(p));
    session.connect();
    await until(() => seen.length === 3, 'three publications');
    expect(seen.map((p) => p.data)).toEqual([v1, v2, v3]);
    expect(seen.map((p) => p.offset)).toEqual([1, 2, 3]);
    expect(conns()[0]?.commands.find((c) => c.kind === 'subscribe')?.body).toMatchObject({
      channel: 'prices',
      delta: 'fossil',
    });
  });

  it('a delta that fails its checksum is a typed error: unsubscribe, resubscribe from the last good offset', async () => {
    const corrupt = deltaOf(v1, v2)
      .replace(/;$/, '1;')
      .replace(/(\d+);$/, (_, n) => `${Number(n) + 1};`);
    const { session, conns } = sessionWith(
      [
        {
          subscribe: {
            prices: [
              subscribed,
              {
                result: {
                  delta: true,
                  recoverable: true,
                  epoch: 'E',
                  offset: 1,
                  recovered: true,
                  was_recovering: true,
                },
              },
            ],
          },
          steps: [
            { waitFor: 'subscribe' },
            {
              send: [
                full(v1, 1),
                { push: { channel: 'prices', pub: { data: corrupt, delta: true, offset: 2 } } },
                delta(v2, v3, 3),
              ],
            },
            { waitFor: 'subscribe', count: 2 },
            { send: [full(v3, 3)] },
          ],
        },
      ],
      { fossilDelta },
    );
    const sub = session.subscribe('prices', { delta: 'fossil' });
    const seen: unknown[] = [];
    const errors: { type: string; code: number; message: string }[] = [];
    sub.on('publication', (p) => seen.push(p.data));
    sub.on('error', (e) => errors.push(e));
    session.connect();
    await until(() => seen.length === 2, 'the full payload after the resubscribe');
    expect(seen).toEqual([v1, v3]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ type: 'delta', code: 200 });
    const kinds = conns()[0]?.commands.map((c) => c.kind);
    expect(kinds?.filter((k) => k === 'subscribe')).toHaveLength(2);
    expect(kinds?.indexOf('unsubscribe')).toBeGreaterThan(kinds?.indexOf('subscribe') ?? 99);
    // The resubscribe recovers from the last publication that decoded (offset 1), not the lost one.
    const again = conns()[0]?.commands.filter((c) => c.kind === 'subscribe')[1]?.body;
    expect(again).toMatchObject({ recover: true, offset: 1, epoch: 'E', delta: 'fossil' });
    expect(sub.status.rule).toBe('centrifugo.client.delta-failed');
  });

  it('a delta before any full payload, or data that is not a JSON string, fails the same way', async () => {
    const { session } = sessionWith(
      [
        {
          subscribe: { prices: subscribed },
          steps: [
            { waitFor: 'subscribe' },
            { send: [delta(v1, v2, 1)] },
            { waitFor: 'subscribe', count: 2 },
            { send: [{ push: { channel: 'prices', pub: { data: { raw: true }, offset: 1 } } }] },
          ],
        },
      ],
      { fossilDelta },
    );
    const sub = session.subscribe('prices', { delta: 'fossil' });
    const messages: string[] = [];
    sub.on('error', (e) => messages.push(e.message));
    session.connect();
    await until(() => messages.length === 2, 'two delta errors');
    expect(messages[0]).toMatch(/before any full/);
    expect(messages[1]).toMatch(/not the JSON string/);
  });

  it('without negotiation (no delta: true in the reply) data is used as sent', async () => {
    const { session } = sessionWith(
      [{ steps: [{ waitFor: 'subscribe' }, { send: [{ push: { channel: 'prices', pub: { data: v1 } } }] }] }],
      { fossilDelta },
    );
    const sub = session.subscribe('prices', { delta: 'fossil' });
    const seen: unknown[] = [];
    sub.on('publication', (p) => seen.push(p.data));
    session.connect();
    await until(() => seen.length === 1, 'a publication');
    expect(seen).toEqual([v1]);
  });

  it('options no retry can fix throw a CentrifugoOptionError at subscribe()', () => {
    const { session } = sessionWith([]);
    expect(() => session.subscribe('a', { delta: 'fossil' })).toThrow(CentrifugoOptionError);
    expect(() => session.subscribe('a', { delta: 'fossil' })).toThrow(/codestate\/centrifugo\/fossil/);
    const { session: withCodec } = sessionWith([], { fossilDelta });
    expect(() => withCodec.subscribe('b', { delta: 'xdelta' as 'fossil' })).toThrow(/not supported/);
    expect(() =>
      withCodec.subscribe('c', { delta: 'fossil', tagsFilter: { key: 'k', cmp: 'eq', val: 'v' } }),
    ).toThrow(/delta and tagsFilter/);
    const sub = withCodec.subscribe('d', { delta: 'fossil' });
    expect(() => sub.setTagsFilter({ key: 'k', cmp: 'eq', val: 'v' })).toThrow(CentrifugoOptionError);
    expect(() => sub.setTagsFilter(null)).not.toThrow();
  });
});
