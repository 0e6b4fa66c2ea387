import { clampDelay } from '../../machines/shared/delays.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { CommandLink, ReplyFrame } from './createCommandLink.ts';
import type { DriverCore } from './DriverCore.ts';
import { startConnectionRefresh } from './startConnectionRefresh.ts';

/**
 * The outcome of the connect command sent on `link`: the reply brings the connection up (pongs,
 * the emulation session, server-side subscriptions, token refresh, the no-ping watchdog); an
 * error reply is classified and reported, a timeout fails the transport.
 */
export function handleConnectReply(
  core: DriverCore,
  link: CommandLink,
  outcome: ReplyFrame | CentrifugoCallError,
): void {
  if (outcome.type === 'reply') onConnected(core, link, outcome);
  else onConnectError(core, outcome);
}

function onConnected(core: DriverCore, link: CommandLink, reply: ReplyFrame): void {
  const { ctx, socket } = core;
  const result = reply.reply.connect;
  if (!result) return void ctx.fail('connect reply without a connect result');
  // Over emulation every later command needs the session id: without one nothing could be sent.
  if (socket.transport?.bind && !result.session)
    return void ctx.fail('connect reply without an emulation session');
  socket.up = true;
  socket.pong = result.pong;
  core.plan.worked();
  socket.transport?.bind?.(result.session ?? '', result.node ?? '');
  core.serverSubs.accept(result.subs);
  if (result.expires) startConnectionRefresh(core, link, result.ttl);
  core.hooks.onConnected?.(result);
  // The no-ping watchdog: the server's interval plus the grace (spec §6); 0 turns it off.
  // A server ping beyond 2^31 − 1 ms is clamped: the watchdog fires late instead of at once.
  const grace = core.maxServerPingDelay;
  const liveness = result.ping > 0 && grace > 0 ? clampDelay(result.ping * 1000 + grace) : 0;
  core.toMachine({ type: 'transport.connected', livenessTimeout: liveness });
}

function onConnectError(core: DriverCore, error: CentrifugoCallError): void {
  if (error.origin === 'closed') return;
  if (error.origin === 'timeout') return void core.ctx.fail('connect timeout');
  const { code, message, temporary } = error;
  core.ctx.report(
    core.ctx.classify({ protocol: 'centrifugo', kind: 'error', during: 'connect', code, message, temporary }),
  );
}
