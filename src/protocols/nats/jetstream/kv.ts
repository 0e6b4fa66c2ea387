import type { ConsumerHandle } from './consume.ts';
import type { JetStream } from './jetstream.ts';
import type { StreamInfo } from './jsApiSchemas.ts';
import type { JsMessage } from './jsMessage.ts';
import { createWatchQueue } from './watchQueue.ts';

/** One value of a key (or its deletion), as a watch yields it. */
export interface KvEntry {
  bucket: string;
  key: string;
  value: Uint8Array;
  /** The stream sequence of this revision. */
  revision: number;
  /** `PUT`, or `DEL`/`PURGE` for a deletion (empty value). */
  operation: 'PUT' | 'DEL' | 'PURGE';
  /** Revisions still to come in this watch's initial pass (0: caught up). */
  delta: number;
  string(): string;
  json<T = unknown>(): T;
}

/** Options of `kv.watch()`. */
export interface KvWatchOptions {
  /** Every stored revision first, not only the latest of each key. */
  history?: boolean;
  /** Only changes made after the watch starts. */
  updatesOnly?: boolean;
}

/** A running watch: an async iterable of entries on the consumer machine. */
export interface KvWatch extends AsyncIterable<KvEntry> {
  /** The ordered consumer behind the watch (state, status, actor). */
  readonly consumer: ConsumerHandle;
  /** Listens to each entry as it arrives; returns the function that stops listening. */
  on(type: 'entry', listener: (entry: KvEntry) => void): () => void;
  /** Stops the watch; iterators end. */
  stop(): void;
}

/** A key-value bucket: the stream `KV_<bucket>` with subjects `$KV.<bucket>.>`. */
export interface Kv {
  readonly bucket: string;
  /** Creates the bucket's stream (keeps `history` revisions per key, default 1). */
  create(options?: { history?: number }): Promise<StreamInfo>;
  /** Stores a value; resolves with its revision. */
  put(key: string, value: Uint8Array | string): Promise<number>;
  /** Marks a key deleted; resolves with the revision of the deletion. */
  delete(key: string): Promise<number>;
  /** Watches a key (or `>` / `a.*`): latest value of each key first, then every change. */
  watch(key?: string, options?: KvWatchOptions): KvWatch;
}

const OPERATIONS = new Set(['PUT', 'DEL', 'PURGE']);

function entryOf(bucket: string, message: JsMessage): KvEntry {
  const op = message.headers?.entries.find(([name]) => name.toLowerCase() === 'kv-operation')?.[1];
  return {
    bucket,
    key: message.subject.slice(`$KV.${bucket}.`.length),
    value: message.data,
    revision: message.seq,
    operation: op !== undefined && OPERATIONS.has(op) ? (op as KvEntry['operation']) : 'PUT',
    delta: message.info.pending,
    string: () => message.text(),
    json: <T>() => message.json<T>(),
  };
}

/** The key-value bucket `bucket` on a JetStream context. */
export function createKv(js: JetStream, bucket: string): Kv {
  const subject = (key: string) => `$KV.${bucket}.${key}`;
  return {
    bucket,
    create: (options = {}) =>
      js.manager.addStream({
        name: `KV_${bucket}`,
        subjects: [subject('>')],
        max_msgs_per_subject: options.history ?? 1,
        allow_rollup_hdrs: true,
        deny_delete: true,
        allow_direct: true,
        discard: 'new',
      }),
    put: async (key, value) => (await js.publish(subject(key), value)).seq,
    delete: async (key) => (await js.publish(subject(key), '', { headers: { 'KV-Operation': 'DEL' } })).seq,
    watch(key = '>', options = {}) {
      const consumer = js.consume({
        stream: `KV_${bucket}`,
        filterSubject: subject(key),
        deliverPolicy: options.updatesOnly ? 'new' : options.history ? 'all' : 'last_per_subject',
      });
      const queue = createWatchQueue<KvEntry>();
      consumer.on('message', (message) => queue.push(entryOf(bucket, message)));
      consumer.on('status', (status) => {
        if (status.terminal) queue.end();
      });
      return {
        consumer,
        on: (_type, listener) => queue.listen(listener),
        stop: () => {
          consumer.stop();
          queue.end();
        },
        [Symbol.asyncIterator]: () => queue.iterator(),
      };
    },
  };
}
