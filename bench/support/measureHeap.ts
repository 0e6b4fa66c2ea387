/** A client under measurement: connect it, then subscribe `count` channels and wait until all are live. */
export interface Contender {
  name: string;
  connect(): Promise<void>;
  subscribe(prefix: string, count: number): Promise<void>;
  close(): Promise<void>;
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc: node --expose-gc --import tsx bench/<file>.bench.ts');
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** Resolves once `done()` holds (polled every 10 ms); rejects after `ms`. */
export function until(done: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (done()) resolve();
      else if (Date.now() > deadline) reject(new Error(`Timed out waiting for ${what}.`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

/**
 * Heap bytes per idle subscribed subscription: a warm-up batch first (it pays for JIT code and
 * shared shapes), then `count` more, measured between two full collections. The client stays
 * open until `close()`, so nothing measured is collected in between.
 */
export async function heapPerSubscription(contender: Contender, count: number): Promise<number> {
  await contender.connect();
  await contender.subscribe('warm-', 500);
  const before = heapUsed();
  await contender.subscribe('channel-', count);
  return (heapUsed() - before) / count;
}
