/** Encoders of the client → server commands. Plain functions returning bytes, no state. */

const enc = /* @__PURE__ */ new TextEncoder();

/** The CONNECT options codestate sends (spec §5). */
export interface ConnectOptions {
  user?: string;
  pass?: string;
  auth_token?: string;
  /** Public nkey of the user (nkey authentication). */
  nkey?: string;
  /** The INFO nonce signed with the user's nkey seed, base64url. */
  sig?: string;
  /** User JWT (operator mode). */
  jwt?: string;
  name?: string;
  echo: boolean;
  headers: boolean;
  no_responders: boolean;
  lang: string;
  version: string;
  verbose: false;
  pedantic: false;
  protocol: 1;
}

/** `CONNECT {json}\r\nPING\r\n`: the handshake; the first PONG means connected. */
export function encodeConnect(options: ConnectOptions): Uint8Array {
  return enc.encode(`CONNECT ${JSON.stringify(options)}\r\nPING\r\n`);
}

/** `SUB subject [queue] sid\r\n`. */
export function encodeSub(subject: string, sid: number, queue?: string): Uint8Array {
  return textBytes(queue ? `SUB ${subject} ${queue} ${sid}\r\n` : `SUB ${subject} ${sid}\r\n`);
}

/** `UNSUB sid [max]\r\n`. */
export function encodeUnsub(sid: number, max?: number): Uint8Array {
  return textBytes(max === undefined ? `UNSUB ${sid}\r\n` : `UNSUB ${sid} ${max}\r\n`);
}

/** `PING\r\n`: keepalive, handshake and flush probe. */
export const PING = enc.encode('PING\r\n');
/** `PONG\r\n`: the answer to a server PING. */
export const PONG = enc.encode('PONG\r\n');

/**
 * `PUB subject [reply] n\r\npayload\r\n`, or `HPUB subject [reply] h t\r\nheaders payload\r\n`
 * when `headers` is given, as one buffer (one socket write). The control line is copied by hand
 * when it is ASCII (subjects nearly always are): one allocation per message and no call into the
 * native encoder, which was most of a small publish's cost.
 */
export function encodePub(
  subject: string,
  payload: Uint8Array,
  reply?: string,
  headers?: Uint8Array,
): Uint8Array {
  const r = reply ? ` ${reply}` : '';
  const hLen = headers?.length ?? 0;
  const head = headers
    ? `HPUB ${subject}${r} ${hLen} ${hLen + payload.length}\r\n`
    : `PUB ${subject}${r} ${payload.length}\r\n`;
  let out = new Uint8Array(head.length + hLen + payload.length + 2);
  let at = asciiInto(head, out);
  if (at < 0) {
    const bytes = enc.encode(head);
    out = new Uint8Array(bytes.length + hLen + payload.length + 2);
    out.set(bytes, 0);
    at = bytes.length;
  }
  if (headers) out.set(headers, at);
  out.set(payload, at + hLen);
  out[out.length - 2] = 13;
  out[out.length - 1] = 10;
  return out;
}

/** UTF-8 bytes of a control line; ASCII (the usual case) is copied without the native encoder. */
function textBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  return asciiInto(text, out) < 0 ? enc.encode(text) : out;
}

/** Copies `text` into the start of `out` if it is all ASCII; returns its length, or -1 if not. */
function asciiInto(text: string, out: Uint8Array): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return -1;
    out[i] = code;
  }
  return text.length;
}
