import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import type { ShareMessage, ShareMessageBody, ShareSubscribeOptions } from './shareMessages.ts';
import { toWireError } from './wireError.ts';

/** What a protocol's host gives the router. */
export interface HostParts {
  /** The leader's real session. */
  session: {
    readonly state: ConnectionStatus['state'];
    readonly status: ConnectionStatus;
    connect(): void;
    disconnect(): void;
    retryNow(): void;
  };
  send(body: ShareMessageBody): void;
  /** A tab wants `channel` (one real subscription per channel, however many tabs). */
  addTab(channel: string, tab: string, options: ShareSubscribeOptions): void;
  /** A tab left `channel` (the last one out unsubscribes). */
  removeTab(channel: string, tab: string): void;
  /** Every channel with at least one tab. */
  channels(): string[];
  /** The calls followers may forward, by method. */
  calls: Readonly<Record<string, (args: unknown[]) => unknown>>;
  /** Protocol controls besides connect, disconnect and retryNow (`setToken`, `subRetryNow`). */
  control?(message: Extract<ShareMessage, { type: 'control' }>): void;
}

/** Runs a forwarded call and answers the tab that asked (errors as their wire form). */
function runCall(parts: HostParts, message: Extract<ShareMessage, { type: 'call' }>): void {
  const run = parts.calls[message.method];
  const to = message.from;
  Promise.resolve()
    .then(() => {
      if (!run) throw new Error(`${message.method} is not a call of this protocol`);
      return run(message.args);
    })
    .then(
      (value) => parts.send({ type: 'result', to, id: message.id, ok: true, value }),
      (error: unknown) =>
        parts.send({ type: 'result', to, id: message.id, ok: false, error: toWireError(error) }),
    );
}

/**
 * The leader's handling of a follower's message, the same for every protocol: `hello` (answer
 * who leads, take the tab's channels, connect if it wants the connection, then the status), `sub`,
 * `unsub`, `bye` (the tab left: drop its channels), controls and calls.
 */
export function routeHostMessage(parts: HostParts, message: ShareMessage): void {
  const { session } = parts;
  switch (message.type) {
    case 'hello':
      parts.send({ type: 'leader', to: message.from });
      for (const sub of message.subs) parts.addTab(sub.channel, message.from, sub.options);
      if (message.want && (session.state === 'idle' || session.state === 'closed')) session.connect();
      // The status after the connect the hello asked for: a tab that wants the connection never
      // hears a passing `idle` from a new leader (its `ready()` would take it as final).
      parts.send({ type: 'status', to: message.from, status: session.status });
      return;
    case 'sub':
      parts.addTab(message.channel, message.from, message.options);
      return;
    case 'unsub':
      parts.removeTab(message.channel, message.from);
      return;
    case 'bye':
      for (const channel of parts.channels()) parts.removeTab(channel, message.from);
      return;
    case 'control':
      if (message.action === 'connect') session.connect();
      else if (message.action === 'disconnect') session.disconnect();
      else if (message.action === 'retryNow') session.retryNow();
      else parts.control?.(message);
      return;
    case 'call':
      runCall(parts, message);
      return;
    default:
      return; // leader -> tab messages are not for a host
  }
}
