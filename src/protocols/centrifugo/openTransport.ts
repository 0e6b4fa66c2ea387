import { buildConnect } from './buildCommands.ts';
import { createCommandLink } from './createCommandLink.ts';
import type { DriverCore } from './DriverCore.ts';
import { handleConnectReply } from './handleConnectReply.ts';
import { receiveFrames } from './receiveFrames.ts';
import { applyVerdictFlags, endTransport } from './reportVerdict.ts';
import { subscribeChannel } from './subscribeChannel.ts';
import type { CentrifugoTransportClose } from './transports/CentrifugoTransport.ts';

/**
 * Opens socket `gen` on the plan's current transport (at `target` when the machine names one)
 * and sends the connect command: once a WebSocket opened, or with the request that opens an
 * emulation stream. Every handler acts only while `gen` is current.
 */
export function openTransport(core: DriverCore, gen: number, target: string | undefined): void {
  const { options, plan, gens, ctx, socket } = core;
  const { timers, timeout } = ctx;
  const { kind, endpoint } = plan.current();
  const newLink = () => {
    const link = createCommandLink((text) => connection.send(text), timers, {
      held: () => core.batching,
      debug: options.debug,
    });
    socket.link = link;
    return link;
  };
  const connectBody = () =>
    buildConnect({ ...options, ...core.connectParams }, core.token.value, core.serverSubs.positions());
  let connectFrame = '';
  if (kind.emulation) {
    // Emulation: the connect command opens the stream; later commands (subscribes included)
    // go to the emulation endpoint once the connect reply named the session, as centrifuge-js.
    const link = newLink();
    connectFrame = link.prepare('connect', connectBody(), timeout, (outcome) =>
      handleConnectReply(core, link, outcome),
    );
    options.debug?.frame('send', connectFrame);
  }
  const handlers = {
    onOpen: () => {
      if (!gens.isCurrent(gen)) return;
      timers.clearTimeout(socket.openTimer);
      if (kind.emulation) return;
      plan.worked();
      const link = newLink();
      link.call('connect', connectBody(), timeout, (outcome) => handleConnectReply(core, link, outcome));
      // Subscriptions that need no async token ride in the same frame as connect (spec §1).
      for (const record of ctx.channels.waiting()) void subscribeChannel(ctx, record, false);
    },
    onMessage: (data: unknown) => {
      if (gens.isCurrent(gen)) receiveFrames(core, gen, data);
    },
    onClose: (close: CentrifugoTransportClose) => {
      if (!gens.isCurrent(gen)) return;
      const { code, reason } = close;
      if (close.neverOpened || code === undefined)
        return endTransport(core, gen, `${kind.name}: ${reason || 'transport closed'}`);
      const verdict = ctx.classify({ protocol: 'centrifugo', kind: 'close', code, reason });
      // A server close code (3000 and up) means the server spoke: the transport works.
      if (code >= 3000) plan.worked();
      applyVerdictFlags(core, verdict);
      gens.end(gen, { type: 'server.verdict', verdict });
    },
  };
  const connection = kind.open(target ?? endpoint, connectFrame, plan.deps, handlers);
  socket.transport = connection;
  // The open timeout starts once the token is in hand, as in centrifuge-js: a slow getToken
  // is not a connect timeout. The connect reply has its own timeout (the command's).
  if (timeout > 0)
    socket.openTimer = timers.setTimeout(() => {
      if (gens.isCurrent(gen)) ctx.fail('transport open timeout');
    }, timeout);
}
