import { WebSocketServer } from 'ws';
import { commandKind } from '../centrifugo/peer/commandKind.ts';

/** A Centrifugo-like server for one recoverable channel that keeps its whole history. */
export interface CentrifugoStreamPeer {
  readonly port: number;
  /** Offsets published so far (1…n). */
  readonly published: number;
  close(): Promise<void>;
}

const EPOCH = 'E1';

/**
 * A ws server that behaves as Centrifugo does for a recoverable channel (spec note §7): the
 * stream starts on the first subscribe and publishes offsets 1…`total` every `everyMs`, to every
 * subscribed connection; a subscribe with `recover` gets every publication after its offset in
 * the reply (`recovered: true`), so a client that reconnects loses nothing. Unlike the scripted
 * peer it answers any connection the same way, which is what a fault scenario needs.
 */
export async function startCentrifugoStreamPeer(total: number, everyMs = 5): Promise<CentrifugoStreamPeer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const history: { data: { n: number }; offset: number }[] = [];
  const subscribers = new Set<import('ws').WebSocket>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const publish = () => {
    if (history.length >= total) return clearInterval(timer);
    const pub = { data: { n: history.length + 1 }, offset: history.length + 1 };
    history.push(pub);
    const frame = JSON.stringify({ push: { channel: 'ch', pub } });
    for (const socket of subscribers) socket.send(frame);
  };

  server.on('connection', (socket) => {
    socket.on('error', () => socket.terminate());
    socket.on('close', () => subscribers.delete(socket));
    socket.on('message', (data) => {
      const replies: string[] = [];
      for (const line of data.toString().split('\n')) {
        if (line.trim() === '') continue;
        let command: Record<string, unknown>;
        try {
          command = JSON.parse(line) as Record<string, unknown>;
        } catch {
          return void socket.close(3501, 'bad request');
        }
        const { kind, body } = commandKind(command);
        const id = command.id;
        if (kind === 'connect')
          replies.push(JSON.stringify({ id, connect: { client: 'c', version: '6.0.0' } }));
        else if (kind === 'subscribe') {
          const from =
            body.recover === true && body.epoch === EPOCH ? Number(body.offset ?? 0) : history.length;
          const publications = history.slice(from);
          const result = {
            recoverable: true,
            epoch: EPOCH,
            offset: history.length,
            recovered: body.recover === true,
            publications,
          };
          replies.push(JSON.stringify({ id, subscribe: result }));
          subscribers.add(socket);
          timer ??= setInterval(publish, everyMs);
        } else if (typeof id === 'number') replies.push(JSON.stringify({ id, [kind]: {} }));
      }
      if (replies.length > 0) socket.send(replies.join('\n'));
    });
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    get published() {
      return history.length;
    },
    async close() {
      clearInterval(timer);
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
