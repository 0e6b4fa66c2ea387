import { exponentialBackoff } from '../backoff/exponentialBackoff.ts';
import { backoffSettings } from '../shared/backoffSettings.ts';
import { clampDelay } from '../shared/delays.ts';
import { inputNumber } from '../shared/inputNumber.ts';
import { MachineInputError } from '../shared/machineInputError.ts';
import type { ConsumerContext, ConsumerInput } from './consumer.types.ts';

/** nats.js's consume() defaults: 100 messages per pull, 30 s pulls. */
const DEFAULT_BATCH = 100;
const DEFAULT_EXPIRES = 30_000;

/** Builds the initial context from the input; bad numbers fall back to their defaults. */
export function consumerContext(input: ConsumerInput): ConsumerContext {
  if (typeof input?.stream !== 'string' || input.stream === '') {
    throw new MachineInputError(
      'stream',
      'A consumer machine was started without a stream.',
      "Pass the stream in the actor's input: createActor(consumerMachine, { input: { stream: 'ORDERS' } }).",
    );
  }
  const durable = typeof input.consumer === 'string' && input.consumer !== '' ? input.consumer : null;
  // The server refuses pulls shorter than 1 s with a heartbeat; keep the pull at least that long.
  const expires = Math.max(1000, clampDelay(inputNumber(input.expires, DEFAULT_EXPIRES, 1)));
  const heartbeat = inputNumber(input.idleHeartbeat, Math.min(30_000, expires / 2), 100);
  const { backoff, random } = backoffSettings(input, exponentialBackoff);
  const start = inputNumber(input.startSeq, 0, 1);
  return {
    stream: input.stream,
    consumer: durable,
    ordered: durable === null || input.ordered === true,
    batch: Math.floor(inputNumber(input.maxMessages, DEFAULT_BATCH, 1)),
    expires,
    // A heartbeat must come well inside a pull: at most half of it.
    idleHeartbeat: Math.min(heartbeat, expires / 2),
    pending: 0,
    generation: 0,
    streamSeq: 0,
    consumerSeq: 0,
    startSeq: start > 0 ? start : null,
    delivered: 0,
    streamPending: null,
    activity: false,
    silentTicks: 0,
    attempt: 0,
    nextRetryAt: null,
    retryDelay: 0,
    immediate: false,
    connectionUp: input.connected === true,
    lastVerdict: null,
    backoff,
    random,
  };
}
