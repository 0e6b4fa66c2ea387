import { decodeText } from './decodeText.ts';
import type { NatsHeaders } from './natsFrame.ts';
import { type NatsFrameError, natsFrameError } from './natsFrameError.ts';

const VERSION = 'NATS/1.0';

/** Decodes the header block of an HMSG (`NATS/1.0[ status[ description]]\r\n(name: value\r\n)*\r\n`). */
export function parseNatsHeaders(
  bytes: Uint8Array,
  start: number,
  end: number,
): NatsHeaders | NatsFrameError {
  const text = decodeText(bytes, start, end);
  const lines = text.split('\r\n');
  const first = lines[0] ?? '';
  if (!first.startsWith(VERSION)) {
    return natsFrameError('bad-headers', 'The HMSG header block does not start with NATS/1.0.', {
      excerpt: first,
    });
  }
  let status: number | undefined;
  let description: string | undefined;
  const rest = first.slice(VERSION.length).trim();
  if (rest !== '') {
    const space = rest.indexOf(' ');
    const code = space === -1 ? rest : rest.slice(0, space);
    if (!/^\d{3}$/.test(code)) {
      return natsFrameError('bad-headers', 'The HMSG status line has no three-digit status code.', {
        excerpt: first,
      });
    }
    status = Number(code);
    if (space !== -1) description = rest.slice(space + 1).trim();
  }
  const entries: [string, string][] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      return natsFrameError('bad-headers', 'An HMSG header line has no "name:" prefix.', { excerpt: line });
    }
    entries.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return { status, description, entries };
}
