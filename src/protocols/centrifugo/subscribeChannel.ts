import * as v from 'valibot';
import type { Verdict } from '../../codes/types.ts';
import { type SubscribeResult, subscribeResultSchema } from '../../frames/centrifugo/index.ts';
import { buildSubscribe, INVALID_EPOCH } from './buildCommands.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import { callAppCallback } from './callAppCallback.ts';
import { invalidateRecord } from './channelRegistry.ts';
import {
  subscribeDataFailed,
  subscribeStateFailed,
  subscriptionTokenFailed,
  unauthorizedSubscription,
} from './clientVerdict.ts';
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
  // Every subscribe starts a new delta chain: the server's first publication is full (spec §3).
  if (record.delta) {
    record.delta.negotiated = result.delta;
    record.delta.base = undefined;
  }
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
  for (const pub of result.publications) if (seq === record.seq) emitPublication(ctx, record, pub);
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
    // With getState the subscribe asked the server to refuse an unrecoverable position (112).
    during: record.options.getState ? 'subscribe-strict' : 'subscribe',
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
  const outdated = () => ctx.link !== link || seq !== record.seq;
  /** An app callback failed: the subscription's machine decides from the local verdict. */
  const stop = (verdict: Verdict, type?: string) => {
    record.inflight = false;
    if (type)
      record.events.emit('error', {
        channel: record.channel,
        type,
        code: verdict.code ?? 0,
        message: verdict.reason ?? '',
      });
    toMachine(record, { type: 'server.verdict', verdict });
  };
  const { getState, getData } = record.options;
  // centrifuge-js order: the state (when no position is known), the token, then the data.
  if (getState && (!record.position || record.position.epoch === INVALID_EPOCH)) {
    const state = await callAppCallback(getState, { channel: record.channel });
    if (outdated()) return;
    if (state.type !== 'value') return stop(subscribeStateFailed(), 'subscribeState');
    record.position = { offset: state.value.offset, epoch: state.value.epoch };
    record.recoverable = true;
  }
  if (getToken && (fresh || !record.token)) {
    const outcome = await fetchToken(getToken, { channel: record.channel }, true);
    if (outdated()) return;
    if (outcome.type !== 'token')
      return stop(outcome.type === 'unauthorized' ? unauthorizedSubscription() : subscriptionTokenFailed());
    record.token = outcome.token;
    record.tokenExpired = false;
  }
  if (getData) {
    const data = await callAppCallback(getData, { channel: record.channel });
    if (outdated()) return;
    if (data.type === 'unauthorized') return stop(unauthorizedSubscription());
    if (data.type === 'failed') return stop(subscribeDataFailed(), 'subscribeData');
    record.data = data.value;
  }
  // Only a recoverable stream is recovered, as centrifuge-js (a positioned one just reports).
  const asked = record.recoverable ? record.position : undefined;
  const body = buildSubscribe(record, record.token, asked);
  link.call('subscribe', body, ctx.timeout, (outcome: ReplyFrame | CentrifugoCallError) => {
    if (ctx.link !== link || seq !== record.seq) return;
    record.inflight = false;
    if (outcome.type === 'reply') accept(ctx, record, link, outcome.reply.subscribe ?? emptyResult(), asked);
    else onError(ctx, record, outcome);
  });
}

/** A reply without a result reads as `{}` (every field at its default), as in centrifuge-js. */
const emptyResult = (): SubscribeResult => v.safeParse(subscribeResultSchema, {}).output as SubscribeResult;
