import type { Verdict } from '../../codes/types.ts';
import type { DriverContext } from './DriverContext.ts';
import { type SubscriptionRecord, toMachine } from './SubscriptionRecord.ts';

/**
 * Sends a verdict about a subscription where its scope says: the subscription's machine, or the
 * connection machine (e.g. a subscribe error the catalog treats as a connection problem).
 * `ignore` verdicts change nothing, as centrifuge-js ignores them.
 */
export function routeVerdict(ctx: DriverContext, record: SubscriptionRecord, verdict: Verdict): void {
  if (verdict.scope === 'connection') ctx.report(verdict);
  else if (verdict.scope === 'subscription') {
    if (verdict.action === 'refresh-token') record.tokenExpired = true;
    toMachine(record, { type: 'server.verdict', verdict });
  }
}
