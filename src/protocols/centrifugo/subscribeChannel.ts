import * as v from 'valibot';
import { type SubscribeResult, subscribeResultSchema } from '../../frames/centrifugo/index.ts';
import { buildSubscribe } from './buildCommands.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import { invalidateRecord } from './channelRegistry.ts';
import { subscriptionTokenFailed, unauthorizedSubscription } from './clientVerdict.ts';
import type { CommandLink, ReplyFrame } from './createCommandLink.ts';
import type { DriverContext } from './DriverContext.ts';
import { emitPublication } from './emitPublication.ts';
import { fetchToken } from './fetchToken.ts';
import { refreshSubscription } from './refreshSubscription.ts';
import { routeVerdict } from './routeVerdict.ts';
import { type SubscriptionRecord, toMachine } from './SubscriptionRecord.ts';
import { scheduleTokenRefresh } from './scheduleTokenRefresh.ts';
import { resultPosition, subscribedEvent, unrecoveredEvent } from './subscribedEvents.ts';

function accept(
  ctx: DriverContext,
  record: SubscriptionRecord,
  link: CommandLink,
  result: SubscribeResult,
  asked: StreamPosition | undefined,
): void {
  record.live = true;
  // A reply without `recoverable` switches recovery off, as centrifuge-js does (spec §3).
  record.recoverable = result.recoverable;
  record.position = resultPosition(result);
  if (result.id !== undefined) ctx.channels.setId(result.id, record.channel);
  if (result.expires) {
    record.stopRefresh = scheduleTokenRefresh(
      ctx,
      result.ttl,
      () => void refreshSubscription(ctx, record, link),
      record,
    );
  }
  const seq = record.seq;
  toMachine(record, {
    type: 'subscribe.ok',
    position: record.position ?? null,
    wasRecovering: result.was_recovering,
    recovered: result.recovered,
  });
  record.events.emit('subscribed', subscribedEvent(record.channel, result));
  const lost = unrecoveredEvent(record.channel, asked, result);
  if (lost) record.events.emit('unrecovered', lost);
  // Recovered publications come after `subscribed`, as in centrifuge-js (spec §3); none once a
  // listener unsubscribed.
  for (const pub of result.publications) if (seq === record.seq) emitPublication(record, pub);
}

function onError(ctx: DriverContext, record: SubscriptionRecord, error: CentrifugoCallError): void {
  if (error.origin === 'closed') return;
  // A subscribe timeout reconnects the whole client in centrifuge-js (connecting code 3).
  if (error.origin === 'timeout') {
    ctx.fail('subscribe timeout');
    return;
  }
  const verdict = ctx.classify({
    protocol: 'centrifugo',
    kind: 'error',
    during: 'subscribe',
    code: error.code,
    message: error.message,
    temporary: error.temporary,
  });
  if (verdict.clearToken && record.options.getToken) record.token = '';
  if (verdict.resetPosition) invalidateRecord(record);
  record.events.emit('error', {
    channel: record.channel,
    type: 'subscribe',
    code: error.code,
    message: error.message,
  });
  routeVerdict(ctx, record, verdict);
}

/**
 * Sends one subscribe for `record` on the current socket (fetching a token first when needed) and
 * reports the outcome to its machine. At most one subscribe per channel is in flight.
 */
export async function subscribeChannel(
  ctx: DriverContext,
  record: SubscriptionRecord,
  fresh: boolean,
): Promise<void> {
  const link = ctx.link;
  if (!link || record.inflight) return;
  const getToken = record.options.getToken;
  // 109 without a subscription getToken: centrifuge-js gives up as unauthorized. A cleared token
  // (2502, 3014) without getToken just resubscribes with the token the app gave.
  if (record.tokenExpired && !getToken)
    return toMachine(record, { type: 'server.verdict', verdict: unauthorizedSubscription() });
  record.inflight = true;
  const seq = ++record.seq;
  if (getToken && (fresh || !record.token)) {
    const outcome = await fetchToken(getToken, { channel: record.channel }, true);
    if (ctx.link !== link || seq !== record.seq) return;
    if (outcome.type !== 'token') {
      record.inflight = false;
      const verdict =
        outcome.type === 'unauthorized' ? unauthorizedSubscription() : subscriptionTokenFailed();
      return toMachine(record, { type: 'server.verdict', verdict });
    }
    record.token = outcome.token;
    record.tokenExpired = false;
  }
  // Only a recoverable stream is recovered, as centrifuge-js (a positioned one just reports).
  const asked = record.recoverable ? record.position : undefined;
  const body = buildSubscribe(record.channel, record.options, record.token, asked);
  link.call('subscribe', body, ctx.timeout, (outcome: ReplyFrame | CentrifugoCallError) => {
    if (ctx.link !== link || seq !== record.seq) return;
    record.inflight = false;
    if (outcome.type === 'reply') accept(ctx, record, link, outcome.reply.subscribe ?? emptyResult(), asked);
    else onError(ctx, record, outcome);
  });
}

/** A reply without a result reads as `{}` (every field at its default), as in centrifuge-js. */
const emptyResult = (): SubscribeResult => v.safeParse(subscribeResultSchema, {}).output as SubscribeResult;

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
