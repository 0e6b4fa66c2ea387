/**
 * Celeriant wire format (spec §1): the 17-byte little-endian header, MessagePack (version 3)
 * bodies, valibot schemas for every response the client reads and a streaming frame splitter.
 * Decoders return typed errors and never throw on server input. No xstate in here.
 * @packageDocumentation
 */
export {
  CeleriantFrameError,
  type CeleriantFrameErrorKind,
  type FrameResult,
  frameFail,
  frameOk,
} from './celeriantFrameError.ts';
export {
  bytesToId,
  type CeleriantId,
  type CeleriantIdInput,
  idToBytes,
  toCeleriantId,
} from './celeriantId.ts';
export { type CeleriantResponse, decodeResponse, type ResponseBody } from './decodeResponse.ts';
export { encodeFrame } from './encodeFrame.ts';
export { encodeRequest, type RequestInputs } from './encodeRequest.ts';
export { FrameSplitter, type RawFrame, type SplitResult } from './frameSplitter.ts';
export {
  checkHeader,
  decodeHeader,
  encodeHeader,
  type FrameHeader,
  HEADER_SIZE,
  PROTOCOL_VERSION_MSGPACK,
  readHeader,
} from './header.ts';
export {
  DEFAULT_MAX_REQUEST_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
  FIXED_BODY_SIZE,
  type FrameLimits,
} from './limits.ts';
export {
  REQUEST_TYPE,
  RESPONSE_TYPE,
  type RequestKind,
  type ResponseKind,
  requestKindOf,
  responseKindOf,
} from './messageTypes.ts';
export {
  type BudgetExcess,
  checkMsgpackBudget,
  DEFAULT_MAX_DECODED_SIZE,
  DEFAULT_MAX_DEPTH,
  type MsgpackBudget,
} from './msgpackBudget.ts';
export {
  aggregateKeyString,
  celeriantMapKey,
  concatBytes,
  createCeleriantDecoder,
  createCeleriantEncoder,
  encodeArrayKeyedMap,
  encodeTupleWithTail,
} from './msgpackCodec.ts';
export { leaderAddressOf, numShardsOf, parseErrorDetails } from './parseErrorDetails.ts';
export type * from './requestTypes.ts';
export * from './responseSchemas.ts';
