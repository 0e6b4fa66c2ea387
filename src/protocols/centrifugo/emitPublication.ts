import type { Publication } from '../../frames/centrifugo/index.ts';
import type { SubscriptionEvents, SubscriptionRecord } from './SubscriptionRecord.ts';

/**
 * Advances the recovery position and hands a publication to the app's listeners. On a positioned
 * stream offsets only grow within an epoch, so a publication at or below the highest offset
 * already delivered in the same epoch is a duplicate (a repeated frame, or a recovery that
 * overlaps a push) and is dropped: the app sees every offset once.
 */
export function emitPublication(record: SubscriptionRecord, pub: Publication): void {
  if (record.position && pub.offset !== undefined) {
    const { delivered } = record;
    if (delivered && delivered.epoch === record.position.epoch && pub.offset <= delivered.offset) return;
    record.position = { ...record.position, offset: pub.offset };
    record.delivered = record.position;
  }
  const event: SubscriptionEvents['publication'] = {
    channel: record.channel,
    data: pub.data,
  };
  if (pub.offset !== undefined) event.offset = pub.offset;
  if (pub.info) event.info = pub.info;
  if (pub.tags) event.tags = pub.tags;
  record.events.emit('publication', event);
}
