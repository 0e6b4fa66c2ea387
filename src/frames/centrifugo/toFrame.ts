import type { CentrifugoFrame, CentrifugoPush } from './CentrifugoFrame.ts';
import type { PushEnvelope } from './pushSchema.ts';
import type { ReplyEnvelope } from './replySchema.ts';

/**
 * Builds the push with its fields always in the same order and `channelId` always present (maybe
 * undefined), so every push of one kind shares one hidden class: a burst of 10,000 publications
 * stays monomorphic in the code that reads them (spreading a target object gave nearly every push
 * its own shape, and the garbage of the spread).
 */
function toPush(body: PushEnvelope): CentrifugoPush {
  const channel = body.channel;
  const channelId = body.id;
  if (body.pub) return { channel, channelId, kind: 'pub', pub: body.pub };
  if (body.join) return { channel, channelId, kind: 'join', info: body.join.info };
  if (body.leave) return { channel, channelId, kind: 'leave', info: body.leave.info };
  if (body.unsubscribe) {
    const { code, reason } = body.unsubscribe;
    return { channel, channelId, kind: 'unsubscribe', code, reason };
  }
  if (body.message) return { channel, channelId, kind: 'message', data: body.message.data };
  if (body.subscribe) return { channel, channelId, kind: 'subscribe', subscribe: body.subscribe };
  if (body.connect) return { channel, channelId, kind: 'connect', connect: body.connect };
  if (body.disconnect) {
    const { code, reason } = body.disconnect;
    return { channel, channelId, kind: 'disconnect', code, reason };
  }
  if (body.refresh) return { channel, channelId, kind: 'refresh', refresh: body.refresh };
  return { channel, channelId, kind: 'unknown' };
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
