import type { CommandKind } from './PeerScript.ts';

const KINDS: readonly CommandKind[] = [
  'connect',
  'subscribe',
  'unsubscribe',
  'publish',
  'rpc',
  'history',
  'presence',
  'presence_stats',
  'refresh',
  'sub_refresh',
  'send',
];

/** Names a client command by its one method field; `{}` is a pong. */
export function commandKind(command: Record<string, unknown>): {
  kind: CommandKind | 'unknown';
  body: Record<string, unknown>;
} {
  for (const kind of KINDS) {
    const body = command[kind];
    if (body && typeof body === 'object') return { kind, body: body as Record<string, unknown> };
  }
  const keys = Object.keys(command).filter((key) => key !== 'id');
  return keys.length === 0 ? { kind: 'pong', body: {} } : { kind: 'unknown', body: {} };
}
