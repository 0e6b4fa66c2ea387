import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoalescingWriter } from '../../src/transports/coalescingWriter.ts';
import { createTcpTransport } from '../../src/transports/tcpTransport.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** Writes of sizes 1..`max` (cycling), each filled with its index, so order and content can be checked. */
function pieces(count: number, max: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => new Uint8Array((i % max) + 1).fill(i & 255));
}
const concat = (list: Uint8Array[]) => {
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('createCoalescingWriter', () => {
  it('hands one tick of small writes to the sink as one chunk, on a microtask', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createCoalescingWriter((c) => chunks.push(c.slice()), 1024);
    const input = pieces(20, 30);
    for (const p of input) writer.write(p);
    expect(chunks).toHaveLength(0);
    expect(writer.buffered).toBe(concat(input).length);
    await Promise.resolve();
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toEqual(concat(input));
    expect(writer.buffered).toBe(0);
  });

  it('writes a full chunk at once, keeps order, and passes a large write through after what came before', () => {
    const chunks: Uint8Array[] = [];
    const writer = createCoalescingWriter((c) => chunks.push(c.slice()), 64);
    const input = [...pieces(40, 20), new Uint8Array(200).fill(7), ...pieces(5, 3)];
    for (const p of input) writer.write(p);
    writer.flush();
    expect(concat(chunks)).toEqual(concat(input));
    expect(chunks.every((c) => c.length <= 64 || c.length === 200)).toBe(true);
    expect(chunks.length).toBeLessThan(input.length);
  });

  it('drops what it holds once discarded, and writes nothing after', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createCoalescingWriter((c) => chunks.push(c), 64);
    writer.write(new Uint8Array(10));
    writer.discard();
    writer.write(new Uint8Array(10));
    await Promise.resolve();
    expect(chunks).toHaveLength(0);
    expect(writer.buffered).toBe(0);
  });
});

describe('TCP transport write coalescing', () => {
  it('delivers 100,000 small writes and large ones in order over a real socket', async () => {
    const input = [...pieces(50_000, 40), new Uint8Array(100_000).fill(9), ...pieces(50_000, 7)];
    const expected = concat(input);
    let received = 0;
    let mismatch = -1;
    const done = new Promise<void>((resolve) => {
      const server = createServer((socket: Socket) => {
        socket.on('data', (chunk: Buffer) => {
          for (let i = 0; i < chunk.length && mismatch < 0; i++)
            if (chunk[i] !== expected[received + i]) mismatch = received + i;
          received += chunk.length;
          if (received >= expected.length) resolve();
        });
      });
      stops.push(() => new Promise((r) => server.close(() => r())));
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        const transport = createTcpTransport()(`127.0.0.1:${port}`, {
          onOpen: () => {
            for (const p of input) expect(transport.send(p)).toBe(true);
            // What is not with the socket yet is counted as pending.
            expect(transport.pending?.()).toBeGreaterThan(0);
          },
          onData: () => {},
          onClose: () => {},
        });
        stops.push(async () => transport.close());
      });
    });
    await done;
    expect(mismatch).toBe(-1);
    expect(received).toBe(expected.length);
  });
});
