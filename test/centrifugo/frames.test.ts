import { describe, expect, it } from 'vitest';
import { decodeCentrifugoFrames } from '../../src/frames/centrifugo/index.ts';

describe('decodeCentrifugoFrames', () => {
  it('sorts a batch into reply, push and ping', () => {
    const result = decodeCentrifugoFrames(
      '{"id":2,"subscribe":{"recoverable":true,"epoch":"E","offset":5}}\n{"push":{"channel":"ch","pub":{"data":{"a":1},"offset":6}}}\n{}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [reply, push, ping] = result.frames;
    expect(reply).toMatchObject({
      type: 'reply',
      id: 2,
      reply: { subscribe: { recoverable: true, epoch: 'E', offset: 5 } },
    });
    expect(push).toEqual({
      type: 'push',
      push: { channel: 'ch', kind: 'pub', pub: { data: { a: 1 }, offset: 6 } },
    });
    expect(ping).toEqual({ type: 'ping' });
  });

  it('reads connect replies with ping, pong, expires and ttl', () => {
    const result = decodeCentrifugoFrames(
      '{"id":1,"connect":{"client":"c1","version":"6.9.1","expires":true,"ttl":3599,"ping":25,"pong":true,"subs":{"p:1":{"recoverable":true,"epoch":"E","offset":3}}}}',
    );
    expect(result.ok && result.frames[0]).toMatchObject({
      type: 'reply',
      reply: {
        connect: {
          client: 'c1',
          ping: 25,
          pong: true,
          expires: true,
          ttl: 3599,
          subs: { 'p:1': { offset: 3 } },
        },
      },
    });
  });

  it('normalises reply errors', () => {
    const result = decodeCentrifugoFrames('{"id":1,"error":{"code":109,"message":"token expired"}}');
    expect(result.ok && result.frames[0]).toMatchObject({
      type: 'reply',
      error: { code: 109, message: 'token expired', temporary: false },
    });
  });

  it('skips blank lines and trailing newlines', () => {
    const result = decodeCentrifugoFrames('\n{}\n\n{}\n');
    expect(result.ok && result.frames).toHaveLength(2);
  });

  it('keeps unknown push kinds as unknown instead of failing', () => {
    const result = decodeCentrifugoFrames('{"push":{"channel":"c","map_update":{"x":1}}}');
    expect(result.ok && result.frames[0]).toEqual({ type: 'push', push: { channel: 'c', kind: 'unknown' } });
  });

  it('rejects HTML, wrong types and oversized frames with typed errors', () => {
    const html = decodeCentrifugoFrames('<html>bad gateway</html>');
    expect(html).toMatchObject({ ok: false, error: { type: 'frame-error', kind: 'not-json', line: 0 } });
    const wrong = decodeCentrifugoFrames('{"id":"1","connect":{}}');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.error.kind).toBe('invalid');
      expect(wrong.error.issues.length).toBeGreaterThan(0);
    }
    const big = decodeCentrifugoFrames('{}'.padEnd(100, ' '), { maxFrameBytes: 50 });
    expect(big).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(decodeCentrifugoFrames(42)).toMatchObject({ ok: false, error: { kind: 'not-text' } });
  });

  it('decodes UTF-8 binary frames and rejects invalid UTF-8', () => {
    expect(decodeCentrifugoFrames(new TextEncoder().encode('{}')).ok).toBe(true);
    expect(decodeCentrifugoFrames(new Uint8Array([0xff, 0xfe]))).toMatchObject({
      ok: false,
      error: { kind: 'not-text' },
    });
  });

  it('rejects the whole message when one line is bad', () => {
    const result = decodeCentrifugoFrames('{}\n{"push":{"disconnect":{"code":-1}}}');
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', line: 1 } });
  });
});
