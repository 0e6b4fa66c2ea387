// A test page for the shared NATS session (bundled by shared-nats.test.ts): query `url` (a ws://
// nats-server) and `name`; everything the test reads is on window.__nats.
import { createSharedNatsSession } from '../../src/share/index.ts';

const params = new URLSearchParams(location.search);
const session = createSharedNatsSession({
  servers: params.get('url') ?? 'ws://127.0.0.1:8080',
  reconnectTimeWait: 200,
  share: { name: params.get('name') ?? 'nats' },
});
const messages: string[] = [];
const sub = session.subscribe('news.*');
sub.on('message', (m) => messages.push(`${m.subject}:${m.text()}`));
session.connect();
Object.assign(window, {
  __nats: {
    view: () => ({
      role: session.role,
      state: session.state,
      sub: sub.state,
      server: session.status.server,
      hasInfo: session.info !== undefined,
      messages: [...messages],
    }),
    request: async (subject: string, text: string) => {
      try {
        return (await session.request(subject, text)).text();
      } catch (error) {
        return `error:${(error as { code?: string }).code}`;
      }
    },
  },
});
