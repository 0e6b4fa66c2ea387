import type { Publication } from '../../frames/centrifugo/index.ts';
import type { EventSink } from '../shared/Emitter.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import { toPublicationContext } from './callResults.ts';
import { deltaFailed } from './clientVerdict.ts';
import type { DriverContext } from './DriverContext.ts';
import { routeVerdict } from './routeVerdict.ts';
import type { SubscriptionEvents, SubscriptionRecord } from './SubscriptionRecord.ts';
import { unsubscribeChannel } from './unsubscribeChannel.ts';

/** The position after `pub`: its offset, and its epoch when the stream had none yet. */
export function advance(position: StreamPosition, pub: Publication): StreamPosition {
  if (pub.offset === undefined && !pub.epoch) return position;
  // A new object, never a change in place: an `unrecovered` event or a machine may hold the old one.
  return { offset: pub.offset ?? position.offset, epoch: pub.epoch || position.epoch };
}

/** Hands a publication of `channel` to listeners, in centrifuge-js's publication context. */
export function publish(
  events: EventSink<Pick<SubscriptionEvents, 'publication'>>,
  channel: string,
  pub: Publication,
  data: unknown = pub.data,
): void {
  events.emit('publication', toPublicationContext(channel, pub, data));
}

/**
 * Advances the recovery position and hands a publication to the app's listeners. On a positioned
 * stream offsets only grow within an epoch, so a publication at or below the highest offset
 * already delivered in the same epoch is a duplicate (a repeated frame, or a recovery that
 * overlaps a push) and is dropped: the app sees every offset once.
 */
export function emitPublication(ctx: DriverContext, record: SubscriptionRecord, pub: Publication): void {
  const { delivered } = record;
  const repeated =
    record.position !== undefined &&
    pub.offset !== undefined &&
    delivered !== undefined &&
    delivered.epoch === record.position.epoch &&
    pub.offset <= delivered.offset;
  // A repeated publication is dropped before delta decoding, which would move the base.
  if (repeated) return;
  let data = pub.data;
  const delta = record.delta;
  if (delta?.negotiated) {
    try {
      // The base moves only when the publication decoded.
      const decoded = delta.codec.decode(delta.base, pub.data, pub.delta === true);
      data = decoded.data;
      delta.base = decoded.base;
    } catch (error) {
      failDelta(ctx, record, (error as Error).message);
      return;
    }
  }
  if (record.position) {
    record.position = advance(record.position, pub);
    if (pub.offset !== undefined) record.delivered = record.position;
    record.machine?.positionMoved();
  }
  publish(record.events, record.channel, pub, data);
}

/**
 * A publication that cannot be decoded: the app hears an `error` (type `delta`), the position stays
 * before it, and the subscription leaves and subscribes again at once (catalog row
 * `centrifugo.client.delta-failed`), so the server starts a new chain with a full payload and a
 * recoverable stream brings the lost publication back.
 */
function failDelta(ctx: DriverContext, record: SubscriptionRecord, reason: string): void {
  const verdict = deltaFailed(`delta: ${reason}`);
  if (record.delta) record.delta.base = undefined;
  record.events.emit('error', {
    channel: record.channel,
    type: 'delta',
    code: verdict.code ?? 0,
    message: reason,
  });
  unsubscribeChannel(ctx, record);
  routeVerdict(ctx, record, verdict);
}
