import { describe, expect, it } from 'vitest';
import { createNatsBackoff } from '../../src/machines/backoff/natsBackoff.ts';
import { encodeHeaders, headers, MsgHeaders } from '../../src/protocols/nats/natsHeaders.ts';
import { reconnectJitterFor } from '../../src/protocols/nats/natsSessionOptions.ts';
import { ReconnectBuffer } from '../../src/protocols/nats/reconnectBuffer.ts';
import { ServerPool } from '../../src/protocols/nats/serverPool.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('nats.js option mapping', () => {
  it('reconnectJitterTLS applies to tls:// servers and `tls` options, reconnectJitter otherwise', () => {
    const o = { servers: 'x', reconnectJitter: 7, reconnectJitterTLS: 70 };
    expect(reconnectJitterFor(o, ['nats://a:1'])).toBe(7);
    expect(reconnectJitterFor(o, ['tls://a:1'])).toBe(70);
    expect(reconnectJitterFor({ ...o, tls: {} } as typeof o, ['nats://a:1'])).toBe(70);
    expect(reconnectJitterFor({ servers: 'x' }, ['tls://a:1'])).toBe(1000);
    expect(reconnectJitterFor({ servers: 'x' }, ['nats://a:1'])).toBeUndefined();
  });

  it('reconnectDelayHandler: first reconnect immediate, then the handler’s wait; a bad value waits 0', () => {
    const waits = [250, Number.NaN, -5];
    const policy = createNatsBackoff({ reconnectDelayHandler: () => waits.shift() ?? 1 });
    expect(policy.delay(0, Math.random)).toBe(0);
    expect([1, 2, 3].map((a) => policy.delay(a, Math.random))).toEqual([250, 0, 0]);
    expect(policy.name).toBe('nats-handler');
  });

  it('waitOnFirstConnect and ignoreClusterUpdates in the pool', () => {
    const patient = new ServerPool(['nats://a:1'], { waitOnFirstConnect: true, maxReconnectAttempts: 1 });
    for (let i = 0; i < 5; i++) patient.failed(patient.next()!);
    expect(patient.list()).toHaveLength(1);
    patient.connected(patient.next()!);
    patient.failed(patient.next()!);
    expect(patient.list()).toHaveLength(0);

    const once = new ServerPool(['nats://a:1', 'nats://b:1'], {
      waitOnFirstConnect: false,
      noRandomize: true,
    });
    once.failed(once.next()!);
    expect(once.list().map((s) => s.url)).toEqual(['nats://b:1']);

    const fixed = new ServerPool(['nats://a:1'], { ignoreClusterUpdates: true });
    expect(fixed.update(['b:1', 'c:1'], 'nats')).toEqual({ added: [], deleted: [] });
    expect(fixed.list()).toHaveLength(1);
  });
});

describe('headers', () => {
  it('encodes several values per name and the status line', () => {
    expect(text(encodeHeaders({ A: ['1', '2'], B: 'x' }))).toBe('NATS/1.0\r\nA: 1\r\nA: 2\r\nB: x\r\n\r\n');
    expect(text(encodeHeaders(headers(503, 'No Responders')))).toBe('NATS/1.0 503 No Responders\r\n\r\n');
    expect(text(encodeHeaders(headers(408)))).toBe('NATS/1.0 408\r\n\r\n');
  });

  it('reads, replaces and deletes values', () => {
    const h = new MsgHeaders(0, '', [
      ['X', '1'],
      ['x', '2'],
      ['Y', '3'],
    ]);
    expect([h.get('X'), h.values('x', true), h.has('Z'), h.keys()]).toEqual([
      '1',
      ['1', '2'],
      false,
      ['X', 'x', 'Y'],
    ]);
    h.set('X', '9');
    h.delete('Y');
    expect(h.entries).toEqual([
      ['x', '2'],
      ['X', '9'],
    ]);
    expect([h.status, h.hasError]).toEqual([undefined, false]);
  });
});

describe('ReconnectBuffer', () => {
  it('keeps frames up to the limit, refuses the one past it, writes them in order as one buffer', () => {
    const buffer = new ReconnectBuffer(5);
    buffer.add(new Uint8Array([1, 2]));
    buffer.add(new Uint8Array([3, 4, 5]));
    expect(() => buffer.add(new Uint8Array([6]))).toThrow(
      expect.objectContaining({ code: 'reconnect-buffer-full' }),
    );
    const writes: number[][] = [];
    buffer.flush((bytes) => writes.push([...bytes]) > 0);
    expect(writes).toEqual([[1, 2, 3, 4, 5]]);
    expect(buffer.bytes).toBe(0);
  });
});
