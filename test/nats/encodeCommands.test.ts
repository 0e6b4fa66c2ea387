import { describe, expect, it } from 'vitest';
import { encodePub, encodeSub, encodeUnsub } from '../../src/protocols/nats/encodeCommands.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('NATS command encoders', () => {
  it('encodes PUB with and without a reply subject', () => {
    expect(text(encodePub('a.b', utf8('hello')))).toBe('PUB a.b 5\r\nhello\r\n');
    expect(text(encodePub('a.b', utf8(''), 'inbox.1'))).toBe('PUB a.b inbox.1 0\r\n\r\n');
  });

  it('encodes HPUB with header and total sizes', () => {
    const headers = utf8('NATS/1.0\r\nx: 1\r\n\r\n');
    const out = text(encodePub('s', utf8('ab'), 'r', headers));
    expect(out).toBe(`HPUB s r ${headers.length} ${headers.length + 2}\r\nNATS/1.0\r\nx: 1\r\n\r\nab\r\n`);
  });

  it('encodes non-ASCII subjects as UTF-8, with byte counts of the payload', () => {
    const payload = utf8('żółw');
    const out = encodePub('sujet.é.日本', payload, 'réponse');
    expect(text(out)).toBe(`PUB sujet.é.日本 réponse ${payload.length}\r\nżółw\r\n`);
    expect(out.length).toBe(
      utf8(`PUB sujet.é.日本 réponse ${payload.length}\r\n`).length + payload.length + 2,
    );
  });

  it('encodes SUB and UNSUB, ASCII or not', () => {
    expect(text(encodeSub('a.*', 7))).toBe('SUB a.* 7\r\n');
    expect(text(encodeSub('a.>', 8, 'workers'))).toBe('SUB a.> workers 8\r\n');
    expect(encodeSub('ü', 1)).toEqual(utf8('SUB ü 1\r\n'));
    expect(text(encodeUnsub(3))).toBe('UNSUB 3\r\n');
    expect(text(encodeUnsub(3, 10))).toBe('UNSUB 3 10\r\n');
  });
});
