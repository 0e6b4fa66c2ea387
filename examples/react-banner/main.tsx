// Entry of the React banner bundle. Query parameters as the UMD page: url (Centrifugo WebSocket
// URL), channel (default "news"), backoff (fixed reconnect wait in ms; default: the spread backoff).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createCentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { App } from './App.tsx';

const params = new URLSearchParams(location.search);
const backoffMs = Number(params.get('backoff') ?? 0);
const session = createCentrifugoSession({
  url: params.get('url') ?? `ws://${location.hostname}:8000/connection/websocket`,
  ...(backoffMs > 0 ? { backoff: fixedBackoff(backoffMs) } : {}),
});
const channel = params.get('channel') ?? 'news';
// Subscribed before the first render, so the subscribe goes out with the connect.
session.subscribe(channel);
session.connect();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render into.');
createRoot(root).render(
  <StrictMode>
    <App session={session} channel={channel} />
  </StrictMode>,
);
