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
 * Subscribe commands are counted per connection by a second `message` listener on the peer's
 * socket, which runs after the peer's own and reads the commands it recorded: nothing in the peer
 * changes, and counting is O(commands).
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { type PeerConnection, startCentrifugoPeer } from '../../test/centrifugo/peer/index.ts';

/** Connections this process follows at most (a bench run makes two). */
const MAX_CONNECTIONS = 1000;

interface Tracked {
  conn: PeerConnection;
  /** Commands of `conn.commands` already looked at. */
  cursor: number;
  subscribes: number;
  /** Distinct WebSocket messages the subscribe commands came in. */
  messages: number;
  lastMessage: number;
}

interface Pending {
  t0: number;
  /** Only connections with an index at least this count. */
  fromIndex: number;
  expect: number;
}

const peer = await startCentrifugoPeer();
const tracked: Tracked[] = [];
let pending: Pending | undefined;

const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

function check(entry: Tracked): void {
  if (pending === undefined || entry.conn.index < pending.fromIndex) return;
  if (entry.subscribes < pending.expect) return;
  const ms = performance.now() - pending.t0;
  pending = undefined;
  write({ resubscribed: ms, messages: entry.messages });
}

function track(conn: PeerConnection): void {
  const entry: Tracked = { conn, cursor: 0, subscribes: 0, messages: 0, lastMessage: -1 };
  tracked.push(entry);
  conn.socket.on('message', () => {
    const commands = conn.commands;
    for (; entry.cursor < commands.length; entry.cursor++) {
      const command = commands[entry.cursor];
      if (command?.kind !== 'subscribe') continue;
      entry.subscribes++;
      if (command.message !== entry.lastMessage) {
        entry.lastMessage = command.message;
        entry.messages++;
      }
    }
    check(entry);
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
  conn.socket.close(command.code ?? 3001, 'shutdown');
});
lines.on('close', () => void peer.close().then(() => process.exit(0)));
write({ url: peer.url });
