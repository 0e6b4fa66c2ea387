import { fromCallback } from 'xstate';
import { classifyJsLocal, classifyJsStatus } from '../../../codes/nats/jetStream/classifyJetStream.ts';
import type {
  ConsumerDriverCommand,
  ConsumerEvent,
  Delivery,
} from '../../../machines/consumer/consumer.types.ts';
import type { NatsMessage } from '../natsMessage.ts';
import { parseAckSubject } from './ackSubject.ts';
import { JetStreamError } from './JetStreamError.ts';
import type { JsContext } from './jsApi.ts';
import type { ConsumerConfig, JsManager } from './jsManager.ts';
import { toJsMessage } from './jsMessage.ts';

/** What the driver needs to create and pull from a consumer. */
export interface ConsumerDriverSetup {
  js: JsContext;
  manager: JsManager;
  stream: string;
  /** Durable name to bind to; undefined ⇒ ordered consumers named `<prefix>_<generation>`. */
  durable: string | undefined;
  /** Config of the ordered consumer beside its start (filter, deliver policy). */
  orderedConfig: ConsumerConfig;
  /** Unique token for this consumer's inbox and ordered consumer names. */
  token: string;
}

const headerNumber = (message: NatsMessage, name: string): number | undefined => {
  const value = message.headers?.entries.find(([key]) => key.toLowerCase() === name)?.[1];
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) ? n : undefined;
};

/**
 * The effects of one consumer machine: creates the ordered consumer (or looks up the durable one),
 * publishes pulls to `$JS.API.CONSUMER.MSG.NEXT` with the reply `<inbox>.<generation>`, and turns
 * what arrives on the inbox into machine events: statuses classified by the catalog, messages with
 * their sequences. The machine decides; the generation in the subject lets it drop stale ones.
 */
export function createConsumerDriver(setup: ConsumerDriverSetup) {
  const { js, manager, stream, durable, token } = setup;
  const session = js.session;
  const inbox = `_INBOX.${token}`;
  return fromCallback<ConsumerDriverCommand, { stream: string }>(({ receive, sendBack: send }) => {
    // Typed here: xstate types a callback actor's sendBack as any event.
    const sendBack = (event: ConsumerEvent) => send(event);
    let name: string | undefined;
    let current = 0;
    // Messages of one socket read go to the machine as one event: one step instead of one per message.
    let batch: Delivery[] = [];
    const flushBatch = () => {
      if (batch.length === 0) return;
      const messages = batch;
      batch = [];
      if (live) sendBack({ type: 'messages', generation: current, messages });
    };
    let created: string[] = [];
    let live = true;
    const sub = session.subscribe(`${inbox}.*`);
    sub.on('message', (message) => {
      const status = message.headers?.status;
      if (status !== undefined && message.data.length === 0) {
        flushBatch(); // what came before the status is handed on first
        // Flow control asks for an answer; the verdict (ignore) is the machine's business.
        if (status === 100 && message.reply) session.publish(message.reply, '');
        const pendingMessages = headerNumber(message, 'nats-pending-messages');
        const lastConsumerSeq = status === 100 ? headerNumber(message, 'nats-last-consumer') : undefined;
        sendBack({
          type: 'pull.status',
          // Statuses come on the pull's own reply subject, `<inbox>.<generation>`.
          generation: Number(message.subject.slice(inbox.length + 1)),
          verdict: classifyJsStatus(status, message.headers?.description),
          ...(pendingMessages === undefined ? {} : { pendingMessages }),
          ...(lastConsumerSeq === undefined ? {} : { lastConsumerSeq }),
        });
        return;
      }
      // Messages keep their stream subject: the consumer named in the ack subject says whose they are.
      const info = parseAckSubject(message.reply);
      if (info === undefined || info.consumer !== name) return;
      // The ack subject's fields are the machine's DeliveryInfo too: one object per message.
      batch.push({ info, message: toJsMessage(message, info, session, durable !== undefined) });
      if (batch.length === 1) queueMicrotask(flushBatch);
    });

    async function create(generation: number, startSeq: number | null): Promise<string> {
      if (durable !== undefined) return (await manager.consumerInfo(stream, durable)).name;
      const ordered: ConsumerConfig & { name: string } = {
        ...setup.orderedConfig,
        name: `${token}_${generation}`,
        ack_policy: 'none',
        max_deliver: 1,
        mem_storage: true,
        num_replicas: 1,
        // The server removes a consumer nobody pulls from, should the delete below be lost.
        inactive_threshold: 5_000_000_000,
        ...(startSeq === null ? {} : { deliver_policy: 'by_start_sequence', opt_start_seq: startSeq }),
      };
      const info = await manager.addConsumer(stream, ordered);
      created.push(info.name);
      return info.name;
    }

    /** Deletes the ordered consumers this driver made, except `keep`; best effort. */
    function deleteOld(keep?: string): void {
      const old = created.filter((n) => n !== keep);
      created = keep === undefined ? [] : [keep];
      for (const n of old) manager.deleteConsumer(stream, n).catch(() => undefined);
    }

    receive((command) => {
      if (!live) return;
      if (command.type === 'driver.create') {
        const { generation } = command;
        name = undefined;
        create(generation, command.startSeq).then(
          (consumer) => {
            if (!live) return;
            name = consumer;
            current = generation;
            if (durable === undefined) deleteOld(consumer);
            sendBack({ type: 'created', generation, consumer });
          },
          (error: unknown) => {
            if (!live) return; // stopped while the create was in flight: nobody is listening
            const verdict =
              error instanceof JetStreamError
                ? error.verdict
                : classifyJsLocal({ rule: 'nats.consumer.stopped', reason: String(error) });
            sendBack({ type: 'create.failed', generation, verdict });
          },
        );
      } else if (command.type === 'driver.pull') {
        if (name === undefined || session.state !== 'connected') return;
        const body = JSON.stringify({
          batch: command.batch,
          expires: Math.round(command.expires * 1e6),
          idle_heartbeat: Math.round(command.idleHeartbeat * 1e6),
        });
        session.publish(`${js.prefix}.CONSUMER.MSG.NEXT.${stream}.${name}`, body, {
          reply: `${inbox}.${command.generation}`,
        });
      } else stop();
    });

    function stop(): void {
      if (!live) return;
      live = false;
      if (sub.state !== 'unsubscribed') sub.unsubscribe();
      if (durable === undefined && session.state === 'connected') deleteOld();
    }
    return stop;
  });
}
