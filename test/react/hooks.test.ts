// @vitest-environment happy-dom
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { type CentrifugoSession, createCentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { useConnectionBanner, useSessionStatus, useSubscription } from '../../src/react/index.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { until } from '../support/until.ts';

// Updates come from a real socket, as in a browser: the test waits for what the DOM shows
// instead of wrapping them in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

let peer: CentrifugoPeer;
beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(() => peer?.close());

function View({ session }: { session: CentrifugoSession }) {
  const status = useSessionStatus(session);
  const banner = useConnectionBanner(session);
  const { status: sub, publication } = useSubscription(session, 'news', { unsubscribeOnUnmount: true });
  return createElement(
    'p',
    { id: 'view' },
    `${status.state}|${banner.text}|${banner.retry ? 'retry' : '-'}|${sub.state}|${JSON.stringify(publication) ?? ''}`,
  );
}

describe('codestate/react hooks (happy-dom, a real session against the scripted peer)', () => {
  it('render the status, the banner and the subscription, and unsubscribe on unmount', async () => {
    peer.queue('hooks', [
      {
        subscribe: { news: { result: { recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'news', pub: { data: { n: 1 }, offset: 1 } } }] },
        ],
      },
    ]);
    const session = createCentrifugoSession({
      url: peer.urlFor('hooks'),
      WebSocket,
      backoff: fixedBackoff(60_000),
    });
    const element = document.createElement('div');
    document.body.append(element);
    const root = createRoot(element);
    const text = () => element.textContent ?? '';
    root.render(createElement(View, { session }));
    // The first render comes before the hook subscribed (`unsubscribed`), then the handle's state.
    await until(() => text().endsWith('|subscribing|'), 'subscribing rendered');
    expect(text()).toBe('idle|Not connected|-|subscribing|');
    session.connect();
    await until(() => text().includes('{"n":1}'), 'the publication rendered');
    expect(text()).toBe('connected|Connected|-|subscribed|{"n":1}');
    // The server goes away: the banner counts down and offers the retry.
    peer.connectionsOf('hooks')[0]?.socket?.close(3001, 'shutdown');
    await until(() => text().startsWith('reconnecting'), 'reconnecting rendered');
    expect(text()).toMatch(/^reconnecting\|Reconnecting in (59|60) s \(attempt 1\)\|retry\|subscribing\|/);
    session.retryNow();
    await until(() => text().startsWith('connected'), 'connected again');
    await until(() => peer.connectionsOf('hooks').length === 2, 'second connection');
    const second = peer.connectionsOf('hooks')[1];
    await second?.waitFor('subscribe');
    root.unmount();
    await second?.waitFor('unsubscribe');
    expect(session.getSubscription('news')).toBeUndefined();
    session.stop();
  });
});
