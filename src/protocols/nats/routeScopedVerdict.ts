import type { Verdict } from '../../codes/types.ts';
import type { SubscriptionEntry } from './natsSubscription.ts';
import { permissionTarget } from './permissionTarget.ts';
import type { RequestMux } from './requestMux.ts';

/**
 * Delivers a subscription- or request-scope verdict (a permissions violation) to the one
 * subscription or the requests it names; the connection is not touched. A violation on the
 * request inbox itself fails every pending request.
 */
export function routeScopedVerdict(
  verdict: Verdict,
  subscriptions: Iterable<SubscriptionEntry>,
  mux: RequestMux,
  muxSid: number | undefined,
): void {
  const target = permissionTarget(verdict);
  if (verdict.scope === 'request') {
    mux.failSubject(target.subject, verdict);
    return;
  }
  if (verdict.scope !== 'subscription' || target.subject === undefined) return;
  for (const entry of subscriptions) {
    const { subject, queue, sid } = entry;
    if (subject !== target.subject || (target.queue !== undefined && target.queue !== queue)) continue;
    entry.verdict(verdict);
    if (sid === muxSid) mux.failSubject(undefined, verdict);
  }
}
