import * as v from 'valibot';
import type { CentrifugoFrame } from './CentrifugoFrame.ts';
import { type FrameError, frameError } from './FrameError.ts';
import { replySchema } from './replySchema.ts';
import { toFrame } from './toFrame.ts';

/** Default limit for one inbound WebSocket message: 16 MiB, far above Centrifugo's usual frames. */
export const DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** Options of {@link decodeCentrifugoFrames}. */
export interface DecodeOptions {
  /** Largest message accepted, checked before parsing (bytes for binary, UTF-16 units for text). */
  maxFrameBytes?: number;
}

/** The outcome of decoding one inbound message: every frame, or the first error. */
export type DecodeResult = { ok: true; frames: CentrifugoFrame[] } | { ok: false; error: FrameError };

const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

function asText(data: unknown, max: number): string | FrameError {
  if (typeof data === 'string') {
    return data.length > max
      ? frameError('too-large', `Frame of ${data.length} characters exceeds ${max}.`)
      : data;
  }
  const bytes =
    data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? data : undefined;
  if (!bytes) return frameError('not-text', 'Frame is neither text nor binary data.');
  if (bytes.byteLength > max)
    return frameError('too-large', `Frame of ${bytes.byteLength} bytes exceeds ${max}.`);
  try {
    return utf8.decode(bytes);
  } catch {
    return frameError('not-text', 'Binary frame is not valid UTF-8 JSON.');
  }
}

function parseLine(line: string, index: number): CentrifugoFrame | FrameError {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : 'parse error';
    return frameError('not-json', `Line ${index} is not JSON: ${detail}.`, [], index);
  }
  const parsed = v.safeParse(replySchema, json);
  if (!parsed.success) {
    return frameError(
      'invalid',
      `Line ${index} is not a Centrifugo reply: ${v.summarize(parsed.issues)}`,
      parsed.issues,
      index,
    );
  }
  return toFrame(parsed.output);
}

/**
 * Decodes one inbound WebSocket message: N JSON replies joined by `\n` (spec §7). Blank lines are
 * skipped, as centrifuge-js 5.8 does. One bad line rejects the whole message, because the official
 * client treats an undecodable message as a closed transport. Never throws.
 *
 * @example
 * ```ts
 * const result = decodeCentrifugoFrames('{"id":1,"connect":{"client":"c"}}\n{}')
 * if (result.ok) result.frames // [{ type: 'reply', id: 1, ... }, { type: 'ping' }]
 * ```
 */
export function decodeCentrifugoFrames(data: unknown, options: DecodeOptions = {}): DecodeResult {
  const text = asText(data, options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
  if (typeof text !== 'string') return { ok: false, error: text };
  const frames: CentrifugoFrame[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const frame = parseLine(line, index);
    if (frame.type === 'frame-error') return { ok: false, error: frame };
    frames.push(frame);
  }
  return { ok: true, frames };
}
