/**
 * Centrifugo protocol v2 inbound frames: valibot schemas for every reply, push and the ping,
 * and a decoder for newline-batched messages that never throws. No xstate in here.
 * @packageDocumentation
 */
export * from './CentrifugoFrame.ts';
export * from './callResultSchemas.ts';
export * from './clientInfoSchema.ts';
export * from './connectResultSchema.ts';
export * from './decodeCentrifugoFrames.ts';
export * from './FrameError.ts';
export * from './primitives.ts';
export * from './publicationSchema.ts';
export * from './pushSchema.ts';
export * from './refreshResultSchema.ts';
export * from './replyErrorSchema.ts';
export * from './replySchema.ts';
export * from './subscribeResultSchema.ts';
export * from './toFrame.ts';
