import { type CentrifugoFrame, decodeCentrifugoFrames } from '../../frames/centrifugo/index.ts';
import type { DriverCore } from './DriverCore.ts';
import { handlePush } from './handlePush.ts';

/**
 * Takes one inbound message of socket `gen`: decodes it, tells the machine the connection is
 * alive, and routes each frame (ping, reply, push) while the socket is still current.
 */
export function receiveFrames(core: DriverCore, gen: number, data: unknown): void {
  core.options.debug?.frame('receive', data);
  const decoded = decodeCentrifugoFrames(data, core.decodeOptions);
  // centrifuge-js treats an undecodable message as a closed transport and reconnects.
  if (!decoded.ok) return void core.ctx.fail(`bad frame: ${decoded.error.message}`);
  if (decoded.frames.length > 0) core.toMachine({ type: 'activity' });
  for (const frame of decoded.frames) {
    // A frame may end the socket (a disconnect push): the rest belong to no one.
    if (!core.gens.isCurrent(gen)) return;
    routeFrame(core, frame);
  }
}

/** A ping gets its pong, a reply goes to its command, a push to its subscription or the session. */
function routeFrame(core: DriverCore, frame: CentrifugoFrame): void {
  const { socket } = core;
  if (frame.type === 'ping') {
    // Exactly one pong per ping, and only when the connect reply asked for it (spec §6).
    if (socket.pong) socket.link?.post({}, true);
  } else if (frame.type === 'reply') {
    socket.link?.settle(frame);
  } else {
    handlePush(frame.push, core.ctx);
  }
}
