import {
  decodeShareMessage,
  SHARE_PROTOCOL,
  type ShareMessage,
  type ShareMessageBody,
} from './shareMessages.ts';
import type { BroadcastChannelLike } from './sharePlatform.ts';

/** Message types a follower sends to the leader; the rest go from the leader to the tabs. */
const TO_LEADER = new Set<ShareMessage['type']>(['hello', 'sub', 'unsub', 'control', 'call', 'bye']);

/** What a {@link ShareLink} delivers to. */
export interface ShareLinkHandlers {
  /** A leader's message for this tab (a broadcast, or addressed to it). */
  toClient(message: ShareMessage): void;
  /** A message from another tab that is not of this protocol: it was dropped. */
  onBadMessage(problems: string): void;
}

/**
 * The tabs' wire: one `BroadcastChannel`, plus the shortcut between this tab's own follower side
 * (the client) and its own leader side (the host), which a `BroadcastChannel` does not deliver to
 * itself. Inbound messages are validated before anything reads them. Local deliveries that
 * happen while one is running are queued, so a host that answers inside a call never re-enters
 * the client.
 */
export interface ShareLink {
  readonly tabId: string;
  /** Sends a follower's message to the leader (this tab's own host, or over the channel). */
  toHost(body: ShareMessageBody): void;
  /** Sends a leader's message to this tab and (unless addressed to this tab) to the others. */
  fromHost(body: ShareMessageBody): void;
  /** Sets (leader) or clears (follower) this tab's host. */
  setHost(receive: ((message: ShareMessage) => void) | undefined): void;
  /** Closes the channel. */
  close(): void;
}

/** Creates the link of one tab; `channel` undefined: a tab alone (no sharing). */
export function createShareLink(
  tabId: string,
  channel: BroadcastChannelLike | undefined,
  handlers: ShareLinkHandlers,
): ShareLink {
  let host: ((message: ShareMessage) => void) | undefined;
  let closed = false;
  const queue: Array<() => void> = [];
  let draining = false;
  const local = (run: () => void) => {
    queue.push(run);
    if (draining) return;
    draining = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) next();
    } finally {
      draining = false;
    }
  };
  const stamp = (body: ShareMessageBody) => ({ ...body, v: SHARE_PROTOCOL, from: tabId }) as ShareMessage;
  const post = (message: ShareMessage) => {
    if (closed || !channel) return;
    try {
      channel.postMessage(message);
    } catch (error) {
      // Data that cannot be cloned (a function in a publication's data, say): say so, drop it.
      handlers.onBadMessage(`could not post a ${message.type} message: ${(error as Error).message}`);
    }
  };
  if (channel) {
    channel.onmessage = (event) => {
      if (closed) return;
      const decoded = decodeShareMessage(event.data);
      if (!decoded.ok) return handlers.onBadMessage(decoded.problems);
      const { message } = decoded;
      if (message.from === tabId) return; // another session of this tab with the same id: ignore
      if (TO_LEADER.has(message.type)) {
        const receive = host;
        if (receive) local(() => receive(message));
      } else if (message.to === undefined || message.to === tabId) {
        local(() => handlers.toClient(message));
      }
    };
    channel.onmessageerror = () => handlers.onBadMessage('a message could not be deserialised');
  }
  return {
    tabId,
    toHost(body) {
      const message = stamp(body);
      const receive = host;
      if (receive) local(() => receive(message));
      else post(message);
    },
    fromHost(body) {
      const message = stamp(body);
      if (message.to === undefined || message.to === tabId) local(() => handlers.toClient(message));
      if (message.to !== tabId) post(message);
    },
    setHost(receive) {
      host = receive;
    },
    close() {
      if (closed) return;
      closed = true;
      host = undefined;
      if (channel) channel.onmessage = null;
      channel?.close();
    },
  };
}
