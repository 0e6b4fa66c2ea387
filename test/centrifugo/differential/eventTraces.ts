import { Centrifuge } from 'centrifuge';
import { EventSource } from 'eventsource';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../../src/machines/index.ts';
import { createCentrifugoSession } from '../../../src/protocols/centrifugo/index.ts';
import { until } from '../../support/until.ts';
import type { CentrifugoPeer, PeerScript, PeerTransport } from '../peer/index.ts';
import { transportList } from '../transportSessions.ts';

/** A scripted situation whose app-visible events both clients must report alike. */
export interface TraceCase {
  name: string;
  scripts: PeerScript[];
  /** A client-side subscription to `ch` (its events are traced with the prefix `ch.`). */
  subscribe?: boolean;
}

/** The publication both scripts end with: a trace is complete once it shows `publication … "END"`. */
export const END = 'END';

type Listen = (type: string, listener: (event: Record<string, unknown>) => void) => void;

/**
 * One line per app-visible event, in a form both clients produce: server-side subscription events
 * at session (client) level, `ch.`-prefixed events of the client-side subscription. codestate's
 * own `unrecovered` event has no centrifuge-js counterpart and is not listened to.
 */
function traceEvents(listen: Listen, prefix: string, seen: string[]): void {
  const line = (type: string) => (e: Record<string, unknown>) => {
    const parts = [`${prefix}${type}`, String(e.channel)];
    if (type === 'publication') parts.push(JSON.stringify(e.data), String(e.offset));
    if (type === 'join' || type === 'leave') parts.push(String((e.info as { user: string }).user));
    if (type === 'subscribed') {
      const position = e.streamPosition as { offset: number; epoch: string } | undefined;
      parts.push(`recovering=${e.wasRecovering} recovered=${e.recovered} recoverable=${e.recoverable}`);
      parts.push(position ? `${position.offset}@${position.epoch}` : 'no-position');
    }
    seen.push(parts.join(' '));
  };
  const types = prefix ? ['subscribed', 'publication'] : ['subscribed', 'subscribing', 'unsubscribed'];
  for (const type of [...types, ...(prefix ? [] : ['publication', 'join', 'leave'])])
    listen(type, line(type));
}

async function play(
  peer: CentrifugoPeer,
  testCase: TraceCase,
  id: string,
  start: (id: string, seen: string[]) => () => void,
): Promise<{ events: string[]; recovery: unknown[] }> {
  peer.queue(id, testCase.scripts);
  const seen: string[] = [];
  const stop = start(id, seen);
  try {
    await until(() => seen.some((s) => s.includes(`"${END}"`)), `${id}: the END publication`, 8000);
  } finally {
    stop();
  }
  // What each connection asked to recover: connect `subs` and subscribe recovery fields.
  const recovery = peer
    .connectionsOf(id)
    .map((conn) =>
      conn.commands.map((c) =>
        c.kind === 'connect'
          ? { subs: c.body.subs }
          : { [c.kind]: { recover: c.body.recover, offset: c.body.offset, epoch: c.body.epoch } },
      ),
    );
  peer.forget(id);
  return { events: seen, recovery };
}

/** centrifuge-js 5.8.0 through one trace case, over the WebSocket URL or one other transport. */
export const traceOfficial = (peer: CentrifugoPeer, testCase: TraceCase, transport?: PeerTransport) =>
  play(peer, testCase, `${testCase.name}-${transport ?? 'ws'}-js`, (id, seen) => {
    const endpoint = transport ? [{ transport, endpoint: peer.urlFor(id, transport) }] : peer.urlFor(id);
    const client = new Centrifuge(endpoint, {
      websocket: WebSocket,
      eventsource: EventSource,
      emulationEndpoint: peer.emulationUrl,
      minReconnectDelay: 10,
      maxReconnectDelay: 20,
    });
    traceEvents((type, l) => client.on(type as 'publication', l as never), '', seen);
    if (testCase.subscribe) {
      const sub = client.newSubscription('ch');
      traceEvents((type, l) => sub.on(type as 'publication', l as never), 'ch.', seen);
      sub.subscribe();
    }
    client.connect();
    return () => {
      client.removeAllListeners();
      client.disconnect();
    };
  });

/** codestate through one trace case, over the WebSocket URL or one other transport. */
export const traceCodestate = (peer: CentrifugoPeer, testCase: TraceCase, transport?: PeerTransport) =>
  play(peer, testCase, `${testCase.name}-${transport ?? 'ws'}-cs`, (id, seen) => {
    const endpoint = transport
      ? { transports: transportList(peer, id, [transport]), emulationEndpoint: peer.emulationUrl }
      : { url: peer.urlFor(id) };
    const session = createCentrifugoSession({
      ...endpoint,
      WebSocket,
      EventSource,
      backoff: fixedBackoff(10),
    });
    traceEvents((type, l) => session.on(type as 'publication', l as never), '', seen);
    if (testCase.subscribe) {
      const sub = session.subscribe('ch');
      traceEvents((type, l) => sub.on(type as 'publication', l as never), 'ch.', seen);
    }
    session.connect();
    return () => session.stop();
  });
