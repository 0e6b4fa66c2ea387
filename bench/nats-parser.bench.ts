/**
 * NATS parser throughput: codestate's `createNatsParser` vs nats.js's `Parser`
 * (@nats-io/nats-core 3.4.0) on the same byte stream, side by side in one run.
 *
 * Stream: `MSG bench.subject.<n> <sid> <size>\r\n<payload>\r\n` frames (plus a PING every 100
 * messages), 32-byte and 512-byte payloads, fed in 16 KiB chunks.
 * Run: `npx tsx bench/nats-parser.bench.ts` (NATS_BENCH_MB sets the stream size, default 32).
 */
import { Kind, Parser } from '@nats-io/nats-core/internal';
import { createNatsParser, type NatsFrame } from '../src/frames/nats/index.ts';

const CHUNK = 16 * 1024;
const STREAM_BYTES = Number(process.env.NATS_BENCH_MB ?? 32) * 1024 * 1024;

/** Builds the stream once and cuts it into 16 KiB chunks (copies, like socket reads). */
function chunksFor(payloadSize: number): { chunks: Uint8Array[]; messages: number; bytes: number } {
  const enc = new TextEncoder();
  const payload = 'x'.repeat(payloadSize);
  const parts: string[] = [];
  let size = 0;
  let messages = 0;
  while (size < STREAM_BYTES) {
    const frame = `MSG bench.subject.${messages % 16} ${1 + (messages % 8)} ${payloadSize}\r\n${payload}\r\n`;
    parts.push(messages % 100 === 99 ? `${frame}PING\r\n` : frame);
    size += frame.length;
    messages++;
  }
  const stream = enc.encode(parts.join(''));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < stream.length; at += CHUNK) chunks.push(stream.slice(at, at + CHUNK));
  return { chunks, messages, bytes: stream.length };
}

function runCodestate(chunks: Uint8Array[]): number {
  const parser = createNatsParser();
  let count = 0;
  const onFrame = (frame: NatsFrame) => {
    if (frame.kind === 'msg') count++;
  };
  for (const chunk of chunks) if (parser.push(chunk, onFrame)) throw new Error('codestate parse error');
  return count;
}

function runNatsJs(chunks: Uint8Array[]): number {
  let count = 0;
  // nats.js's Parser lives in lib/parser.js, exported as `@nats-io/nats-core/internal`.
  const parser = new Parser({
    push(event) {
      if (typeof event !== 'function' && event.kind === Kind.MSG) count++;
    },
  });
  for (const chunk of chunks) parser.parse(chunk);
  return count;
}

/** Best-of-N MB/s (warm-up excluded). */
function measure(
  run: (chunks: Uint8Array[]) => number,
  chunks: Uint8Array[],
  bytes: number,
  expected: number,
) {
  for (let i = 0; i < 2; i++) run(chunks);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    const count = run(chunks);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (count !== expected) throw new Error(`parsed ${count} messages, expected ${expected}`);
    best = Math.min(best, ms);
  }
  return bytes / (1024 * 1024) / (best / 1000);
}

const rows = [];
for (const payload of [32, 512]) {
  const { chunks, messages, bytes } = chunksFor(payload);
  const natsJs = measure(runNatsJs, chunks, bytes, messages);
  const codestate = measure(runCodestate, chunks, bytes, messages);
  rows.push({
    payload: `${payload} B`,
    messages,
    'nats.js MB/s': natsJs.toFixed(0),
    'codestate MB/s': codestate.toFixed(0),
    ratio: `${(codestate / natsJs).toFixed(2)}x`,
  });
}
console.table(rows);
