/**
 * The scripted Centrifugo peer (test/centrifugo/peer, unchanged) in a process of its own, driven
 * over stdin/stdout with one JSON object per line, for the side-by-side bench.
 *
 * - stdout, first line: `{"url": "ws://127.0.0.1:<port>/connection/websocket"}`.
 * - stdin `{"op":"close","code":3001,"expect":N}`: closes the newest connection with that code,
 *   then writes `{"resubscribed": ms, "messages": k}` once one connection that arrived after the
 *   close has sent N subscribe commands (ms on this process's clock, from just before the close;
 *   k: how many WebSocket messages those N commands came in).
 * - stdin closed: stops the peer and exits.
 *
 * Subscribe commands are counted per connection by a `message` listener put before the peer's own
 * on its socket (so a message counts when it arrived, not when the peer had answered it): nothing
 * in the peer changes. The report also has `newConnectionMs` (close -> the new connection arrived)
 * and `firstSubscribeMs` (close -> its first subscribe arrived).
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { type PeerConnection, startCentrifugoPeer } from '../../test/centrifugo/peer/index.ts';

/** Connections this process follows at most (a bench run makes two). */
const MAX_CONNECTIONS = 1000;

interface Tracked {
  conn: PeerConnection;
  /** When the connection arrived, and when its first subscribe arrived (this process's clock). */
  arrivedAt: number;
  firstSubscribeAt: number | undefined;
  subscribes: number;
  /** WebSocket messages that carried subscribe commands. */
  messages: number;
}

interface Pending {
  t0: number;
  /** Only connections with an index at least this count. */
  fromIndex: number;
  expect: number;
}

const peer = await startCentrifugoPeer();
let pending: Pending | undefined;

const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

/** Subscribe commands in one WebSocket message (JSON protocol, one command a line). */
function countSubscribes(text: string): number {
  let n = 0;
  for (let at = text.indexOf('"subscribe":'); at !== -1; at = text.indexOf('"subscribe":', at + 12)) n++;
  return n;
}

function check(entry: Tracked, now: number): void {
  if (pending === undefined || entry.conn.index < pending.fromIndex) return;
  if (entry.subscribes < pending.expect) return;
  const { t0 } = pending;
  pending = undefined;
  write({
    resubscribed: now - t0,
    messages: entry.messages,
    newConnectionMs: entry.arrivedAt - t0,
    firstSubscribeMs: (entry.firstSubscribeAt ?? now) - t0,
  });
}

function track(conn: PeerConnection): void {
  const entry: Tracked = {
    conn,
    arrivedAt: performance.now(),
    firstSubscribeAt: undefined,
    subscribes: 0,
    messages: 0,
  };
  // Before the peer's own listener: the time a message arrived, not when the peer had answered it.
  conn.socket?.prependListener('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const now = performance.now();
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString()
      : Buffer.from(data as Buffer).toString();
    const n = countSubscribes(text);
    if (n === 0) return;
    entry.firstSubscribeAt ??= now;
    entry.subscribes += n;
    entry.messages++;
    check(entry, now);
  });
}

// Follows connections as they arrive: waitForConnections resolves in the same turn as the peer's
// `connection` handler, before the socket can deliver a message.
void (async () => {
  for (let n = 1; n <= MAX_CONNECTIONS; n++) {
    await peer.waitForConnections(n);
    const conn = peer.connections[n - 1];
    if (conn) track(conn);
  }
})();

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = JSON.parse(line) as { op: string; code?: number; expect?: number };
  if (command.op !== 'close') return write({ error: `unknown op ${command.op}` });
  const conn = peer.connections.at(-1);
  if (conn === undefined) return write({ error: 'no connection to close' });
  pending = { t0: performance.now(), fromIndex: peer.connections.length, expect: command.expect ?? 0 };
  conn.channel.close(command.code ?? 3001, 'shutdown');
});
lines.on('close', () => void peer.close().then(() => process.exit(0)));
write({ url: peer.url });
