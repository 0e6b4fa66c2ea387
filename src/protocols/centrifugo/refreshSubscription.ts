import { unauthorizedSubscription } from './clientVerdict.ts';
import type { CommandLink } from './createCommandLink.ts';
import type { DriverContext } from './DriverContext.ts';
import { fetchToken } from './fetchToken.ts';
import { type SubscriptionRecord, toMachine } from './SubscriptionRecord.ts';
import { scheduleTokenRefresh } from './scheduleTokenRefresh.ts';
import { sendTokenRefresh } from './sendTokenRefresh.ts';

/**
 * Refreshes a subscription token before it expires (`sub_refresh`, spec §3). An empty token or
 * `UnauthorizedError` unsubscribes; other failures retry in 10–20 s; a server error whose verdict
 * is `unsubscribe` ends the subscription.
 */
export async function refreshSubscription(
  ctx: DriverContext,
  record: SubscriptionRecord,
  link: CommandLink,
): Promise<void> {
  const again = (ttl: number, retry = false) => {
    record.stopRefresh = scheduleTokenRefresh(
      ctx,
      ttl,
      () => void refreshSubscription(ctx, record, link),
      record,
      retry ? 'retry-subscription' : 'ttl',
    );
  };
  const stillLive = () => ctx.link === link && record.live;
  const getToken = record.options.getToken;
  if (!getToken) return toMachine(record, { type: 'server.verdict', verdict: unauthorizedSubscription() });
  const outcome = await fetchToken(getToken, { channel: record.channel }, true);
  if (!stillLive()) return;
  if (outcome.type === 'unauthorized')
    return toMachine(record, { type: 'server.verdict', verdict: unauthorizedSubscription() });
  if (outcome.type === 'failed') return again(0, true);
  record.token = outcome.token;
  sendTokenRefresh(link, {
    method: 'sub_refresh',
    body: { channel: record.channel, token: record.token },
    timeout: ctx.timeout,
    // centrifuge-js reads sub_refresh errors like subscribe errors.
    during: 'subscribe',
    endsWith: 'unsubscribe',
    classify: ctx.classify,
    isCurrent: stillLive,
    end: (verdict) => toMachine(record, { type: 'server.verdict', verdict }),
    renewIn: (ttl) => again(ttl),
    retry: () => again(0, true),
  });
}
