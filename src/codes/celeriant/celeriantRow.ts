import type { CodeEntry, VerdictSpec } from '../types.ts';

/** The seed document the Celeriant code rows come from. */
export const CELERIANT_SEED = '001_7cb02654cb4e0e76.txt';

/** Source of a row that is in the seed; actions follow the spec note's table. */
export const SEED_SOURCE = `seed ${CELERIANT_SEED}; spec celeriant.md §4.2`;

/** Source of a row the seed lacks and the spec note found in the current server. */
export const SPEC_SOURCE = 'spec celeriant.md §4.2, §4.3 (not in the seed)';

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

/** One Celeriant code as written in a rows file. */
export interface CeleriantRowSpec {
  /** The numeric `error_code`. */
  code: number;
  /** The name in the seed (or in the server source, for codes the seed lacks). */
  name: string;
  /** The seed's meaning text. */
  message: string;
  /** What it means for a client, in a sentence or two. */
  description: string;
  /** What the session does. */
  verdict: VerdictSpec;
  /** How to fix it: imperative, one or two sentences, no markdown. */
  remediation: string;
  /** The spec note's action class. */
  actionClass: CeleriantActionClass;
  /** What the server does with the connection after the error frame. */
  connection: CeleriantConnectionEffect;
  /** The JSON-in-message shape (spec §1.6), when known. */
  detailShape?: string;
  /** Defaults to {@link SEED_SOURCE}. */
  source?: string;
  /** More row data, e.g. `fanOut` or the verdict to use in another context. */
  extra?: Record<string, unknown>;
}

/** Turns a rows-file entry into a catalog row (id `celeriant.<code>`, kind `error`). */
export function celeriantRow(spec: CeleriantRowSpec): CodeEntry {
  const extra: Record<string, unknown> = { actionClass: spec.actionClass, connection: spec.connection };
  if (spec.detailShape !== undefined) extra.detailShape = spec.detailShape;
  return {
    id: `celeriant.${spec.code}`,
    protocol: 'celeriant',
    kind: 'error',
    code: spec.code,
    name: spec.name,
    message: spec.message,
    description: spec.description,
    verdict: spec.verdict,
    remediation: spec.remediation,
    source: spec.source ?? SEED_SOURCE,
    extra: { ...extra, ...spec.extra },
  };
}
