// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { type CentrifugoSession, createCentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from './peer/index.ts';

let peer: CentrifugoPeer;
const sessions: CentrifugoSession[] = [];
let seq = 0;

beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(async () => {
  await peer.close();
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
});

/** A session whose reconnect wait is a minute long, so only a browser event can end it early. */
async function connectedSession() {
  const id = `browser${seq++}`;
  const session = createCentrifugoSession({ url: peer.urlFor(id), WebSocket, backoff: fixedBackoff(60_000) });
  sessions.push(session);
  session.connect();
  await until(() => session.state === 'connected', 'connected');
  return { session, conns: () => peer.connectionsOf(id) };
}

function pageEvent(type: 'pagehide' | 'pageshow', persisted: boolean): Event {
  return Object.assign(new Event(type), { persisted });
}

describe('browser events reach the connection machine (happy-dom)', () => {
  it('runs with a DOM window', () => {
    expect(typeof window.addEventListener).toBe('function');
  });

  it('offline drops the connection; online ends the wait at once', async () => {
    const { session, conns } = await connectedSession();
    window.dispatchEvent(new Event('offline'));
    expect(session.state).toBe('reconnecting');
    expect(session.status.rule).toBe('browser.offline');
    window.dispatchEvent(new Event('online'));
    await until(() => session.state === 'connected' && conns().length === 2, 'reconnected after online');
  });

  it('pagehide into the bfcache drops; pageshow from it reconnects', async () => {
    const { session, conns } = await connectedSession();
    window.dispatchEvent(pageEvent('pagehide', false));
    expect(session.state).toBe('connected');
    window.dispatchEvent(pageEvent('pagehide', true));
    expect(session.state).toBe('reconnecting');
    window.dispatchEvent(pageEvent('pageshow', true));
    await until(() => session.state === 'connected' && conns().length === 2, 'reconnected after pageshow');
  });

  it('visibility changes reach the machine and leave a healthy connection alone', async () => {
    const received: string[] = [];
    const id = `browser${seq++}`;
    const session = createCentrifugoSession({
      url: peer.urlFor(id),
      WebSocket,
      inspect: (event) => {
        if (event.type === '@xstate.event') received.push(event.event.type);
      },
    });
    sessions.push(session);
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(received).toContain(document.visibilityState === 'hidden' ? 'hidden' : 'visible');
    expect(session.state).toBe('connected');
    expect(peer.connectionsOf(id)).toHaveLength(1);
  });
});
