import type { Socket } from 'node:net';
import { RESPONSE_TYPE } from '../../../src/frames/celeriant/index.ts';
import { errorFrame, frameOf } from './peerFrames.ts';
import { serverClosesAfter, type WatchStep } from './peerScript.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const idOf = (n: bigint) => Uint8Array.from(Buffer.from(n.toString(16).padStart(32, '0'), 'hex'));

/** Plays a watch script on a push-only socket until it ends, errors or the client leaves. */
export async function playWatch(socket: Socket, steps: readonly WatchStep[]): Promise<void> {
  const send = (frame: Uint8Array) => {
    if (!socket.destroyed) socket.write(frame);
  };
  for (const step of steps) {
    if (socket.destroyed) return;
    if ('ack' in step) send(frameOf(RESPONSE_TYPE.watch, [[]]));
    else if ('heartbeat' in step) {
      await sleep(step.heartbeat);
      send(frameOf(RESPONSE_TYPE.watch, [[]]));
    } else if ('event' in step) {
      const { aggregate, from, to } = step.event;
      send(frameOf(RESPONSE_TYPE.watch, [[[idOf(1n), idOf(2n), idOf(aggregate), 1, from, to, null]]]));
    } else if ('error' in step) {
      send(errorFrame(null, step.error, step.details ?? { detail: 'scripted' }));
      if (serverClosesAfter(step.error, 'watch')) socket.end();
      return;
    } else if ('wait' in step) await sleep(step.wait);
    else if ('eof' in step) {
      socket.end();
      return;
    } else if ('hold' in step) return;
  }
}
