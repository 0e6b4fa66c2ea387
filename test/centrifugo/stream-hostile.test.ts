import { describe, expect, it } from 'vitest';
import type { CentrifugoStatus } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import type { PeerScript, PeerStep } from './peer/index.ts';
import { setupTransportSessions } from './transportSessions.ts';

const { sessionOver } = setupTransportSessions('sh');

const MAX = 4096;

/**
 * Runs one hostile first connection over `name`, then a well-behaved one: the session must drop the
 * bad stream with a transport error that says what was wrong, reconnect on the same transport, and
 * leave no stream of the bad connection open.
 */
async function survives(name: 'http_stream' | 'sse', steps: PeerStep[]) {
  const scripts: PeerScript[] = [{ steps }, {}];
  const { session, conns } = sessionOver([name], scripts, { maxFrameBytes: MAX });
  const seen: CentrifugoStatus[] = [];
  session.on('status', (s) => seen.push(s));
  session.connect();
  await until(() => conns().length === 2 && session.state === 'connected', 'the reconnect');
  // The bad stream is closed on both sides: the peer saw its response end.
  await conns()[0]?.closed;
  expect(conns()[0]?.channel.isOpen()).toBe(false);
  expect(conns().map((c) => c.channel.transport)).toEqual([name, name]);
  const drop = seen.find((s) => s.state === 'reconnecting');
  session.stop();
  await conns()[1]?.closed;
  return drop;
}

describe.each(['http_stream', 'sse'] as const)('a hostile server over %s', (name) => {
  it('a line that is not JSON: transport error naming the bad frame, then a reconnect', async () => {
    const drop = await survives(name, [{ send: 'this is not json' }]);
    expect(drop).toMatchObject({ rule: 'transport', lastCode: null });
    expect(drop?.lastReason).toMatch(/^bad frame: Line 0 is not JSON/);
  });

  it('JSON that is not a Centrifugo reply', async () => {
    const drop = await survives(name, [{ send: '{"push":{"pub":"nonsense"}}' }]);
    expect(drop?.lastReason).toMatch(/^bad frame: Line 0 is not a Centrifugo reply/);
  });

  it('a message beyond maxFrameBytes is refused before parsing', async () => {
    const drop = await survives(name, [
      { send: JSON.stringify({ push: { message: { data: 'x'.repeat(3 * MAX) } } }) },
    ]);
    expect(drop?.lastReason).toMatch(/exceeds 4096/);
  });

  it('a connect reply without an emulation session (nothing could be sent after it)', async () => {
    const { session, conns } = sessionOver([name], [{ connect: { result: { session: '' } } }, {}]);
    const seen: CentrifugoStatus[] = [];
    session.on('status', (s) => seen.push(s));
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'the reconnect');
    expect(seen.find((s) => s.state === 'reconnecting')?.lastReason).toBe(
      'connect reply without an emulation session',
    );
  });

  it('a stream cut off in the middle of a reply', async () => {
    const drop = await survives(name, [
      { raw: name === 'sse' ? 'data: {"push":' : '{"push":' },
      { terminate: true },
    ]);
    expect(drop?.rule).toBe('transport');
    expect(drop?.lastReason?.startsWith(`${name}: `)).toBe(true);
  });
});

describe('a hostile server over http_stream', () => {
  it('a line that never ends is cut at maxFrameBytes, before it is buffered whole', async () => {
    // No newline: only the line limit can stop it (the decoder never sees a complete line).
    const drop = await survives('http_stream', [
      { raw: 'x'.repeat(MAX + 1) },
      { wait: 1 },
      { raw: 'y'.repeat(MAX) },
    ]);
    expect(drop?.lastReason).toBe(`http_stream: stream line exceeds ${MAX} bytes`);
  });

  it('blank keep-alive lines are not frames', async () => {
    const { session, conns } = sessionOver(
      ['http_stream'],
      [{ steps: [{ raw: '\n\n  \n' }, { send: [{ push: { message: { data: 1 } } }] }] }],
    );
    const messages: unknown[] = [];
    session.on('message', (m) => messages.push(m.data));
    session.connect();
    await until(() => messages.length === 1, 'the message after the blank lines');
    expect(session.state).toBe('connected');
    expect(conns()).toHaveLength(1);
  });
});
