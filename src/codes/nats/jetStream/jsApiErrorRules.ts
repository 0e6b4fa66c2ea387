import type { CodeRule, VerdictSpec } from '../../types.ts';
import { NATS_VERDICTS as V } from '../natsVerdicts.ts';
import { JS_API_ERRORS } from './jsApiErrorTable.ts';

const VERDICT_OF: Record<'c' | 'r' | 'f', VerdictSpec> = { c: V.conflict, r: V.retry, f: V.fail };

/** The id of the row of one JetStream API `err_code`. */
export const jsApiErrorId = (errCode: number): string => `nats.js-api.${errCode}`;

/**
 * One row per JetStream API `err_code` (nats-server `server/errors.json`, v2.9 to v2.12): the
 * answer `{"error":{"code":503,"err_code":10008,...}}` to a `$JS.API.*` request or a publish.
 * `extra.status` is the HTTP-like `code`, `extra.since` the first release that defines it.
 */
export const jsApiErrorRules: readonly CodeRule[] = JS_API_ERRORS.map(
  ([errCode, constant, status, since, verdict]) => ({
    id: jsApiErrorId(errCode),
    protocol: 'nats',
    kind: 'js-api',
    code: errCode,
    name: constant,
    verdict: VERDICT_OF[verdict],
    extra: { status, since },
  }),
);

/**
 * err_codes this catalog does not know (a newer server): transient HTTP-like codes (429, 503)
 * retry, everything else fails.
 */
export const jsApiFallbackRules = {
  transient: {
    id: 'nats.js-api.unknown-transient',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownTransientJetStreamError',
    verdict: V.retry,
    extra: { from: 10000, to: 19999, status: [429, 503] },
  },
  other: {
    id: 'nats.js-api.unknown',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownJetStreamError',
    verdict: V.fail,
    extra: { from: 10000, to: 19999 },
  },
} as const satisfies Record<string, CodeRule>;
