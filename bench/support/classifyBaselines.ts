/**
 * The hand-written baselines `classify()` is compared with (bench/classify.bench.ts and the
 * side-by-side bench), and the signals both sides get.
 */
import { natsErrRules } from '../../src/codes/nats/natsRules.ts';
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
/**
 * nats.js style: lower-case the text and test substrings in order. A Permissions Violation also
 * reads the operation, subject and queue out of the text as nats.js's
 * `PermissionViolationError.parse` does (its own expressions), since nats.js needs them to find
 * the subscription to fail and classify() returns them as the verdict's details.
 */
export function switchNats(text: string): Baseline & { details?: unknown } {
  const t = text.toLowerCase();
  if (t.includes('permissions violation')) {
    let details: { operation: string; subject: string; queue?: string } = {
      operation: 'publish',
      subject: '',
    };
    const m = text.match(/(Publish|Subscription) to "(\S+)"/);
    if (m) {
      const operation = (m[1] as string).toLowerCase();
      const queue = operation === 'subscription' ? text.match(/using queue "(\S+)"/)?.[1] : undefined;
      details =
        queue === undefined
          ? { operation, subject: m[2] as string }
          : { operation, subject: m[2] as string, queue };
    }
    return { scope: 'subscription', action: 'unsubscribe', rule: 'permissions', reason: text, details };
  }
  return connectionRuleOf(text, t);
}

/**
 * {@link switchNats} without reading the subject of a Permissions Violation: the baseline of
 * earlier runs, which answered with less than classify() does (informational).
 */
export function switchNatsWithoutDetails(text: string): Baseline {
  const t = text.toLowerCase();
  if (t.includes('permissions violation'))
    return { scope: 'subscription', action: 'unsubscribe', rule: 'permissions', reason: text };
  return connectionRuleOf(text, t);
}

/** The rest of the chain both NATS switches share; `t` is `text` lower-cased. */
function connectionRuleOf(text: string, t: string): Baseline {
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

/** What the floor baseline names as the row that fired (classify's verdicts carry their row). */
interface FloorRow {
  readonly id: string;
}
const FLOOR_ROWS = {
  invalidated: { id: 'centrifugo.disconnect.3014' },
  range3500: { id: 'centrifugo.disconnect.range-3500' },
  range4500: { id: 'centrifugo.disconnect.range-4500' },
  other: { id: 'centrifugo.disconnect.default' },
  unknown: { id: 'unknown-protocol' },
} satisfies Record<string, FloorRow>;

/**
 * The floor for `classify()` on Centrifugo disconnect codes: the same switch as
 * {@link switchCentrifugoDisconnect}, doing the work `classify()` cannot skip: it takes the
 * untrusted signal object (not a number the caller already checked), checks protocol and kind,
 * keeps only a safe integer code and a bounded string reason, and names the row that fired on the
 * result. What `classify()` costs beyond this is its catalog: table lookups and verdict templates.
 */
export function validatingSwitchCentrifugo(signal: Signal): Baseline & { entry: FloorRow } {
  if (
    typeof signal !== 'object' ||
    signal === null ||
    signal.protocol !== 'centrifugo' ||
    signal.kind !== 'disconnect'
  )
    return { scope: 'none', action: 'ignore', rule: 'unknown-protocol', entry: FLOOR_ROWS.unknown };
  const raw = signal.code;
  const code = typeof raw === 'number' && ((raw | 0) === raw || Number.isSafeInteger(raw)) ? raw : undefined;
  const text = signal.reason;
  const reason =
    typeof text === 'string' && text !== '' ? (text.length > 1024 ? text.slice(0, 1024) : text) : undefined;
  const scope = 'connection';
  let action = 'reconnect';
  let entry: FloorRow = FLOOR_ROWS.other;
  if (code === 3014) entry = FLOOR_ROWS.invalidated;
  else if (code !== undefined && code >= 3500 && code < 4000) {
    action = 'close';
    entry = FLOOR_ROWS.range3500;
  } else if (code !== undefined && code >= 4500 && code < 5000) {
    action = 'close';
    entry = FLOOR_ROWS.range4500;
  }
  if (reason === undefined)
    return code === undefined
      ? { scope, action, rule: entry.id, entry }
      : { scope, action, rule: entry.id, entry, code };
  return code === undefined
    ? { scope, action, rule: entry.id, entry, reason }
    : { scope, action, rule: entry.id, entry, code, reason };
}

/** Every `-ERR` row's text, lower-cased, most specific first (the order classify() matches in). */
const ALL_ERR_TEXTS = natsErrRules.flatMap((row) =>
  row.text === undefined ? [] : [{ text: row.text.toLowerCase(), row }],
);

/**
 * The same-knowledge baseline for NATS `-ERR` texts: nats.js's lower-case-and-`includes` chain
 * (as {@link switchNats}), but over every `-ERR` text the catalog knows (about 200), not five. It
 * shows what matching against the whole catalog costs without classify()'s first-word index.
 */
export function chainOverAllNatsTexts(text: string): Baseline {
  const t = text.toLowerCase();
  for (const { text: known, row } of ALL_ERR_TEXTS) {
    if (t.includes(known))
      return { scope: row.verdict.scope, action: row.verdict.action, rule: row.id, reason: text };
  }
  return { scope: 'connection', action: 'reconnect', rule: 'default', reason: text };
}
