/** Encoders of the client → server commands. Plain functions returning bytes, no state. */

const enc = new TextEncoder();
const CRLF = enc.encode('\r\n');

/** The CONNECT options codestate sends (spec §5). */
export interface ConnectOptions {
  user?: string;
  pass?: string;
  auth_token?: string;
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
  return enc.encode(queue ? `SUB ${subject} ${queue} ${sid}\r\n` : `SUB ${subject} ${sid}\r\n`);
}

/** `UNSUB sid [max]\r\n`. */
export function encodeUnsub(sid: number, max?: number): Uint8Array {
  return enc.encode(max === undefined ? `UNSUB ${sid}\r\n` : `UNSUB ${sid} ${max}\r\n`);
}

/** `PING\r\n`: keepalive, handshake and flush probe. */
export const PING = enc.encode('PING\r\n');
/** `PONG\r\n`: the answer to a server PING. */
export const PONG = enc.encode('PONG\r\n');

/**
 * `PUB subject [reply] n\r\npayload\r\n`, or `HPUB subject [reply] h t\r\nheaders payload\r\n`
 * when `headers` is given, as one buffer (one socket write).
 */
export function encodePub(
  subject: string,
  payload: Uint8Array,
  reply?: string,
  headers?: Uint8Array,
): Uint8Array {
  const r = reply ? ` ${reply}` : '';
  const head = headers
    ? enc.encode(`HPUB ${subject}${r} ${headers.length} ${headers.length + payload.length}\r\n`)
    : enc.encode(`PUB ${subject}${r} ${payload.length}\r\n`);
  const hLen = headers?.length ?? 0;
  const out = new Uint8Array(head.length + hLen + payload.length + 2);
  out.set(head, 0);
  if (headers) out.set(headers, head.length);
  out.set(payload, head.length + hLen);
  out.set(CRLF, out.length - 2);
  return out;
}
