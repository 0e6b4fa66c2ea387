import { decodeText } from './decodeText.ts';
import type { NatsFrame } from './natsFrame.ts';
import { type NatsFrameError, natsFrameError } from './natsFrameError.ts';
import { decodeNatsInfo } from './natsInfo.ts';

/** The arguments of a MSG/HMSG control line; the payload follows on the wire. */
export interface MsgHead {
  kind: 'msg-head';
  subject: string;
  sid: number;
  reply: string | undefined;
  /** Header bytes (HMSG) or -1 (MSG). */
  headerBytes: number;
  /** Total bytes of headers and payload. */
  totalBytes: number;
}

const PING: NatsFrame = Object.freeze({ kind: 'ping' });
const PONG: NatsFrame = Object.freeze({ kind: 'pong' });
const OK: NatsFrame = Object.freeze({ kind: 'ok' });

const SP = 0x20;
const TAB = 0x09;
/** Largest byte count accepted before maxPayload applies: 15 digits stay a safe integer. */
const MAX_DIGITS = 15;
// Field boundaries of the current line; MSG/HMSG need at most 5 fields.
const starts = new Int32Array(6);
const ends = new Int32Array(6);

const isSpace = (c: number): boolean => c === SP || c === TAB;
const upper = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c);

function excerpt(b: Uint8Array, s: number, e: number): string {
  return decodeText(b, s, Math.min(e, s + 64));
}

/** Does `b[s..]` start with `word` (upper case ASCII), case-insensitively? */
function opIs(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s < word.length) return false;
  for (let i = 0; i < word.length; i++) if (upper(b[s + i]!) !== word.charCodeAt(i)) return false;
  return true;
}

/** Splits `b[s, e)` on runs of spaces/tabs; returns the field count, or -1 past `max` fields. */
function splitFields(b: Uint8Array, s: number, e: number, max: number): number {
  let n = 0;
  let i = s;
  while (i < e) {
    while (i < e && isSpace(b[i]!)) i++;
    if (i === e) break;
    if (n === max) return -1;
    starts[n] = i;
    while (i < e && !isSpace(b[i]!)) i++;
    ends[n] = i;
    n++;
  }
  return n;
}

function parseCount(b: Uint8Array, field: number): number {
  const s = starts[field]!;
  const e = ends[field]!;
  if (e - s > MAX_DIGITS) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function field(b: Uint8Array, i: number): string {
  return decodeText(b, starts[i]!, ends[i]!);
}

function parseMsgArgs(b: Uint8Array, s: number, e: number, withHeaders: boolean): MsgHead | NatsFrameError {
  const min = withHeaders ? 4 : 3;
  const n = splitFields(b, s, e, min + 1);
  const sid = n >= min ? parseCount(b, 1) : -1;
  const total = n >= min ? parseCount(b, n - 1) : -1;
  const head = withHeaders && n >= min ? parseCount(b, n - 2) : -1;
  if (n < min || sid < 0 || total < 0 || (withHeaders && (head < 0 || head > total))) {
    return natsFrameError(
      'bad-arguments',
      `The ${withHeaders ? 'HMSG' : 'MSG'} line does not have the subject, sid and byte count(s) it needs.`,
      { excerpt: excerpt(b, s, e) },
    );
  }
  return {
    kind: 'msg-head',
    subject: field(b, 0),
    sid,
    reply: n === min + 1 ? field(b, 2) : undefined,
    headerBytes: withHeaders ? head : -1,
    totalBytes: total,
  };
}

function trimEnd(b: Uint8Array, s: number, e: number): number {
  while (e > s && (isSpace(b[e - 1]!) || b[e - 1] === 0x0d)) e--;
  return e;
}

function errText(b: Uint8Array, s: number, e: number): string {
  while (s < e && isSpace(b[s]!)) s++;
  if (e - s >= 2 && b[s] === 0x27 && b[e - 1] === 0x27) return decodeText(b, s + 1, e - 1);
  return decodeText(b, s, e);
}

/**
 * Interprets one control line `b[s, e)` (CR and LF already removed). Returns a complete frame,
 * the head of a message whose payload follows, or a typed error.
 */
export function parseControlLine(b: Uint8Array, s: number, e: number): NatsFrame | MsgHead | NatsFrameError {
  e = trimEnd(b, s, e);
  const op = upper(b[s] ?? 0);
  const rest = (len: number): boolean => e - s === len || isSpace(b[s + len]!);
  if (op === 0x4d && opIs(b, s, e, 'MSG') && rest(3)) return parseMsgArgs(b, s + 3, e, false);
  if (op === 0x48 && opIs(b, s, e, 'HMSG') && rest(4)) return parseMsgArgs(b, s + 4, e, true);
  if (op === 0x50 && opIs(b, s, e, 'PING') && rest(4)) return PING;
  if (op === 0x50 && opIs(b, s, e, 'PONG') && rest(4)) return PONG;
  if (op === 0x2b && opIs(b, s, e, '+OK') && rest(3)) return OK;
  if (op === 0x2d && opIs(b, s, e, '-ERR') && rest(4)) return { kind: 'err', text: errText(b, s + 4, e) };
  if (op === 0x49 && opIs(b, s, e, 'INFO') && rest(4)) {
    return decodeNatsInfo(decodeText(b, s + 4, e));
  }
  return natsFrameError('unknown-operation', 'The server sent a line that is not a NATS operation.', {
    excerpt: excerpt(b, s, e),
  });
}
