/**
 * NATS inbound frames: a streaming, never-throwing parser of the server protocol.
 * @packageDocumentation
 */
export { createNatsParser, type NatsParser, type NatsParserOptions } from './createNatsParser.ts';
export type { NatsFrame, NatsHeaders, NatsMsgFrame } from './natsFrame.ts';
export { type NatsFrameError, type NatsFrameErrorCode, natsFrameError } from './natsFrameError.ts';
export { decodeNatsInfo, type NatsInfo, NatsInfoSchema } from './natsInfo.ts';
export { parseNatsHeaders } from './parseNatsHeaders.ts';
