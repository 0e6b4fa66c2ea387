import type { CodeDoc, CodeRule } from '../../types.ts';
import { jsApiErrorDocs } from './jsApiErrorDocs.ts';
import { jsApiErrorRules, jsApiFallbackRules } from './jsApiErrorRules.ts';
import { jsLocalDocs } from './jsLocalDocs.ts';
import { jsLocalRules } from './jsLocalRules.ts';
import { jsStatusDocs } from './jsStatusDocs.ts';
import { jsStatusFallbackRule, jsStatusRules } from './jsStatusRules.ts';

/**
 * Every JetStream row: API err_codes, pull statuses, their fallbacks and the local rows. Built on
 * call so that only the catalog (and the JetStream classifier) pays for them.
 */
export function jetStreamRules(): CodeRule[] {
  return [
    ...jsApiErrorRules,
    jsApiFallbackRules.transient,
    jsApiFallbackRules.other,
    ...jsStatusRules,
    jsStatusFallbackRule,
    ...jsLocalRules,
  ];
}

/** The documentation of every JetStream row, keyed by rule id. */
export function jetStreamDocs(): Record<string, CodeDoc> {
  return { ...jsApiErrorDocs(), ...jsStatusDocs, ...jsLocalDocs };
}
