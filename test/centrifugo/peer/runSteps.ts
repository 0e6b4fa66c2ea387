import type { PeerStep } from './PeerScript.ts';
import type { PeerConnection } from './startCentrifugoPeer.ts';

function frameOf(send: readonly unknown[] | string): string {
  return typeof send === 'string' ? send : send.map((item) => JSON.stringify(item)).join('\n');
}

/** Runs a connection's steps in order; stops as soon as the connection is no longer open. */
export async function runSteps(conn: PeerConnection, steps: readonly PeerStep[]): Promise<void> {
  const channel = conn.channel;
  for (const step of steps) {
    if (!channel.isOpen()) return;
    if ('wait' in step) await new Promise((resolve) => setTimeout(resolve, step.wait));
    else if ('waitFor' in step) await Promise.race([conn.waitFor(step.waitFor, step.count), conn.closed]);
    else if ('send' in step) channel.write(frameOf(step.send));
    else if ('raw' in step) channel.writeRaw(step.raw);
    else if ('ping' in step) {
      if (conn.pong) conn.pendingPings++;
      channel.write('{}');
    } else if ('close' in step) channel.close(step.close, step.reason ?? '');
    else channel.terminate();
  }
}
