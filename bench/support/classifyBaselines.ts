/**
 * The hand-written baselines `classify()` is compared with (bench/classify.bench.ts and the
 * side-by-side bench), and the signals both sides get.
 */
import type { Signal } from '../../src/codes/types.ts';

// The hand-written baselines: what an SDK without a catalog would write (centrifuge-js and
// nats.js style). They return the facts a verdict carries (scope, action, the rule that fired and
// the code or text), so the comparison measures the catalog, not a smaller answer that V8 can
// fold into a constant.
export interface Baseline {
  scope: string;
  action: string;
  rule: string;
  code?: number;
  reason?: string;
}
export function switchCentrifugoDisconnect(code: number): Baseline {
  if (code === 3014) return { scope: 'connection', action: 'reconnect', rule: 'state-invalidated', code };
  if (code >= 3500 && code < 4000) return { scope: 'connection', action: 'close', rule: 'range-3500', code };
  if (code >= 4500 && code < 5000) return { scope: 'connection', action: 'close', rule: 'range-4500', code };
  return { scope: 'connection', action: 'reconnect', rule: 'default', code };
}
export function switchCeleriant(code: number): Baseline {
  switch (code) {
    case 2002:
      return { scope: 'request', action: 'succeed', rule: 'idempotent', code };
    case 2003:
    case 4002:
      return { scope: 'request', action: 'conflict', rule: 'occ', code };
    case 2011:
    case 3005:
    case 4006:
    case 2027:
      return { scope: 'request', action: 'redirect', rule: 'not-leader', code };
    case 2012:
    case 2013:
    case 3006:
    case 4007:
    case 11000:
      return { scope: 'request', action: 'retry', rule: 'busy', code };
    case 8002:
    case 8003:
    case 8004:
      return { scope: 'subscription', action: 'resubscribe', rule: 'watch', code };
    default:
      return { scope: 'request', action: 'fail', rule: 'default', code };
  }
}
// nats.js style: lower-case the text and test substrings in order.
export function switchNats(text: string): Baseline {
  const t = text.toLowerCase();
  if (t.includes('permissions violation'))
    return { scope: 'subscription', action: 'unsubscribe', rule: 'permissions', reason: text };
  if (
    t.includes('authorization violation') ||
    t.includes('authentication expired') ||
    t.includes('authentication timeout')
  )
    return { scope: 'connection', action: 'refresh-token', rule: 'auth', reason: text };
  if (t.includes('stale connection'))
    return { scope: 'connection', action: 'reconnect', rule: 'stale', reason: text };
  if (t.includes('maximum payload'))
    return { scope: 'connection', action: 'reconnect', rule: 'payload', reason: text };
  return { scope: 'connection', action: 'reconnect', rule: 'default', reason: text };
}

export const centrifugoCodes = [3000, 3001, 3004, 3500, 3501, 3503, 4000, 4501, 3012, 3014];
export const celeriantCodes = [2002, 2003, 2011, 2012, 2013, 1001, 3005, 8002, 11000, 4002];
export const natsTexts = [
  "'Authorization Violation'",
  '\'Permissions Violation for Subscription to "foo.bar"\'',
  "'Stale Connection'",
  "'Maximum Payload Violation'",
  "'User Authentication Expired'",
  "'Unknown Protocol Operation'",
];
export const centrifugoSignals: Signal[] = centrifugoCodes.map((code) => ({
  protocol: 'centrifugo',
  kind: 'disconnect',
  code,
}));
export const celeriantSignals: Signal[] = celeriantCodes.map((code) => ({
  protocol: 'celeriant',
  kind: 'error',
  code,
}));
export const natsSignals: Signal[] = natsTexts.map((text) => ({ protocol: 'nats', kind: 'err', text }));
