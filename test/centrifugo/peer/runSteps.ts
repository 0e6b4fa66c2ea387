import type { PeerStep } from './PeerScript.ts';
import type { PeerConnection } from './startCentrifugoPeer.ts';

const OPEN = 1;

function frameOf(send: readonly unknown[] | string): string {
  return typeof send === 'string' ? send : send.map((item) => JSON.stringify(item)).join('\n');
}

/** Runs a connection's steps in order; stops as soon as the socket is no longer open. */
export async function runSteps(conn: PeerConnection, steps: readonly PeerStep[]): Promise<void> {
  const socket = conn.socket;
  for (const step of steps) {
    if (socket.readyState !== OPEN) return;
    if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
    else if ('waitFor' in step) await Promise.race([conn.waitFor(step.waitFor, step.count), conn.closed]);
    else if ('send' in step) socket.send(frameOf(step.send));
    else if ('ping' in step) {
      if (conn.pong) conn.pendingPings++;
      socket.send('{}');
    } else if ('close' in step) socket.close(step.close, step.reason ?? '');
    else socket.terminate();
  }
}
