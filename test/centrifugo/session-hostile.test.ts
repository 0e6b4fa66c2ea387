import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('hostile');

/** Localized proxy errors: longer than the 123 UTF-8 bytes a close frame can carry. */
const MESSAGES = [
  'Ошибка прокси: сервер авторизации недоступен, повторите попытку позже.',
  '代理服务器错误：授权服务暂时不可用，请稍后再试。请联系管理员。如果问题仍然存在，请检查代理配置。',
];

/** Every client socket the session opened, to check that none is left open. */
function recordingWebSocket() {
  const opened: WebSocket[] = [];
  class Recording extends WebSocket {
    constructor(url: string) {
      super(url);
      opened.push(this);
    }
  }
  return { opened, Recording };
}

describe('close reasons longer than a close frame holds (issue 11, item 1)', () => {
  it.each(MESSAGES)(
    'every reconnect closes the old socket and stop() leaves none open: %s',
    async (message) => {
      expect(new TextEncoder().encode(message).byteLength).toBeGreaterThan(123);
      const failing = { connect: { error: { code: 100, message, temporary: true } } };
      const { opened, Recording } = recordingWebSocket();
      const { session, conns } = sessionWith([failing, failing, failing, failing, {}], {
        WebSocket: Recording,
      });
      session.connect();
      await until(() => session.state === 'connected', 'connected after four failed connects');
      expect(conns()).toHaveLength(5);
      const seen = await Promise.all(
        conns()
          .slice(0, 4)
          .map((conn) => conn.closed),
      );
      for (const close of seen) {
        expect(close.code).toBe(1000);
        expect(new TextEncoder().encode(close.reason).byteLength).toBeLessThanOrEqual(123);
        expect(message.startsWith(close.reason)).toBe(true);
      }
      session.stop();
      await conns()[4]?.closed;
      expect(conns().every((conn) => !conn.channel.isOpen())).toBe(true);
      // The client's side too: nothing left that would keep a Node process alive.
      expect(opened).toHaveLength(5);
      await until(
        () => opened.every((socket) => socket.readyState === WebSocket.CLOSED),
        'client sockets closed',
      );
    },
  );
});

describe('an array where a publication belongs (issue 11, item 9)', () => {
  it('is a bad frame: no empty publication, the session reconnects', async () => {
    const badPub = { send: [{ push: { channel: 'news', pub: [1, 2, 3] } }] };
    const { session, conns } = sessionWith([{ steps: [{ waitFor: 'subscribe' }, badPub] }, {}]);
    const publications: unknown[] = [];
    session.subscribe('news').on('publication', (pub) => publications.push(pub));
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    expect(publications).toEqual([]);
    expect(conns()[0]?.channel.isOpen()).toBe(false);
  });
});
