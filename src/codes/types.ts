/**
 * The vocabulary every layer shares: what a server said (a {@link Signal}), one row of the
 * catalog (a {@link CodeRule} and its {@link CodeDoc}, together a {@link CodeEntry}) and what
 * the session should do about it (a {@link Verdict}).
 *
 * Plain data only: this file has no runtime code, so `codestate/codes` stays free of xstate.
 */

/**
 * The server families codestate understands, and `client`: what the client observes itself on
 * any of them (a socket error, a timeout, an app call), so those causes have catalog rows too.
 */
export type Protocol = 'centrifugo' | 'centrifugo-legacy' | 'nats' | 'celeriant' | 'client';

/** Which part of a session a verdict is about. */
export type Scope = 'connection' | 'subscription' | 'request' | 'none';

/** What the session does next. Machines read this, never the raw code. */
export type Action =
  /** connection: drop, back off, connect again */
  | 'reconnect'
  /** connection: terminal; stays closed until the app calls connect() */
  | 'close'
  /** connection or subscription: get fresh credentials, then try again */
  | 'refresh-token'
  /** request or connection: go to `verdict.target` (the leader) now */
  | 'redirect'
  /** subscription: back to subscribing */
  | 'resubscribe'
  /** subscription: terminal for that subscription only */
  | 'unsubscribe'
  /** request: back off, resend the same request (same client sequence) */
  | 'retry'
  /** request: already done (e.g. Celeriant 2002) */
  | 'succeed'
  /** request: re-read, decide again, new client sequence (optimistic concurrency) */
  | 'conflict'
  /** request: permanent, do not retry */
  | 'fail'
  /** informational: no state change */
  | 'ignore';

/** Every {@link Action}, in a stable order (for docs, tests and exhaustiveness checks). */
export const ACTIONS: readonly Action[] = [
  'reconnect',
  'close',
  'refresh-token',
  'redirect',
  'resubscribe',
  'unsubscribe',
  'retry',
  'succeed',
  'conflict',
  'fail',
  'ignore',
];

/** Every {@link Scope}, in a stable order. */
export const SCOPES: readonly Scope[] = ['connection', 'subscription', 'request', 'none'];

/** Extra effects a verdict may ask for, beside its action. */
export interface VerdictFlags {
  /** Forget stream positions (Centrifugo 3014 / 2502, Celeriant watch re-read). */
  resetPosition?: boolean;
  /** Forget the cached token so the next attempt fetches a fresh one. */
  clearToken?: boolean;
  /** Skip the backoff wait for this one attempt. */
  immediate?: boolean;
}

/** The verdict part of a catalog row: scope, action and flags. */
export interface VerdictSpec extends VerdictFlags {
  /** Which part of the session the row is about. */
  scope: Scope;
  /** What the session does next. */
  action: Action;
}

/**
 * What the session should do about one thing a server said.
 * `rule` always names the catalog row id or the range/default rule that fired.
 */
export interface Verdict extends VerdictSpec {
  /** Id of the catalog row or range rule that fired, e.g. `centrifugo.disconnect.3500-3999`. */
  rule: string;
  /**
   * The catalog rule, when one matched; call `explain(verdict)` or `lookup()` for its message,
   * description and remediation.
   */
  entry?: CodeRule;
  /** The numeric code the server sent, when it sent one. */
  code?: number;
  /** The reason or message text the server sent, when it sent one. */
  reason?: string;
  /** Redirect target, e.g. a Celeriant leader `host:port`. */
  target?: string;
  /** Parsed server details (Celeriant JSON-in-message, NATS subject, ...). */
  details?: unknown;
}

/** When a Centrifugo reply error arrived. */
/**
 * The command a reply error answered. `subscribe-strict` is a subscribe that asked the server to
 * refuse a position it cannot recover (centrifuge-js `getState`, flag `rejectUnrecovered`): 112
 * then means "load the state again", not "give up".
 */
export type CentrifugoErrorPhase = 'connect' | 'subscribe' | 'subscribe-strict' | 'refresh' | 'call';

/**
 * Something the client saw or decided itself, with no server code to classify: a lame-duck INFO,
 * an exhausted server pool, a lost watch stream, a refused `getToken`. `rule` names the catalog
 * row (kind `local`, or `client` for centrifuge-js's own codes) that decides, so these verdicts
 * come from the catalog like any other. An id the protocol has no such row for is ignored.
 */
export interface LocalSignal<P extends Protocol = Protocol> {
  protocol: P;
  kind: 'local';
  /** The row id, e.g. `nats.info.ldm`. */
  rule: string;
  /** The code to report, when the client-side cause has one. */
  code?: number;
  /** What happened, in words, for the status and logs. */
  reason?: string;
  /** The server verdict behind it, if any: its code, reason, row and details are kept. */
  cause?: Verdict;
}

