import type { Publication } from '../../frames/centrifugo/index.ts';
import type { EventSink } from '../shared/Emitter.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import { toPublicationContext } from './callResults.ts';
import type { SubscriptionEvents, SubscriptionRecord } from './SubscriptionRecord.ts';

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
): void {
  events.emit('publication', toPublicationContext(channel, pub, pub.data));
}

/**
 * Advances the recovery position and hands a publication to the app's listeners. On a positioned
 * stream offsets only grow within an epoch, so a publication at or below the highest offset
 * already delivered in the same epoch is a duplicate (a repeated frame, or a recovery that
 * overlaps a push) and is dropped: the app sees every offset once.
 */
export function emitPublication(record: SubscriptionRecord, pub: Publication): void {
  if (record.position) {
    const { delivered } = record;
    const repeated =
      pub.offset !== undefined &&
      delivered !== undefined &&
      delivered.epoch === record.position.epoch &&
      pub.offset <= delivered.offset;
    if (repeated) return;
    record.position = advance(record.position, pub);
    if (pub.offset !== undefined) record.delivered = record.position;
    record.machine?.positionMoved();
  }
  publish(record.events, record.channel, pub);
}
