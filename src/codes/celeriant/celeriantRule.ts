import type { CodeRule, VerdictSpec } from '../types.ts';

/** What the server does with the TCP connection after sending the error (spec §1.9). */
export type CeleriantConnectionEffect = 'stays-open' | 'closes' | 'replication-port' | 'unknown';

/**
 * The spec note's action classes (§4.1): S success, OCC re-read, HOLD same sequence, REDIR
 * leader, BO back off, FAIL permanent, INT server internal, NF not found, FANOUT per shard,
 * RESUB watch ended, AUTH handshake, N/A never on the client port.
 */
export type CeleriantActionClass =
  | 'S'
  | 'OCC'
  | 'HOLD'
  | 'REDIR'
  | 'BO'
  | 'FAIL'
  | 'INT'
  | 'NF'
  | 'FANOUT'
  | 'RESUB'
  | 'AUTH'
  | 'N/A';

/** One Celeriant code as written in a rules file. */
export interface CeleriantRuleSpec {
  /** The numeric `error_code`. */
  code: number;
  /** The name in the seed (or in the server source, for codes the seed lacks). */
  name: string;
  /** What the session does. */
  verdict: VerdictSpec;
  /** The spec note's action class. */
  actionClass: CeleriantActionClass;
  /** What the server does with the connection after the error frame. */
  connection: CeleriantConnectionEffect;
  /** The JSON-in-message shape (spec §1.6), when known. */
  detailShape?: string;
  /** More row data, e.g. `fanOut` or the verdict to use in another context. */
  extra?: Record<string, unknown>;
}

/** Turns a rules-file entry into a catalog rule (id `celeriant.<code>`, kind `error`). */
export function celeriantRule(spec: CeleriantRuleSpec): CodeRule {
  const extra: Record<string, unknown> = { actionClass: spec.actionClass, connection: spec.connection };
  if (spec.detailShape !== undefined) extra.detailShape = spec.detailShape;
  return {
    id: `celeriant.${spec.code}`,
    protocol: 'celeriant',
    kind: 'error',
    code: spec.code,
    name: spec.name,
    verdict: spec.verdict,
    extra: { ...extra, ...spec.extra },
  };
}
