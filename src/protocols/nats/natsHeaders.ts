import type { NatsHeaders } from '../../frames/nats/natsFrame.ts';
import { NatsError } from './natsError.ts';

/** What `publish`/`request`/`respond` take as headers: a plain object (a value or a list per name) or a {@link MsgHeaders}. */
export type HeadersInit = Readonly<Record<string, string | readonly string[]>> | MsgHeaders;

const BAD_NAME = /[\s:]|[^\x21-\x7e]/;
const BAD_VALUE = /[\r\n]/;

/**
 * NATS message headers (`NATS/1.0[ code[ description]]` plus `name: value` lines), as nats.js's
 * `MsgHdrs`: several values per name, names compared exactly (pass `ignoreCase` to `get`/`values`/
 * `has` to compare them case-insensitively), and the status line as `code`/`description`. A class
 * so that received messages share the methods; the arrays are read, not copied.
 */
export class MsgHeaders {
  /** Status code of the version line (`503` in `NATS/1.0 503 No Responders`), 0 when absent. */
  code: number;
  /** Text after the status code (`No Responders`), '' when absent. */
  description: string;
  /** Header lines in arrival (or insertion) order; names keep their case. */
  readonly entries: [name: string, value: string][];

  constructor(code = 0, description = '', entries: [string, string][] = []) {
    this.code = code;
    this.description = description;
    this.entries = entries;
  }

  /** The status code, or undefined without a status line (kept from the frame's `NatsHeaders`). */
  get status(): number | undefined {
    return this.code === 0 ? undefined : this.code;
  }

  /** True for a status of 300 or more (an error status, e.g. 503, 408, 409). */
  get hasError(): boolean {
    return this.code >= 300;
  }

  /** The first value of `name`, or '' when there is none (as nats.js). */
  get(name: string, ignoreCase = false): string {
    return this.values(name, ignoreCase)[0] ?? '';
  }

  /** Every value of `name`, in order. */
  values(name: string, ignoreCase = false): string[] {
    const key = ignoreCase ? name.toLowerCase() : name;
    const out: string[] = [];
    for (const [n, v] of this.entries) if ((ignoreCase ? n.toLowerCase() : n) === key) out.push(v);
    return out;
  }

  /** Whether `name` has at least one value. */
  has(name: string, ignoreCase = false): boolean {
    return this.values(name, ignoreCase).length > 0;
  }

  /** The distinct names, in first-seen order. */
  keys(): string[] {
    return [...new Set(this.entries.map(([n]) => n))];
  }

  /** Replaces every value of `name` with `value`. Throws `NatsError` `invalid-header` on a bad name or value. */
  set(name: string, value: string): this {
    this.delete(name);
    return this.append(name, value);
  }

  /** Adds a value to `name` (a second `X: b` line). Throws `NatsError` `invalid-header` on a bad name or value. */
  append(name: string, value: string): this {
    checkHeader(name, value);
    this.entries.push([name, value]);
    return this;
  }

  /** Removes every value of `name`. */
  delete(name: string): void {
    for (let i = this.entries.length - 1; i >= 0; i--)
      if (this.entries[i]![0] === name) this.entries.splice(i, 1);
  }
}

function checkHeader(name: string, value: string): void {
  if (typeof name !== 'string' || name === '' || BAD_NAME.test(name)) {
    throw new NatsError('invalid-header', `Bad header name ${JSON.stringify(name)}.`);
  }
  if (typeof value !== 'string' || BAD_VALUE.test(value)) {
    throw new NatsError('invalid-header', `Bad value of header ${name}.`);
  }
}

/** New headers to publish, optionally with a status line (`headers(503, 'No Responders')`), as nats.js `headers()`. */
export function headers(code = 0, description = ''): MsgHeaders {
  if (!Number.isInteger(code) || code < 0 || code > 999 || BAD_VALUE.test(description)) {
    throw new NatsError(
      'invalid-header',
      `The status line ${code} ${JSON.stringify(description)} is not a 3-digit code with a one-line description.`,
    );
  }
  return new MsgHeaders(code, description);
}

/** Wraps the parser's headers (no copy). */
export function fromFrameHeaders(h: NatsHeaders): MsgHeaders {
  return new MsgHeaders(h.status ?? 0, h.description ?? '', h.entries);
}

const enc = new TextEncoder();

/**
 * Encodes headers as `NATS/1.0[ code[ description]]\r\nname: value\r\n...\r\n`: one line per value,
 * so a name with several values is sent several times. Throws `NatsError` `invalid-header` for a
 * name or value the wire cannot carry (a line break would forge a header or a command).
 */
export function encodeHeaders(init: HeadersInit): Uint8Array {
  let text = 'NATS/1.0';
  let lines: Iterable<readonly [string, string]>;
  if (init instanceof MsgHeaders) {
    if (init.code > 0) text += ` ${init.code}${init.description ? ` ${init.description}` : ''}`;
    lines = init.entries;
  } else {
    const flat: [string, string][] = [];
    for (const [name, value] of Object.entries(init)) {
      for (const v of typeof value === 'string' ? [value] : value) flat.push([name, v]);
    }
    lines = flat;
  }
  text += '\r\n';
  for (const [name, value] of lines) {
    checkHeader(name, value);
    text += `${name}: ${value}\r\n`;
  }
  return enc.encode(`${text}\r\n`);
}
