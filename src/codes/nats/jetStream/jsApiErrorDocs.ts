import type { CodeDoc } from '../../types.ts';
import { jsApiErrorRules } from './jsApiErrorRules.ts';
import { JS_API_ERROR_TEXTS, JS_API_REMEDIATIONS } from './jsApiErrorTexts.ts';

/** Where the JetStream API rows come from. */
export const JS_ERRORS_SOURCE =
  'nats-server server/errors.json, tags v2.9.0 to v2.12.15 (github.com/nats-io/nats-server)';

/** The documentation of every JetStream API row, keyed by rule id (built on first use). */
export function jsApiErrorDocs(): Record<string, CodeDoc> {
  const docs: Record<string, CodeDoc> = {
    'nats.js-api.unknown-transient': {
      message: 'an err_code this catalog does not know, with code 429 or 503',
      description: 'A newer server sent an err_code missing here; its HTTP-like code says it is transient.',
      remediation: 'Retry with backoff; report the err_code so a row can be added.',
      source: JS_ERRORS_SOURCE,
    },
    'nats.js-api.unknown': {
      message: 'an err_code this catalog does not know',
      description: 'A newer server sent an err_code missing here; the request is not retried.',
      remediation: 'Read the description the server sent and fix the request; report the err_code.',
      source: JS_ERRORS_SOURCE,
    },
  };
  for (const rule of jsApiErrorRules) {
    const [message, remediationIndex] = JS_API_ERROR_TEXTS[rule.code ?? 0] ?? ['', -1];
    const remediation = JS_API_REMEDIATIONS[remediationIndex] ?? '';
    const status = String(rule.extra?.status);
    docs[rule.id] = {
      message,
      description: `The JetStream API answered {"error":{"code":${status},"err_code":${rule.code}}} (${rule.name}, since nats-server ${String(rule.extra?.since)}).`,
      remediation,
      source: JS_ERRORS_SOURCE,
    };
  }
  return docs;
}
