import type { Publication } from '../../frames/centrifugo/index.ts';
import type { SubscriptionEvents, SubscriptionRecord } from './SubscriptionRecord.ts';

/** Advances the recovery position and hands a publication to the app's listeners. */
export function emitPublication(record: SubscriptionRecord, pub: Publication): void {
  if (record.position && pub.offset !== undefined)
    record.position = { ...record.position, offset: pub.offset };
  const event: SubscriptionEvents['publication'] = {
    channel: record.channel,
    data: pub.data,
  };
  if (pub.offset !== undefined) event.offset = pub.offset;
  if (pub.info) event.info = pub.info;
  if (pub.tags) event.tags = pub.tags;
  record.events.emit('publication', event);
}
