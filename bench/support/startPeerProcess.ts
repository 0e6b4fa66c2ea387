import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A scripted Centrifugo peer running in a child process. */
export interface PeerProcess {
  readonly url: string;
  /** Ends the child process. */
  close(): void;
}

/** Starts `centrifugoPeerProcess.ts` in a child Node process and waits for its URL. */
export function startPeerProcess(): Promise<PeerProcess> {
  const script = fileURLToPath(new URL('./centrifugoPeerProcess.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`The peer process exited early (code ${code}).`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (!out.includes('\n') || line === undefined) return;
      resolve({
        url: line,
        close: () => {
          child.stdin?.end();
          child.kill();
        },
      });
    });
  });
}
