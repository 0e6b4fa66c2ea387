import { describe, expect, it } from 'vitest';
import { createNatsParser, type NatsFrame, type NatsFrameError } from '../../src/frames/nats/index.ts';
import { SAMPLE_STREAM } from './natsWireSamples.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Parses `chunks` in order; returns the frames (payloads as text) and the error, if any. */
function parse(chunks: Uint8Array[], options = {}) {
  const parser = createNatsParser(options);
  const frames: unknown[] = [];
  let error: NatsFrameError | undefined;
  const onFrame = (f: NatsFrame) => {
    frames.push(f.kind === 'msg' ? { ...f, payload: dec.decode(f.payload) } : f);
  };
  for (const chunk of chunks) {
    error = parser.push(chunk, onFrame);
    if (error) break;
  }
  return { frames, error };
}

describe('NATS frame parser', () => {
  it('decodes every frame kind the server sends', () => {
    const { frames, error } = parse([SAMPLE_STREAM]);
    expect(error).toBeUndefined();
    expect(frames.map((f) => (f as { kind: string }).kind)).toEqual([
      'info',
      'err',
      'ok',
      'pong',
      'msg',
      'msg',
      'msg',
      'msg',
      'err',
      'ping',
      'msg',
      'msg',
    ]);
    expect(frames[0]).toMatchObject({ info: { version: '2.9.10', max_payload: 1024, headers: true } });
    expect(frames[1]).toEqual({ kind: 'err', text: 'Authorization Violation' });
    expect(frames[4]).toMatchObject({ subject: 'foo', sid: 1, reply: undefined, payload: 'hello' });
    expect(frames[5]).toMatchObject({ subject: 'foo', reply: 'reply.to', payload: 'hi' });
    expect(frames[6]).toMatchObject({
      payload: 'hello',
      headers: { status: undefined, entries: [['X-Key', 'v']] },
    });
    expect(frames[7]).toMatchObject({ subject: '_INBOX.abc', sid: 4, payload: '', headers: { status: 503 } });
    expect(frames[8]).toMatchObject({ text: expect.stringContaining('using queue "workers"') });
    expect(frames[10]).toMatchObject({ subject: 'lower', sid: 7, payload: 'abc' });
    expect(frames[11]).toMatchObject({ subject: 'utf.\u00e9t\u00e9', sid: 9, payload: '\u00e9\u00e9' });
  });

  it('gives the same frames for every two-way and byte-by-byte split', () => {
    const whole = parse([SAMPLE_STREAM]).frames;
    for (let cut = 1; cut < SAMPLE_STREAM.length; cut++) {
      const { frames } = parse([SAMPLE_STREAM.subarray(0, cut), SAMPLE_STREAM.subarray(cut)]);
      expect(frames).toEqual(whole);
    }
    const bytes = Array.from(SAMPLE_STREAM, (_, i) => SAMPLE_STREAM.subarray(i, i + 1));
    expect(parse(bytes).frames).toEqual(whole);
  });

  it.each([
    ['unknown-operation', 'BOGUS\r\n'],
    ['bad-arguments', 'MSG foo x 5\r\nhello\r\n'],
    ['bad-arguments', 'MSG foo\r\n'],
    ['bad-arguments', 'HMSG foo 1 30 20\r\n'],
    ['bad-payload-terminator', 'MSG foo 1 2\r\nhello\r\n'],
    ['bad-info', 'INFO {not json}\r\n'],
    ['bad-info', 'INFO {"server_id":"x","version":"2","max_payload":"big"}\r\n'],
    ['bad-headers', 'HMSG foo 1 8 8\r\nHTTP/1.1\r\n'],
    ['payload-too-large', 'MSG foo 1 2000\r\n'],
    ['control-line-too-long', `SUB ${'x'.repeat(300)}`],
  ])('returns a typed %s error and stays failed', (code, text) => {
    const parser = createNatsParser({ maxControlLine: 256, maxPayload: 1024 });
    const first = parser.push(enc.encode(text), () => {});
    expect(first).toMatchObject({ kind: 'frame-error', code });
    expect(first?.remediation).toMatch(/\.$/);
    expect(parser.push(enc.encode('PING\r\n'), () => expect.unreachable())).toBe(first);
  });

  it('reports the failing INFO fields from valibot', () => {
    const { error } = parse([enc.encode('INFO {"server_id":"x","version":"2"} \r\n')]);
    expect(error?.issues?.map((i) => i.path)).toContain('max_payload');
  });

  it('applies a lowered max payload to the next message', () => {
    const parser = createNatsParser();
    parser.setMaxPayload(4);
    expect(parser.push(enc.encode('MSG a 1 5\r\nhello\r\n'), () => {})?.code).toBe('payload-too-large');
  });
});
