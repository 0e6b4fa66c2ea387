import type { DriverContext } from './DriverContext.ts';
import type { SubscriptionRecord } from './SubscriptionRecord.ts';

/** Sends an unsubscribe when the server knows the subscription; an error or timeout reconnects (code 4). */
export function unsubscribeChannel(ctx: DriverContext, record: SubscriptionRecord): void {
  record.stopRefresh();
  const link = ctx.link;
  const known = record.live || record.inflight;
  record.seq++;
  record.live = false;
  record.inflight = false;
  if (!link || !known) return;
  link.call('unsubscribe', { channel: record.channel }, ctx.timeout, (outcome) => {
    if (outcome.type !== 'reply' && outcome.origin !== 'closed' && ctx.link === link)
      ctx.fail('unsubscribe error');
  });
}
