import { resolveWebSocket } from '../../../transports/resolveWebSocket.ts';
import { TransportError } from '../../../transports/TransportError.ts';
import type {
  CentrifugoTransportDeps,
  CentrifugoTransportEndpoint,
  CentrifugoTransportKind,
  CentrifugoTransportName,
} from './CentrifugoTransport.ts';
import { webSocketKind } from './webSocketKind.ts';

/** The last move down the fallback list: which transport failed, why, and which one is next. */
export interface TransportFallback {
  from: CentrifugoTransportName;
  to: CentrifugoTransportName;
  reason: string;
}

/** What a failure before any transport worked leads to. */
export type FallbackStep = 'next' | 'backoff' | 'stay';

/** The ordered transport list of one session and where it stands (centrifuge-js semantics). */
export interface TransportPlan {
  /** The transport and endpoint of the current (or next) attempt. */
  current(): { kind: CentrifugoTransportKind; endpoint: string };
  /** A transport reached the server: the session keeps it from now on, as centrifuge-js does. */
  worked(): void;
  /**
   * The current transport failed (it did not open, or the stream ended) before any transport
   * worked: move to the next supported one. `next` while the first round lasts (try it at once),
   * `backoff` once every transport was tried, `stay` when a transport had worked or there is one.
   */
  failed(reason: string): FallbackStep;
  /** The last fallback, or null. */
  readonly fallback: TransportFallback | null;
  /** The platform objects and emulation settings the transports open with. */
  readonly deps: CentrifugoTransportDeps;
}

function kindOf(entry: CentrifugoTransportEndpoint): CentrifugoTransportKind {
  const kind = entry.transport;
  if (kind === 'websocket') return webSocketKind;
  if (typeof (kind as CentrifugoTransportKind | null)?.open === 'function') return kind;
  throw new TransportError(
    'unknown-transport',
    `Transport ${String(kind)} is not loaded.`,
    "Import httpStreamTransport or sseTransport from 'codestate/centrifugo' and pass it as transport.",
  );
}

/**
 * Builds the plan: the `transports` list, or the single WebSocket `url`. As centrifuge-js 5.8:
 * the first transport goes first; one that fails before any worked hands over to the next at once
 * (unsupported ones are skipped) until each was tried, then the list goes round with backoff; once
 * one worked (a WebSocket opened, an emulation connect reply, a server disconnect) the session
 * sticks to it for its whole life.
 * @throws {TransportError} `no-websocket` / `no-transport` when nothing can run here (or neither a
 *   url nor a list was given),
 *   `unknown-transport` for a transport that is not imported.
 */
export function createTransportPlan(
  url: string | undefined,
  list: readonly CentrifugoTransportEndpoint[] | undefined,
  deps: CentrifugoTransportDeps,
): TransportPlan {
  const single = url ? [{ transport: 'websocket' as const, endpoint: url }] : [];
  const entries = (list ?? single).map((entry) => ({
    kind: kindOf(entry),
    endpoint: entry.endpoint,
  }));
  if (!entries.some((entry) => entry.kind.supported(deps))) {
    // Without a list, the WebSocket's own error (no-websocket) says what to pass.
    if (!list && url) resolveWebSocket(deps.WebSocket);
    throw new TransportError(
      'no-transport',
      'No configured transport can run here.',
      'Give a url or a transports list; pass WebSocket, fetch or EventSource where the runtime lacks them.',
    );
  }
  let index = 0;
  let triedAll = false;
  let sticky = entries.length === 1;
  let fallback: TransportFallback | null = null;
  const advance = () => {
    index++;
    if (index >= entries.length) {
      index = 0;
      triedAll = true;
    }
  };
  const skipUnsupported = () => {
    // Bounded: at least one entry is supported (checked above).
    while (!(entries[index] as (typeof entries)[number]).kind.supported(deps)) advance();
  };
  skipUnsupported();
  const current = () => entries[index] as (typeof entries)[number];
  return {
    current,
    worked() {
      sticky = true;
    },
    failed(reason) {
      if (sticky) return 'stay';
      const from = current().kind.name;
      advance();
      skipUnsupported();
      fallback = { from, to: current().kind.name, reason };
      return triedAll ? 'backoff' : 'next';
    },
    get fallback() {
      return fallback;
    },
    deps,
  };
}
