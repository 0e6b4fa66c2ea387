import { jetstreamManager, jetstream as natsJsJetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '../../../src/protocols/nats/jetstream/index.ts';
import type { NatsServer } from '../../nats/harness/natsServer.ts';
import { connected, testSession } from '../../nats/harness/sessionFixture.ts';

/** One client under test: consume a stream, delete its consumers, say what it noticed, stop. */
export interface ConsumeSide {
  /** Starts consuming `stream` (ordered without `durable`); `onSeq` gets each message's payload number. */
  consume(stream: string, durable: string | undefined, onSeq: (n: number) => void): Promise<void>;
  /** What the client reported along the way, in its own words (rules or notification types). */
  notices: string[];
  /** Whether the client gave up on the consumer for good. */
  gaveUp(): boolean;
  stop(): Promise<void>;
}

/** The codestate side: a session, `jetstream(session).consume()`. */
export async function codestateSide(server: NatsServer): Promise<ConsumeSide> {
  const session = await connected(testSession({ servers: server.url, maxReconnectAttempts: -1 }));
  const js = jetstream(session, { timeout: 2000 });
  const notices: string[] = [];
  let handle: ReturnType<typeof js.consume> | undefined;
  return {
    notices,
    async consume(stream, durable, onSeq) {
      handle = js.consume({
        stream,
        ...(durable ? { consumer: durable } : {}),
        maxMessages: 200,
        expires: 5000,
        idleHeartbeat: 1000,
      });
      handle.on('status', (s) => {
        if (s.rule) notices.push(s.rule);
      });
      handle.on('message', (m) => {
        onSeq(Number(m.text()));
        m.ack();
      });
    },
    gaveUp: () => handle?.state === 'failed',
    async stop() {
      handle?.stop();
      session.stop();
    },
  };
}

/** The oracle: @nats-io/transport-node 3.4 with @nats-io/jetstream 3.4's `consumers.get().consume()`. */
export async function natsJsSide(server: NatsServer): Promise<ConsumeSide> {
  const nc = await connect({
    servers: server.url,
    reconnectTimeWait: 50,
    reconnectJitter: 10,
    maxReconnectAttempts: -1,
    timeout: 2000,
  });
  const notices: string[] = [];
  let stopIt: (() => void) | undefined;
  return {
    notices,
    async consume(stream, durable, onSeq) {
      const consumer = await natsJsJetstream(nc).consumers.get(stream, durable);
      const messages = await consumer.consume({ max_messages: 200, expires: 5000, idle_heartbeat: 1000 });
      stopIt = () => messages.stop();
      void (async () => {
        for await (const status of messages.status()) notices.push(status.type);
      })();
      void (async () => {
        for await (const m of messages) {
          onSeq(Number(m.string()));
          m.ack();
        }
      })();
    },
    // nats.js keeps pulling a deleted durable (notifying consumer_not_found) unless told to abort.
    gaveUp: () => false,
    async stop() {
      stopIt?.();
      await nc.close();
    },
  };
}

/** Deletes every consumer of `stream` (the ordered one the side created, or the durable). */
export async function deleteConsumers(server: NatsServer, stream: string): Promise<void> {
  const nc = await connect({ servers: server.url });
  const jsm = await jetstreamManager(nc);
  for await (const info of jsm.consumers.list(stream)) await jsm.consumers.delete(stream, info.name);
  await nc.close();
}