/** What a Centrifugo server said. */
export type CentrifugoSignal =
  | LocalSignal<'centrifugo'>
  | { protocol: 'centrifugo'; kind: 'disconnect'; code: number; reason?: string }
  | { protocol: 'centrifugo'; kind: 'close'; code: number; reason?: string }
  | { protocol: 'centrifugo'; kind: 'unsubscribe'; code: number; reason?: string }
  | {
      protocol: 'centrifugo';
      kind: 'error';
      code: number;
      message?: string;
      temporary?: boolean;
      during: CentrifugoErrorPhase;
    };

/** What a Centrifugo server of the legacy (<= 3.1) numbering said. */
export interface CentrifugoLegacySignal {
  protocol: 'centrifugo-legacy';
  kind: 'close' | 'disconnect';
  code: number;
  reason?: string;
}

/** What a NATS server (or client library) said. */
export type NatsSignal =
  | LocalSignal<'nats'>
  | { protocol: 'nats'; kind: 'err'; text: string }
  | { protocol: 'nats'; kind: 'close-reason'; reason: string }
  | { protocol: 'nats'; kind: 'client-error'; name: string };

/** What a Celeriant server said in an ErrorResponse. */
export interface CeleriantErrorSignal {
  protocol: 'celeriant';
  kind: 'error';
  code: number;
  message?: string;
}

/**
 * A Celeriant server verdict carried to the part of the session that sent the request: a watch
 * (`scope: 'subscription'`) or an operation (`scope: 'request'`). A verdict that already has that
 * scope is kept; any other gets the catalog's re-scope row (rule `celeriant.watch.server-*` or
 * `celeriant.request.server-fail`), keeping the server's code, row and details.
 */
export interface CeleriantRescopeSignal {
  protocol: 'celeriant';
  kind: 'rescope';
  /** The part of the session the verdict is for. */
  scope: 'subscription' | 'request';
  /** The server's verdict, as `classify()` gave it. */
  cause: Verdict;
  /** The reason to report; the cause's reason when left out. */
  reason?: string;
}

/** What a Celeriant server said, or what its session saw itself. */
export type CeleriantSignal = CeleriantErrorSignal | CeleriantRescopeSignal | LocalSignal<'celeriant'>;

/**
 * What the client observed itself on any protocol (rows of protocol `client`): the machines record
 * these rule ids directly, so only `classifyClient()` and tools take this signal, not `classify()`.
 */
export type ClientSignal = LocalSignal<'client'>;

/** The input of `classify()`: the protocol and what arrived. */
export type Signal = CentrifugoSignal | CentrifugoLegacySignal | NatsSignal | CeleriantSignal;

/** The kinds of catalog rows. */
export type EntryKind =
  | 'disconnect'
  | 'unsubscribe'
  | 'error'
  | 'client'
  | 'server-api'
  | 'err'
  | 'close-reason'
  | 'client-error'
  | 'js-api'
  | 'js-status'
  | 'local'
  | 'range';

/**
 * What classification needs of one catalog row: plain, JSON-serialisable data, short enough that
 * every classifier can ship all of them. A rule names a `code` (numbers) or a `text` (NATS texts,
 * class names, close reasons). Its documentation is a {@link CodeDoc} with the same id.
 */
export interface CodeRule {
  /** Stable id, e.g. `centrifugo.disconnect.3500`, `nats.err.authorization-violation`. */
  id: string;
  /** The server family. */
  protocol: Protocol;
  /** What kind of signal the row answers. */
  kind: EntryKind;
  /** The numeric code, when the server sends one. */
  code?: number;
  /** The text matched (case-insensitive substring for NATS `-ERR`), or a class/reason name. */
  text?: string;
  /** A short machine-friendly name, e.g. `InvalidToken`, `ErrAuthentication`. */
  name: string;
  /** What the session does. */
  verdict: VerdictSpec;
  /** The server's own temporary/reconnect flag, where it has one. */
  temporary?: boolean;
  /** Free-form extra data (detail shapes, legacy reconnect flag, nats.js class, ...). */
  extra?: Record<string, unknown>;
}

/**
 * The documentation of one catalog row, kept apart from its {@link CodeRule} so that an app that
 * only classifies does not ship the text: only `catalog()`, `lookup()` and `explain()` load it.
 */
export interface CodeDoc {
  /** The message the server sends with the code. */
  message: string;
  /** What it means, in a sentence or two. */
  description: string;
  /** How to fix it: imperative, one or two sentences, no markdown. */
  remediation: string;
  /** Seed file name or spec section the row comes from. */
  source: string;
}

/** One row of the catalog: its rule and its documentation, as `catalog()` and `lookup()` return it. */
export interface CodeEntry extends CodeRule, CodeDoc {}
