import { type MsgHead, parseControlLine } from './controlLine.ts';
import type { NatsFrame, NatsHeaders } from './natsFrame.ts';
import { type NatsFrameError, natsFrameError } from './natsFrameError.ts';
import { parseNatsHeaders } from './parseNatsHeaders.ts';

/** Limits of {@link createNatsParser}. */
export interface NatsParserOptions {
  /** Longest control line accepted, in bytes (default 4096, the server's default). */
  maxControlLine?: number;
  /** Largest message (headers + payload) accepted, in bytes (default 64 MiB, as nats.js). */
  maxPayload?: number;
}

/** A streaming parser of the NATS server protocol. */
export interface NatsParser {
  /**
   * Parses the next chunk, calling `onFrame` for every complete frame. Returns the first
   * protocol error, after which the parser stays failed and returns that error again:
   * a byte stream that lost sync cannot be trusted. Never throws.
   */
  push(chunk: Uint8Array, onFrame: (frame: NatsFrame) => void): NatsFrameError | undefined;
  /** Tightens or loosens the payload limit, e.g. to the `max_payload` of the server's INFO. */
  setMaxPayload(bytes: number): void;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Creates a {@link NatsParser}. It scans bytes, keeps payloads as views of the input when a
 * message fits in one chunk, and copies only the parts of frames split across chunks.
 */
export function createNatsParser(options: NatsParserOptions = {}): NatsParser {
  const maxLine = options.maxControlLine ?? 4096;
  let maxPayload = options.maxPayload ?? 64 * 1024 * 1024;
  const line = new Uint8Array(maxLine + 2);
  let lineLen = 0;
  let head: MsgHead | undefined;
  let body: Uint8Array | undefined;
  let bodyLen = 0;
  let failed: NatsFrameError | undefined;

  const tooLong = (): NatsFrameError =>
    natsFrameError('control-line-too-long', `A control line is longer than ${maxLine} bytes.`);

  /** Builds the frame for `head` from `bytes[s, s + total + 2)`. */
  function finishMsg(m: MsgHead, bytes: Uint8Array, s: number): NatsFrame | NatsFrameError {
    const end = s + m.totalBytes;
    if (bytes[end] !== CR || bytes[end + 1] !== LF) {
      return natsFrameError('bad-payload-terminator', 'A message payload is not followed by CRLF.');
    }
    let headers: NatsHeaders | undefined;
    let start = s;
    if (m.headerBytes >= 0) {
      const parsed = parseNatsHeaders(bytes, s, s + m.headerBytes);
      if ('kind' in parsed) return parsed;
      headers = parsed;
      start = s + m.headerBytes;
    }
    const payload = bytes.subarray(start, end);
    return { kind: 'msg', subject: m.subject, sid: m.sid, reply: m.reply, headers, payload };
  }

  /** Handles one control line; returns how many payload bytes of `chunk` it consumed. */
  function onLine(
    b: Uint8Array,
    s: number,
    e: number,
    chunk: Uint8Array,
    pos: number,
    emit: (f: NatsFrame) => void,
  ) {
    const parsed = parseControlLine(b, s, e > s && b[e - 1] === CR ? e - 1 : e);
    if (parsed.kind === 'frame-error') return parsed;
    if (parsed.kind !== 'msg-head') {
      emit(parsed);
      return 0;
    }
    if (parsed.totalBytes > maxPayload) {
      return natsFrameError(
        'payload-too-large',
        `A message of ${parsed.totalBytes} bytes exceeds ${maxPayload}.`,
      );
    }
    const need = parsed.totalBytes + 2;
    if (chunk.length - pos >= need) {
      const frame = finishMsg(parsed, chunk, pos);
      if (frame.kind === 'frame-error') return frame;
      emit(frame);
      return need;
    }
    head = { ...parsed };
    body = new Uint8Array(need);
    bodyLen = chunk.length - pos;
    body.set(chunk.subarray(pos));
    return bodyLen;
  }

  function run(chunk: Uint8Array, emit: (frame: NatsFrame) => void): NatsFrameError | undefined {
    let pos = 0;
    const n = chunk.length;
    while (pos < n) {
      if (head !== undefined && body !== undefined) {
        const take = Math.min(body.length - bodyLen, n - pos);
        body.set(chunk.subarray(pos, pos + take), bodyLen);
        bodyLen += take;
        pos += take;
        if (bodyLen < body.length) return undefined;
        const frame = finishMsg(head, body, 0);
        head = undefined;
        body = undefined;
        if (frame.kind === 'frame-error') return frame;
        emit(frame);
        continue;
      }
      const lf = chunk.indexOf(LF, pos);
      if (lf === -1) {
        if (lineLen + n - pos > maxLine + 1) return tooLong();
        line.set(chunk.subarray(pos), lineLen);
        lineLen += n - pos;
        return undefined;
      }
      let used: number | NatsFrameError;
      if (lineLen > 0) {
        if (lineLen + lf - pos > maxLine + 1) return tooLong();
        line.set(chunk.subarray(pos, lf), lineLen);
        const len = lineLen + lf - pos;
        lineLen = 0;
        used = onLine(line, 0, len, chunk, lf + 1, emit);
      } else {
        if (lf - pos > maxLine + 1) return tooLong();
        used = onLine(chunk, pos, lf, chunk, lf + 1, emit);
      }
      if (typeof used !== 'number') return used;
      pos = lf + 1 + used;
    }
    return undefined;
  }

  return {
    push(chunk, onFrame) {
      if (failed === undefined) failed = run(chunk, onFrame);
      return failed;
    },
    setMaxPayload(bytes) {
      maxPayload = bytes;
    },
  };
}
