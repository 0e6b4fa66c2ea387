// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('browser');

/** A session whose reconnect wait is a minute long, so only a browser event can end it early. */
async function connectedSession() {
  const { session, conns } = sessionWith([], { backoff: fixedBackoff(60_000) });
  session.connect();
  await until(() => session.state === 'connected', 'connected');
  return { session, conns };
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
    const { session, conns } = sessionWith([], {
      inspect: (event) => {
        if (event.type === '@xstate.event') received.push(event.event.type);
      },
    });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(received).toContain(document.visibilityState === 'hidden' ? 'hidden' : 'visible');
    expect(session.state).toBe('connected');
    expect(conns()).toHaveLength(1);
  });
});
