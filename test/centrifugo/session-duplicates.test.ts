import { describe, expect, it } from 'vitest';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('dups');

const pub = (offset: number) => ({ push: { channel: 'news', pub: { data: { offset }, offset } } });

describe('Centrifugo publications on a positioned stream', () => {
  it('reach the app once per offset: a repeated frame is dropped', async () => {
    const { session } = sessionWith([
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [pub(1)] },
          { send: [pub(1)] },
          { send: [pub(2), pub(2)] },
          { send: [pub(3)] },
        ],
      },
    ]);
    const sub = session.subscribe('news');
    const offsets: (number | undefined)[] = [];
    sub.on('publication', (p) => offsets.push(p.offset));
    session.connect();
    await until(() => offsets.includes(3), 'offset 3');
    expect(offsets).toEqual([1, 2, 3]);
  });

  it('start over when the epoch changes (a new stream may reuse low offsets)', async () => {
    const { session } = sessionWith([
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [{ waitFor: 'subscribe' }, { send: [pub(1), pub(2)] }, { close: 3001, reason: 'shutdown' }],
      },
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'F', offset: 0, recovered: false } } },
        steps: [{ waitFor: 'subscribe' }, { send: [pub(1)] }],
      },
    ]);
    const sub = session.subscribe('news');
    const offsets: (number | undefined)[] = [];
    sub.on('publication', (p) => offsets.push(p.offset));
    session.connect();
    await until(() => offsets.length === 3, 'three publications');
    expect(offsets).toEqual([1, 2, 1]);
  });
});
