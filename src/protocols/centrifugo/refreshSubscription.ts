import { unauthorizedSubscription } from './clientVerdict.ts';
import type { CommandLink } from './createCommandLink.ts';
import type { DriverContext } from './DriverContext.ts';
import { fetchToken } from './fetchToken.ts';
import { type SubscriptionRecord, toMachine } from './SubscriptionRecord.ts';
import { scheduleTokenRefresh } from './scheduleTokenRefresh.ts';

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
  const retry = () => {
    record.stopRefresh = scheduleTokenRefresh(
      0,
      () => void refreshSubscription(ctx, record, link),
      'retry-subscription',
    );
  };
  const stillLive = () => ctx.link === link && record.live;
  const getToken = record.options.getToken;
  if (!getToken) return toMachine(record, { type: 'server.verdict', verdict: unauthorizedSubscription() });
  const outcome = await fetchToken(getToken, { channel: record.channel }, true);
  if (!stillLive()) return;
  if (outcome.type === 'unauthorized')
    return toMachine(record, { type: 'server.verdict', verdict: unauthorizedSubscription() });
  if (outcome.type === 'failed') return retry();
  record.token = outcome.token;
  link.call('sub_refresh', { channel: record.channel, token: record.token }, ctx.timeout, (reply) => {
    if (!stillLive()) return;
    if (reply.type === 'reply') {
      const result = reply.reply.sub_refresh;
      if (result?.expires) {
        record.stopRefresh = scheduleTokenRefresh(
          result.ttl,
          () => void refreshSubscription(ctx, record, link),
        );
      }
      return;
    }
    if (reply.origin === 'server') {
      const verdict = ctx.classify({
        protocol: 'centrifugo',
        kind: 'error',
        during: 'subscribe',
        code: reply.code,
        message: reply.message,
        temporary: reply.temporary,
      });
      if (verdict.action === 'unsubscribe') return toMachine(record, { type: 'server.verdict', verdict });
    }
    retry();
  });
}
