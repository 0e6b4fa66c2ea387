import type { CodeRule, VerdictSpec } from '../../types.ts';
import { slugOf } from '../natsRule.ts';
import { NATS_VERDICTS as V } from '../natsVerdicts.ts';

/** The pull request ended without a fault: send the next pull now. */
const renewPull: VerdictSpec = Object.freeze({ scope: 'request', action: 'retry', immediate: true });

function statusRule(code: number, text: string, verdict: VerdictSpec, name: string): CodeRule {
  return {
    id: `nats.js-status.${code}-${slugOf(text)}`,
    protocol: 'nats',
    kind: 'js-status',
    code,
    text,
    name,
    verdict,
  };
}

/**
 * Status messages a pull consumer receives on its inbox (`NATS/1.0 <code> <description>`, from
 * nats-server consumer.go). The consumer machine reads the verdict: `ignore` keeps consuming,
 * request `retry` renews the pull (now when `immediate`, else after a backoff in `recovering`),
 * `resubscribe` recreates (or looks up again) the consumer, `unsubscribe` fails the consumer.
 * Matched by code, then by the description's start (servers append numbers: `of 100`).
 */
export const jsStatusRules: readonly CodeRule[] = [
  statusRule(100, 'Idle Heartbeat', V.subscriptionNotice, 'IdleHeartbeat'),
  statusRule(100, 'FlowControl Request', V.subscriptionNotice, 'FlowControlRequest'),
  statusRule(404, 'No Messages', renewPull, 'NoMessages'),
  statusRule(408, 'Request Timeout', renewPull, 'RequestTimeout'),
  statusRule(408, 'Interest Expired', renewPull, 'InterestExpired'),
  statusRule(409, 'Consumer Deleted', V.resubscribe, 'ConsumerDeleted'),
  statusRule(409, 'Exceeded MaxWaiting', V.retry, 'ExceededMaxWaiting'),
  statusRule(409, 'Message Size Exceeds MaxBytes', renewPull, 'MessageSizeExceedsMaxBytes'),
  statusRule(409, 'Batch Completed', renewPull, 'BatchCompleted'),
  statusRule(409, 'Leadership Change', renewPull, 'LeadershipChange'),
  statusRule(409, 'Server Shutdown', V.retry, 'ServerShutdown'),
  statusRule(409, 'Consumer is push based', V.unsubscribe, 'ConsumerIsPushBased'),
  statusRule(409, 'Exceeded MaxRequestBatch', V.unsubscribe, 'ExceededMaxRequestBatch'),
  statusRule(409, 'Exceeded MaxRequestExpires', V.unsubscribe, 'ExceededMaxRequestExpires'),
  statusRule(409, 'Exceeded MaxRequestMaxBytes', V.unsubscribe, 'ExceededMaxRequestMaxBytes'),
  statusRule(400, 'Bad Request', V.unsubscribe, 'BadRequest'),
  statusRule(412, 'Required Api Level', V.unsubscribe, 'RequiredApiLevel'),
  statusRule(423, 'Nats-Wrong-Pin-Id', renewPull, 'WrongPinId'),
  statusRule(503, 'No Responders', V.resubscribe, 'NoResponders'),
];

/** A status this catalog does not know: renew the pull after a backoff. */
export const jsStatusFallbackRule: CodeRule = {
  id: 'nats.js-status.unknown',
  protocol: 'nats',
  kind: 'range',
  name: 'UnknownPullStatus',
  verdict: V.retry,
  extra: { from: 100, to: 599 },
};
