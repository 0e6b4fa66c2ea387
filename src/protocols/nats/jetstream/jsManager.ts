import type * as v from 'valibot';
import { type JsContext, requestOnce } from './jsApi.ts';
import {
  type AccountInfo,
  AccountInfoSchema,
  type ConsumerInfo,
  ConsumerInfoSchema,
  type StreamInfo,
  StreamInfoSchema,
  SuccessSchema,
} from './jsApiSchemas.ts';
import { type RetryOptions, withRetries } from './withRetries.ts';

/** A stream's configuration, as the server takes it (snake_case; `name` required). */
export interface StreamConfig extends Record<string, unknown> {
  name: string;
  subjects?: string[];
  storage?: 'file' | 'memory';
  /** Duplicate window, ns (the server's unit). */
  duplicate_window?: number;
}

/** A consumer's configuration, as the server takes it (snake_case). */
export interface ConsumerConfig extends Record<string, unknown> {
  name?: string;
  durable_name?: string;
  ack_policy?: 'none' | 'all' | 'explicit';
  deliver_policy?: 'all' | 'last' | 'new' | 'by_start_sequence' | 'by_start_time' | 'last_per_subject';
  opt_start_seq?: number;
  filter_subject?: string;
}

/** `$JS.API.*` calls; each answer is validated, each retry verdict retried through the request machine. */
export interface JsManager {
  /** Any API call: `subject` after the prefix (`STREAM.NAMES`), a JSON body, the answer's schema. */
  request<S extends v.GenericSchema>(subject: string, body: unknown, schema: S): Promise<v.InferOutput<S>>;
  accountInfo(): Promise<AccountInfo>;
  addStream(config: StreamConfig): Promise<StreamInfo>;
  streamInfo(stream: string): Promise<StreamInfo>;
  deleteStream(stream: string): Promise<boolean>;
  /** Creates (or, with the same config, confirms) a consumer; named `config.name ?? config.durable_name`. */
  addConsumer(stream: string, config: ConsumerConfig & { name: string }): Promise<ConsumerInfo>;
  consumerInfo(stream: string, consumer: string): Promise<ConsumerInfo>;
  deleteConsumer(stream: string, consumer: string): Promise<boolean>;
}

/** The manager over one JetStream context. */
export function createJsManager(js: JsContext, retry: RetryOptions): JsManager {
  const request = <S extends v.GenericSchema>(subject: string, body: unknown, schema: S) =>
    withRetries(
      () =>
        requestOnce(js, `${js.prefix}.${subject}`, body === undefined ? '' : JSON.stringify(body), schema),
      retry,
    );
  return {
    request,
    accountInfo: () => request('INFO', undefined, AccountInfoSchema),
    addStream: (config) => request(`STREAM.CREATE.${config.name}`, config, StreamInfoSchema),
    streamInfo: (stream) => request(`STREAM.INFO.${stream}`, undefined, StreamInfoSchema),
    deleteStream: async (stream) =>
      (await request(`STREAM.DELETE.${stream}`, undefined, SuccessSchema)).success,
    addConsumer: (stream, config) =>
      request(
        `CONSUMER.CREATE.${stream}.${config.name}`,
        { stream_name: stream, config },
        ConsumerInfoSchema,
      ),
    consumerInfo: (stream, consumer) =>
      request(`CONSUMER.INFO.${stream}.${consumer}`, undefined, ConsumerInfoSchema),
    deleteConsumer: async (stream, consumer) =>
      (await request(`CONSUMER.DELETE.${stream}.${consumer}`, undefined, SuccessSchema)).success,
  };
}
