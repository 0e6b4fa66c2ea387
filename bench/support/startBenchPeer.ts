import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** What the peer reports once a new connection has sent every expected subscribe. */
export interface Resubscribed {
  /** From just before the peer closed the socket to the last expected subscribe, ms (peer's clock). */
  resubscribed: number;
  /** WebSocket messages the subscribes came in. */
  messages: number;
  /** From the close to the new connection's arrival, ms. */
  newConnectionMs: number;
  /** From the close to its first subscribe, ms. */
  firstSubscribeMs: number;
}

/** The scripted Centrifugo peer of `benchPeerProcess.ts`, running in a child process. */
export interface BenchPeer {
  readonly url: string;
  /**
   * Closes the newest connection with `code`; resolves when a connection that arrived after has
   * sent `expect` subscribe commands. Rejects after `ms`.
   */
  closeAndCountResubscribes(code: number, expect: number, ms?: number): Promise<Resubscribed>;
  /** Ends the child process. */
  close(): void;
}

/** Starts `benchPeerProcess.ts` in a child Node process and waits for its URL. */
export function startBenchPeer(): Promise<BenchPeer> {
  const script = fileURLToPath(new URL('./benchPeerProcess.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const replies: Array<(value: Record<string, unknown>) => void> = [];
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`The peer process exited early (code ${code}).`));
    child.once('exit', early);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (typeof value.url === 'string') {
        child.off('exit', early);
        resolve(peerOf(child, value.url, replies));
      } else replies.shift()?.(value);
    });
  });
}

function peerOf(
  child: ChildProcess,
  url: string,
  replies: Array<(value: Record<string, unknown>) => void>,
): BenchPeer {
  return {
    url,
    closeAndCountResubscribes(code, expect, ms = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`The peer saw no ${expect} resubscribes in ${ms} ms.`)),
          ms,
        );
        replies.push((value) => {
          clearTimeout(timer);
          if (typeof value.resubscribed === 'number') resolve(value as unknown as Resubscribed);
          else reject(new Error(`Peer: ${JSON.stringify(value)}`));
        });
        child.stdin?.write(`${JSON.stringify({ op: 'close', code, expect })}\n`);
      });
    },
    close() {
      child.stdin?.end();
      child.kill();
    },
  };
}
