// Entry of the shared-tabs page. Query parameters: url (Centrifugo WebSocket URL), channel
// (default "news"), name (the share name: tabs with the same name share one connection).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createSharedCentrifugoSession } from '../../src/share/index.ts';
import { SharedTab } from './SharedTab.tsx';

const params = new URLSearchParams(location.search);
const url = params.get('url') ?? `ws://${location.hostname}:8000/connection/websocket`;
const session = createSharedCentrifugoSession({
  url,
  backoff: fixedBackoff(1000),
  share: { name: params.get('name') ?? url },
});
const channel = params.get('channel') ?? 'news';
session.subscribe(channel);
session.connect();

// What happened in this tab, with times, for tests and for the curious (window.__shareLog).
const log: Array<{ at: number; role: string; state: string }> = [];
(window as unknown as { __shareLog: typeof log }).__shareLog = log;
session.on('status', (status) => log.push({ at: Date.now(), role: status.role, state: status.state }));
session.on('shareError', (error) => console.warn(error.message));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render into.');
createRoot(root).render(
  <StrictMode>
    <SharedTab session={session} channel={channel} />
  </StrictMode>,
);
