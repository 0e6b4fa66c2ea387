import type { DriverCore } from './DriverCore.ts';

/**
 * Releases the current socket: only on `driver.close`, a new open, or when the driver stops
 * (driver contract). Its token refresh and open timeout stop, its channels and server-side
 * subscriptions forget it, and calls still waiting fail with "connection closed".
 */
export function releaseSocket(core: DriverCore, code = 1000, reason = ''): void {
  if (!core.gens.close()) return;
  const { socket } = core;
  socket.stopRefresh();
  core.ctx.timers.clearTimeout(socket.openTimer);
  socket.up = false;
  socket.pong = false;
  socket.transport?.close(code, reason);
  socket.transport = undefined;
  const old = socket.link;
  socket.link = undefined;
  core.ctx.channels.dropSocket();
  core.serverSubs.dropSocket();
  old?.failAll();
}
