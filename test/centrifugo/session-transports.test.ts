import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  type CentrifugoStatus,
  createCentrifugoSession,
  httpStreamTransport,
  type ReadableStreamConstructor,
  sseTransport,
  TransportError,
} from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupTransportSessions } from './transportSessions.ts';

const { peer, sessionOver } = setupTransportSessions('tr');

const pub = (n: number) => ({ push: { channel: 'news', pub: { data: { n }, offset: n } } });

describe.each(['http_stream', 'sse'] as const)('a session over %s', (name) => {
  it('connects, subscribes, publishes and receives through the stream and the emulation endpoint', async () => {
    const { session, conns } = sessionOver(
      [name],
      [{ steps: [{ waitFor: 'subscribe' }, { send: [pub(1)] }] }],
    );
    const received: unknown[] = [];
    const connected: unknown[] = [];
    session.on('connected', (c) => connected.push(c));
    session.subscribe('news').on('publication', (p) => received.push(p.data));
    session.connect();
    await until(() => received.length === 1, 'the publication over the stream');
    expect(received).toEqual([{ n: 1 }]);
    expect(connected).toEqual([expect.objectContaining({ transport: name, version: '6.9.1' })]);
    expect(session.status.transport).toBe(name);
    expect(session.status.transportFallback).toBeNull();
    const conn = conns()[0];
    expect(conn?.channel.transport).toBe(name);
    // The subscribe went to the emulation endpoint after the connect reply: a message of its own.
    expect(conn?.commands.map((c) => [c.kind, c.message])).toEqual([
      ['connect', 0],
      ['subscribe', 1],
    ]);
    await session.publish('news', { x: 1 });
    expect(conn?.commands.at(-1)).toMatchObject({
      kind: 'publish',
      body: { channel: 'news', data: { x: 1 } },
    });
    session.stop();
    // Stopping ends the stream (the peer sees its response close): nothing stays open.
    await conn?.closed;
    expect(conn?.channel.isOpen()).toBe(false);
  });

  it('answers pings through the emulation endpoint and follows a disconnect push', async () => {
    const { session, conns } = sessionOver(
      [name],
      [
        {
          connect: { result: { ping: 25, pong: true } },
          steps: [{ ping: true }, { waitFor: 'pong' }, { close: 3001, reason: 'shutdown' }],
        },
        {},
      ],
    );
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'the reconnect');
    expect(conns()[0]?.pendingPings).toBe(0);
    expect(conns()[0]?.commands.map((c) => c.kind)).toEqual(['connect', 'pong']);
    // A disconnect push is the server speaking: the transport stays, no fallback.
    expect(conns()[1]?.channel.transport).toBe(name);
    expect(session.status.transportFallback).toBeNull();
  });

  it('stops for good on a terminal disconnect push', async () => {
    const { session } = sessionOver([name], [{ steps: [{ close: 3501, reason: 'bad request' }] }]);
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status).toMatchObject({ lastCode: 3501, terminal: true, transport: name });
  });

  it('reconnects when the emulation endpoint has no such node (404)', async () => {
    const { session, conns } = sessionOver(
      [name],
      [{ connect: { result: { node: 'gone' } }, steps: [{ wait: 1 }] }, {}],
    );
    const reasons: string[] = [];
    session.on('status', (s) => reasons.push(s.lastReason ?? ''));
    // The subscribe is the first command posted to the emulation endpoint.
    session.subscribe('news');
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'a new stream after the 404');
    expect(peer().emulationStatuses).toContain(404);
    expect(reasons).toContain(`${name}: emulation request answered HTTP 404`);
    // The server had spoken over this transport before: no fallback.
    expect(session.status.transportFallback).toBeNull();
  });
});

describe('injected platform objects', () => {
  it('uses the injected fetch for the stream and the emulation POSTs, and ReadableStream.from for a body that is not a web stream', async () => {
    const urls: string[] = [];
    let fromCalls = 0;
    // A fetch polyfill whose bodies are Node streams (async iterables without getReader()).
    const nodeStyleFetch = (async (input: string, init?: RequestInit) => {
      urls.push(new URL(String(input)).pathname);
      const response = await fetch(input, init);
      const body = response.body ? Readable.fromWeb(response.body as never) : null;
      return { ok: response.ok, status: response.status, body } as unknown as Response;
    }) as typeof fetch;
    const { session, conns } = sessionOver(
      ['http_stream'],
      [{ steps: [{ waitFor: 'subscribe' }, { send: [pub(7)] }] }],
      {
        fetch: nodeStyleFetch,
        ReadableStream: {
          from: (source: AsyncIterable<Uint8Array>) => {
            fromCalls++;
            return (ReadableStream as unknown as Required<ReadableStreamConstructor>).from(source);
          },
        },
      },
    );
    const received: unknown[] = [];
    session.subscribe('news').on('publication', (p) => received.push(p.data));
    session.connect();
    await until(() => received.length === 1, 'the publication through the polyfilled body');
    expect(received).toEqual([{ n: 7 }]);
    expect(urls).toEqual(['/connection/http_stream', '/emulation']);
    expect(fromCalls).toBeGreaterThanOrEqual(1);
    expect(conns()).toHaveLength(1);
  });
});

