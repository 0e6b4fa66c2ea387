import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { sessionTimers } from '../../src/protocols/shared/sessionTimers.ts';
import { createPendingCalls } from '../../src/share/pendingCalls.ts';
import { ShareError } from '../../src/share/ShareError.ts';
import { createShareLink } from '../../src/share/shareLink.ts';
import { decodeShareMessage, SHARE_PROTOCOL, type ShareMessage } from '../../src/share/shareMessages.ts';
import { electLeader } from '../../src/share/tabElection.ts';
import { until } from '../support/until.ts';
import { createFakeLocks } from './fakeLocks.ts';

const status = {
  state: 'connected',
  phase: 'unwatched',
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  terminal: false,
  canRetryNow: false,
  redirectTarget: null,
};

describe('messages between tabs (valibot)', () => {
  it('accepts every kind of message the tabs send', () => {
    const base = { v: SHARE_PROTOCOL, from: 'a' };
    const messages = [
      {
        ...base,
        type: 'hello',
        want: true,
        subs: [{ channel: 'news', options: { since: { offset: 1, epoch: 'E' } } }],
      },
      { ...base, type: 'sub', channel: 'news', options: { queue: 'q' } },
      { ...base, type: 'unsub', channel: 'news' },
      { ...base, type: 'control', action: 'subRetryNow', channel: 'news' },
      { ...base, type: 'call', id: 3, method: 'publish', args: ['news', { x: 1 }] },
      { ...base, type: 'bye' },
      { ...base, type: 'leader', to: 'b' },
      { ...base, type: 'status', status },
      { ...base, type: 'event', channel: 'news', name: 'publication', event: { data: 1 } },
      { ...base, type: 'result', to: 'b', id: 3, ok: false, error: { name: 'E', message: 'm', code: 1 } },
    ];
    for (const message of messages) expect(decodeShareMessage(message)).toMatchObject({ ok: true });
  });

  it('refuses another version, an unknown type and wrong fields, saying where', () => {
    const bad = [
      { v: 2, from: 'a', type: 'bye' },
      { v: 1, from: 'a', type: 'exec', code: 'alert(1)' },
      { v: 1, from: '', type: 'bye' },
      { v: 1, from: 'a', type: 'status', status: { ...status, state: 'pwned' } },
      { v: 1, from: 'a', type: 'call', id: '1', method: 'publish', args: [] },
      { v: 1, from: 'a', type: 'control', action: 'eval' },
      null,
      'hello',
    ];
    for (const message of bad) {
      const decoded = decodeShareMessage(message);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.problems.length).toBeGreaterThan(0);
    }
    const wrongState = decodeShareMessage(bad[3]);
    expect(wrongState.ok || wrongState.problems).toMatch(/status\.state/);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const decoded = decodeShareMessage(value);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('election (Web Locks semantics, in memory)', () => {
  it('the first tab leads, the others follow and take over in the order they queued', async () => {
    const locks = createFakeLocks();
    const log: string[] = [];
    const tab = (name: string) =>
      electLeader(locks, 'L', {
        onLeader: () => log.push(`${name} leads`),
        onFollower: () => log.push(`${name} follows`),
      });
    const a = tab('a');
    await until(() => log.length === 1, 'a elected');
    const b = tab('b');
    const c = tab('c');
    await until(() => log.length === 3, 'b and c follow');
    b.stop(); // leaves the queue: c is next
    a.stop();
    await until(() => log.length === 4, 'a new leader');
    expect(log).toEqual(['a leads', 'b follows', 'c follows', 'c leads']);
    c.stop();
    await until(() => locks.holders().length === 0, 'the lock is free');
  });
});

describe('the link', () => {
  it('drops its own echoes, messages for other tabs, and host messages without a host', () => {
    const sent: unknown[] = [];
    let onmessage: ((event: { data: unknown }) => void) | null = null;
    const channel = {
      postMessage: (m: unknown) => sent.push(m),
      close: () => {},
      get onmessage() {
        return onmessage;
      },
      set onmessage(f) {
        onmessage = f;
      },
    };
    const received: ShareMessage[] = [];
    const bad: string[] = [];
    const link = createShareLink('me', channel, {
      toClient: (m) => received.push(m),
      onBadMessage: (p) => bad.push(p),
    });
    const deliver = (data: unknown) => onmessage?.({ data });
    deliver({ v: 1, from: 'me', type: 'leader' });
    deliver({ v: 1, from: 'x', type: 'leader', to: 'someone-else' });
    deliver({ v: 1, from: 'x', type: 'bye' }); // for a host; this tab has none
    deliver({ v: 1, from: 'x', type: 'leader', to: 'me' });
    deliver({ junk: true });
    expect(received.map((m) => `${m.type} from ${m.from}`)).toEqual(['leader from x']);
    expect(bad).toHaveLength(1);
    // A host answering inside a delivery does not re-enter the client: answers queue in order.
    const order: string[] = [];
    link.setHost((m) => {
      order.push(`host ${m.type}`);
      link.fromHost({ type: 'leader' });
      order.push('host done');
    });
    link.toHost({ type: 'bye' });
    expect(order).toEqual(['host bye', 'host done']);
    expect(received.at(-1)?.type).toBe('leader');
    expect(sent.at(-1)).toMatchObject({ v: 1, from: 'me', type: 'leader' });
    link.close();
  });
});

describe('forwarded calls', () => {
  it('time out on the session clock, settle once, and fail together when the leader goes', async () => {
    const clock = new SimulatedClock();
    const calls = createPendingCalls(sessionTimers(clock), 1000);
    const slow = calls.start(() => new ShareError('call-timeout', 'slow'));
    const answered = calls.start(() => new ShareError('call-timeout', 'x'));
    const orphan = calls.start(() => new ShareError('call-timeout', 'y'));
    calls.settle(answered.id, { ok: true, value: 42 });
    calls.settle(answered.id, { ok: true, value: 43 }); // a late second answer changes nothing
    await expect(answered.promise).resolves.toBe(42);
    clock.increment(999);
    calls.failAll(() => new ShareError('leader-lost', 'gone'));
    await expect(slow.promise).rejects.toMatchObject({ code: 'leader-lost' });
    await expect(orphan.promise).rejects.toBeInstanceOf(ShareError);
    const late = calls.start(() => new ShareError('call-timeout', 'late'));
    clock.increment(1000);
    await expect(late.promise).rejects.toMatchObject({ code: 'call-timeout' });
  });
});
