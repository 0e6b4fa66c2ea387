import type { CentrifugoFrame, CentrifugoPush } from './CentrifugoFrame.ts';
import type { PushEnvelope } from './pushSchema.ts';
import type { ReplyEnvelope } from './replySchema.ts';

function toPush(body: PushEnvelope): CentrifugoPush {
  const target =
    body.id === undefined ? { channel: body.channel } : { channel: body.channel, channelId: body.id };
  if (body.pub) return { ...target, kind: 'pub', pub: body.pub };
  if (body.join) return { ...target, kind: 'join', info: body.join.info };
  if (body.leave) return { ...target, kind: 'leave', info: body.leave.info };
  if (body.unsubscribe) return { ...target, kind: 'unsubscribe', ...body.unsubscribe };
  if (body.message) return { ...target, kind: 'message', data: body.message.data };
  if (body.subscribe) return { ...target, kind: 'subscribe', subscribe: body.subscribe };
  if (body.connect) return { ...target, kind: 'connect', connect: body.connect };
  if (body.disconnect)
    return { ...target, kind: 'disconnect', code: body.disconnect.code, reason: body.disconnect.reason };
  if (body.refresh) return { ...target, kind: 'refresh', refresh: body.refresh };
  return { ...target, kind: 'unknown' };
}

/**
 * Sorts a validated reply into ping, push or command reply, as centrifuge-js does:
 * `id > 0` is a reply, otherwise `push` makes a push and its absence a ping.
 */
export function toFrame(reply: ReplyEnvelope): CentrifugoFrame {
  if (reply.id > 0) {
    return reply.error
      ? { type: 'reply', id: reply.id, error: reply.error, reply }
      : { type: 'reply', id: reply.id, reply };
  }
  if (reply.push) return { type: 'push', push: toPush(reply.push) };
  return { type: 'ping' };
}
