import type { CentrifugoPush } from '../../frames/centrifugo/index.ts';
import { toClientInfo } from './callResults.ts';
import { invalidateRecord } from './channelRegistry.ts';
import type { DriverContext } from './DriverContext.ts';
import { emitPublication } from './emitPublication.ts';
import { routeVerdict } from './routeVerdict.ts';
import type { ServerSubs } from './serverSubs.ts';

/** What {@link handlePush} needs beyond the shared context. */
export interface PushContext extends DriverContext {
  serverSubs: ServerSubs;
  hooks: { onMessage?(data: unknown): void };
}

/** Routes one push: to a subscription, the server-side subscriptions, or the connection. */
export function handlePush(push: CentrifugoPush, ctx: PushContext): void {
  const record =
    push.channel === '' && push.channelId !== undefined
      ? ctx.channels.byId(push.channelId)
      : ctx.channels.get(push.channel);
  switch (push.kind) {
    case 'disconnect': {
      const verdict = ctx.classify({
        protocol: 'centrifugo',
        kind: 'disconnect',
        code: push.code,
        reason: push.reason,
      });
      // Reported, not torn down: the machine's driver.close releases the socket (driver contract).
      ctx.report(verdict);
      return;
    }
    case 'unsubscribe': {
      if (!record) return void ctx.serverSubs.unsubscribed(push.channel);
      // A push for a subscription that is not subscribed belongs to an earlier one (spec §3).
      if (!record.live) return;
      const verdict = ctx.classify({
        protocol: 'centrifugo',
        kind: 'unsubscribe',
        code: push.code,
        reason: push.reason,
      });
      record.live = false;
      record.stopRefresh();
      if (verdict.clearToken && record.options.getToken) record.token = '';
      if (verdict.resetPosition) invalidateRecord(record);
      routeVerdict(ctx, record, verdict);
      return;
    }
    // A client-side subscription takes its channel's pushes (none while it is not subscribed);
    // otherwise they belong to a server-side subscription, if the channel is one (spec §1).
    case 'pub':
      if (!record) ctx.serverSubs.push(push.channel, 'pub', push.pub);
      else if (record.live) emitPublication(ctx, record, push.pub);
      return;
    case 'join':
    case 'leave':
      if (!record) ctx.serverSubs.push(push.channel, push.kind, push.info);
      else if (record.live)
        record.events.emit(push.kind, { channel: record.channel, info: toClientInfo(push.info) });
      return;
    case 'message':
      ctx.hooks.onMessage?.(push.data);
      return;
    case 'subscribe':
      ctx.serverSubs.subscribed(push.channel, push.subscribe);
      return;
    default:
      // connect/refresh pushes belong to unidirectional transports; unknown kinds to newer servers.
      return;
  }
}
