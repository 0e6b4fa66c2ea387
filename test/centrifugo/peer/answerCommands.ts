import { commandKind } from './commandKind.ts';
import type { CommandKind, PeerAnswer } from './PeerScript.ts';
import type { PeerConnection } from './startCentrifugoPeer.ts';

const DEFAULT_RESULTS: Record<string, Record<string, unknown>> = {
  subscribe: {},
  unsubscribe: {},
  publish: {},
  history: { publications: [], epoch: 'E', offset: 0 },
  presence: { presence: {} },
  presence_stats: { num_clients: 0, num_users: 0 },
  refresh: { client: 'peer-client', version: '6.9.1' },
  sub_refresh: {},
};

/** The node id every emulation session of the peer lives on. */
export const PEER_NODE = 'peer-node';

function answerFor(conn: PeerConnection, kind: CommandKind, body: Record<string, unknown>): PeerAnswer {
  const script = conn.script;
  if (kind === 'connect') {
    const answer = script.connect ?? { result: {} };
    // Over emulation the connect reply names the session and node later commands must carry.
    const emulation =
      conn.channel.transport === 'websocket' ? {} : { session: conn.session, node: PEER_NODE };
    return 'result' in answer
      ? { result: { client: `c${conn.index}`, version: '6.9.1', ...emulation, ...answer.result } }
      : answer;
  }
  if (kind === 'subscribe') {
    const channel = String(body.channel ?? '');
    const answer = script.subscribe?.[channel] ?? script.subscribe?.['*'] ?? { result: {} };
    if (!Array.isArray(answer)) return answer as PeerAnswer;
    // This command is already recorded: the channel's nth subscribe on this connection gets answer n.
    const nth = conn.commands.filter((c) => c.kind === 'subscribe' && c.body.channel === channel).length - 1;
    return answer[Math.min(nth, answer.length - 1)] ?? { result: {} };
  }
  if (kind === 'rpc') return script.answers?.rpc ?? { result: { data: body.data } };
  return script.answers?.[kind] ?? { result: DEFAULT_RESULTS[kind] ?? {} };
}

/**
 * Handles one inbound message (a WebSocket message, the connect request of a stream, or one
 * emulation POST): records its commands, writes the replies as one frame, and returns whether it
 * held a connect command. Exactly what Centrifugo does (spec §2b, §6, §7): replies batched per
 * inbound message, 3501 for a line that is not JSON or a pong nobody asked for.
 */
export function answerCommands(conn: PeerConnection, text: string): boolean {
  const message = conn.messages++;
  const replies: string[] = [];
  let sawConnect = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let command: Record<string, unknown>;
    try {
      command = JSON.parse(line) as Record<string, unknown>;
    } catch {
      conn.channel.close(3501, 'bad request');
      return false;
    }
    const { kind, body } = commandKind(command);
    const id = typeof command.id === 'number' ? command.id : 0;
    conn.commands.push({ kind, id, body, message });
    if (kind === 'pong') {
      // Centrifugo disconnects on a pong without a pending ping (spec §6).
      if (conn.pendingPings === 0) {
        conn.channel.close(3501, 'bad request');
        return false;
      }
      conn.pendingPings--;
      continue;
    }
    if (kind === 'send' || kind === 'unknown') continue;
    const answer = answerFor(conn, kind, body);
    if (kind === 'connect') sawConnect = true;
    if ('ignore' in answer) continue;
    if ('error' in answer) replies.push(JSON.stringify({ id, error: answer.error }));
    else replies.push(JSON.stringify({ id, [kind]: answer.result }));
    if (kind === 'connect' && 'result' in answer) conn.pong = answer.result.pong === true;
  }
  if (replies.length > 0) conn.channel.write(replies.join('\n'));
  return sawConnect;
}
