/**
 * `codestate/jetstream`: JetStream on a NATS session (`jetstream(session)`): API calls with
 * validated answers, publish with acknowledgements, pull consumers on the consumer machine,
 * key-value watch. Errors are classified by the catalog's JetStream rows.
 * @packageDocumentation
 */

export { classifyJsApiError, classifyJsStatus } from '../../../codes/nats/jetStream/classifyJetStream.ts';
export type { NatsHeaders } from '../../../frames/nats/natsFrame.ts';
export { consumerMachine } from '../../../machines/consumer/consumer.machine.ts';
export {
  type ConsumerSnapshot,
  type ConsumerStatus,
  selectConsumerStatus,
} from '../../../machines/consumer/consumer.selectors.ts';
export type {
  ConsumerContext,
  ConsumerDelivery,
  ConsumerDriverCommand,
  ConsumerEvent,
  ConsumerInput,
  ConsumerState,
  Delivery,
  DeliveryInfo,
} from '../../../machines/consumer/consumer.types.ts';
export { type AckSubjectInfo, parseAckSubject } from './ackSubject.ts';
export type { ConsumeOptions, ConsumerEvents, ConsumerHandle } from './consume.ts';
export { JetStreamError, type JetStreamErrorCode } from './JetStreamError.ts';
export { type JetStream, type JetStreamOptions, jetstream } from './jetstream.ts';
export type { AccountInfo, ConsumerInfo, PubAck, StreamInfo } from './jsApiSchemas.ts';
export type { ConsumerConfig, JsManager, StreamConfig } from './jsManager.ts';
export type { JsMessage } from './jsMessage.ts';
export type { JsPublishOptions } from './jsPublish.ts';
export type { Kv, KvEntry, KvWatch, KvWatchOptions } from './kv.ts';
