import { cleanErrText } from '../../codes/nats/cleanErrText.ts';
import { decodeText } from './decodeText.ts';
import { internText } from './internText.ts';
import type { NatsFrame } from './natsFrame.ts';
import { type NatsFrameError, natsFrameError } from './natsFrameError.ts';
import { decodeNatsInfo } from './natsInfo.ts';

/**
 * The arguments of a MSG/HMSG control line; the payload follows on the wire. One shared object
 * ({@link MSG_HEAD}) is overwritten per line so the hot path allocates nothing but the frame:
 * read its fields before parsing the next line.
 */
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

/** The shared {@link MsgHead} that {@link parseControlLine} fills in for MSG and HMSG lines. */
export const MSG_HEAD: MsgHead = {
  kind: 'msg-head',
  subject: '',
  sid: 0,
  reply: undefined,
  headerBytes: -1,
  totalBytes: 0,
};

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

/** Is the operation name complete at `at` (end of line or whitespace follows)? */
function endsOp(b: Uint8Array, at: number, e: number): boolean {
  return at === e || isSpace(b[at]!);
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
  MSG_HEAD.subject = internText(b, starts[0]!, ends[0]!);
  MSG_HEAD.sid = sid;
  MSG_HEAD.reply = n === min + 1 ? decodeText(b, starts[2]!, ends[2]!) : undefined;
  MSG_HEAD.headerBytes = withHeaders ? head : -1;
  MSG_HEAD.totalBytes = total;
  return MSG_HEAD;
}

function trimEnd(b: Uint8Array, s: number, e: number): number {
  while (e > s && (isSpace(b[e - 1]!) || b[e - 1] === 0x0d)) e--;
  return e;
}

/**
 * The text of a `-ERR` line without its quotes. Cleaned by the catalog's own `cleanErrText`, the
 * one definition of what an `-ERR` text is, so a frame's text and what `classify()` matches can
 * never drift apart (classify still cleans raw text an app passes it; on clean text that is a no-op).
 */
function errText(b: Uint8Array, s: number, e: number): string {
  return cleanErrText(decodeText(b, s, e));
}

/**
 * Interprets one control line `b[s, e)` (CR and LF already removed). Returns a complete frame,
 * the head of a message whose payload follows, or a typed error.
 */
export function parseControlLine(b: Uint8Array, s: number, e: number): NatsFrame | MsgHead | NatsFrameError {
  e = trimEnd(b, s, e);
  const op = upper(b[s] ?? 0);
  if (op === 0x4d && opIs(b, s, e, 'MSG') && endsOp(b, s + 3, e)) return parseMsgArgs(b, s + 3, e, false);
  if (op === 0x48 && opIs(b, s, e, 'HMSG') && endsOp(b, s + 4, e)) return parseMsgArgs(b, s + 4, e, true);
  if (op === 0x50 && opIs(b, s, e, 'PING') && endsOp(b, s + 4, e)) return PING;
  if (op === 0x50 && opIs(b, s, e, 'PONG') && endsOp(b, s + 4, e)) return PONG;
  if (op === 0x2b && opIs(b, s, e, '+OK') && endsOp(b, s + 3, e)) return OK;
  if (op === 0x2d && opIs(b, s, e, '-ERR') && endsOp(b, s + 4, e))
    return { kind: 'err', text: errText(b, s + 4, e) };
  if (op === 0x49 && opIs(b, s, e, 'INFO') && endsOp(b, s + 4, e)) {
    return decodeNatsInfo(decodeText(b, s + 4, e));
  }
  return natsFrameError('unknown-operation', 'The server sent a line that is not a NATS operation.', {
    excerpt: excerpt(b, s, e),
  });
}