describe('the transports list', () => {
  it('falls back in order, at once, and says which transport failed and why', async () => {
    peer().reject('websocket', 503);
    peer().reject('http_stream', 502);
    const { session, conns } = sessionOver(['websocket', 'http_stream', 'sse'], [{}]);
    const seen: Array<CentrifugoStatus & { wait: number }> = [];
    session.on('status', (s) => seen.push({ ...s, wait: session.actor.getSnapshot().context.retryDelay }));
    session.connect();
    await until(() => session.state === 'connected', 'connected over sse');
    expect(conns().map((c) => c.channel.transport)).toEqual(['sse']);
    expect(session.status.transport).toBe('sse');
    expect(session.status.transportFallback).toMatchObject({ from: 'http_stream', to: 'sse' });
    expect(session.status.transportFallback?.reason).toContain('HTTP 502');
    // Each step of the first round is the catalog's fallback row: no backoff wait.
    const steps = seen.filter(
      (s) => s.rule === 'centrifugo.client.connecting.1.fallback' && s.state === 'reconnecting',
    );
    expect(steps.map((s) => s.transportFallback?.from)).toEqual(['websocket', 'http_stream']);
    expect(steps.map((s) => s.wait)).toEqual([0, 0]);
    expect(steps[0]?.lastReason).toContain('websocket failed');
  });

  it('sticks to the transport that worked, as centrifuge-js, even when an earlier one is back', async () => {
    peer().reject('websocket', 503);
    const { session, conns } = sessionOver(
      ['websocket', 'http_stream'],
      [{ steps: [{ waitFor: 'send' }, { terminate: true }] }, {}],
    );
    session.connect();
    await until(() => session.state === 'connected', 'first http_stream');
    peer().reject('websocket', undefined);
    // The stream drops (the peer terminates it once this message arrives).
    session.send({ bye: true });
    await until(() => conns().length === 2 && session.state === 'connected', 'the reconnect');
    expect(conns().map((c) => c.channel.transport)).toEqual(['http_stream', 'http_stream']);
    expect(session.status.transportFallback?.from).toBe('websocket');
  });

  it('goes round the list with backoff once every transport failed', async () => {
    peer().reject('websocket', 503);
    peer().reject('http_stream', 503);
    const { session, conns } = sessionOver(['websocket', 'http_stream'], [{}]);
    const seen: Array<CentrifugoStatus & { wait: number }> = [];
    session.on('status', (s) => seen.push({ ...s, wait: session.actor.getSnapshot().context.retryDelay }));
    session.connect();
    await until(() => seen.some((s) => s.state === 'reconnecting' && s.rule === 'transport'), 'a backoff');
    const backoff = seen.find((s) => s.state === 'reconnecting' && s.rule === 'transport');
    expect(backoff?.wait).toBe(20);
    expect(backoff?.transport).toBe('websocket');
    peer().reject('websocket', undefined);
    await until(() => session.state === 'connected', 'connected over websocket');
    expect(conns().map((c) => c.channel.transport)).toEqual(['websocket']);
  });

  it('skips a transport the runtime cannot run (SSE without EventSource)', async () => {
    // Node 20 has no global EventSource: without the injected one, SSE cannot run.
    const { session, conns } = sessionOver(['sse', 'http_stream'], [{}], { EventSource: undefined } as never);
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    expect(conns().map((c) => c.channel.transport)).toEqual(['http_stream']);
    expect(session.status.transport).toBe('http_stream');
  });

  it('refuses, with a typed error, a transport that was not imported or a list nothing can run', () => {
    const make = (transports: never) =>
      createCentrifugoSession({ transports, WebSocket }) as unknown as TransportError;
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as TransportError;
      }
      throw new Error('expected a TransportError');
    };
    const notLoaded = thrown(() => make([{ transport: 'http_stream', endpoint: 'http://x' }] as never));
    expect(notLoaded).toBeInstanceOf(TransportError);
    expect(notLoaded.kind).toBe('unknown-transport');
    expect(notLoaded.remediation).toContain('httpStreamTransport');
    const none = thrown(() =>
      createCentrifugoSession({
        transports: [{ transport: sseTransport, endpoint: 'http://x/connection/sse' }],
      }),
    );
    expect(none.kind).toBe('no-transport');
    // Neither a url nor a list: nothing to connect to.
    expect(thrown(() => createCentrifugoSession({ WebSocket })).kind).toBe('no-transport');
    expect(httpStreamTransport.supported({ emulationEndpoint: '/emulation', maxFrameBytes: 1 })).toBe(true);
  });
});
