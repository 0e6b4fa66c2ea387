import type { CodeEntry, EntryKind, VerdictSpec } from '../types.ts';

/** Where NATS rows come from: the two seed documents and the spec note. */
export const NATS_SOURCES = {
  /** nats-server error constants, messages and close reasons. */
  serverSeed: '000_e20b104900374d61.txt',
  /** nats.py error classes. */
  clientSeed: '003_3311b233158eb571.txt',
} as const;

/** The fields a row file writes; the builder adds protocol, kind and id. */
export interface NatsRowInput {
  /** Text matched case-insensitively (a substring for `-ERR`), or the qualified class name. */
  text: string;
  /** Short machine-friendly name: the server constant or the class name. */
  name: string;
  /** What the server or library says; defaults to `text`. */
  message?: string;
  /** What it means, in a sentence or two. */
  description: string;
  /** What the session does. */
  verdict: VerdictSpec;
  /** How to fix it: imperative, one or two sentences. */
  remediation: string;
  /** Seed file name or spec section. */
  source: string;
  /** Overrides the id suffix when the text makes a poor or duplicate one. */
  slug?: string;
  /** Extra data: constant, wire flag, nats.js equivalent, family, ... */
  extra?: Record<string, unknown>;
}

/** Lower-case, dash-separated id suffix for a text: `Stale Connection` ⇒ `stale-connection`. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Builds one NATS catalog row. Ids read `nats.<kind>.<slug>`; text rows slug their text,
 * class rows keep the class name so ids match the names users search for.
 */
export function natsRow(kind: EntryKind, input: NatsRowInput): CodeEntry {
  const { slug, message, extra, ...rest } = input;
  const suffix = slug ?? (kind === 'client-error' ? input.name : slugOf(input.text));
  const row: CodeEntry = {
    id: `nats.${kind}.${suffix}`,
    protocol: 'nats',
    kind,
    ...rest,
    message: message ?? input.text,
  };
  if (extra) row.extra = extra;
  return row;
}

/** Optional parts of {@link serverErrRow}. */
export interface ServerErrOptions {
  /** True when clients receive this text in `-ERR`; false for server-side errors only. */
  wire?: boolean;
  /** The exact text on the wire, when its case differs from the seed. */
  message?: string;
  /** The ClosedState the server closes the connection with after it. */
  closeReason?: string;
}

/**
 * A row for one nats-server error of seed 000: kind `err`, named after its constant, with the
 * constant and whether clients receive it kept in `extra`.
 */
export function serverErrRow(
  text: string,
  constant: string,
  verdict: VerdictSpec,
  description: string,
  remediation: string,
  options: ServerErrOptions = {},
): CodeEntry {
  const name = constant.startsWith('Err') ? constant : constant.replace(/[^A-Za-z0-9]+/g, '');
  const extra: Record<string, unknown> = { constant, wire: options.wire ?? false };
  if (options.closeReason) extra.closeReason = options.closeReason;
  const input: NatsRowInput = {
    text,
    name,
    description,
    verdict,
    remediation,
    source: NATS_SOURCES.serverSeed,
    extra,
  };
  if (options.message) input.message = options.message;
  return natsRow('err', input);
}

/** The library families of client error classes (seed 003 and spec nats.md §6). */
export type ClientErrorFamily = 'core' | 'jetstream' | 'kv' | 'objectstore' | 'micro';

/** The fields of one client error class row. */
export interface ClientErrInput {
  /** The class name, e.g. `ConnectionClosedError`. */
  name: string;
  /** The library family it belongs to. */
  family: ClientErrorFamily;
  /** The module that defines it, e.g. `nats.errors`; `text` is `<module>.<name>`. */
  module: string;
  /** The nats.js v3 class a session sees instead, or null when nats.js raises none. */
  natsJs: string | null;
  /** What nats.js does or says instead, when the class alone does not tell. */
  natsJsNote?: string;
  /** The nats.js error's `name` property, when it differs from its class name. */
  natsJsName?: string;
  /** What the session does. */
  verdict: VerdictSpec;
  /** What it means, in a sentence or two. */
  description: string;
  /** How to fix it: imperative, one or two sentences. */
  remediation: string;
  /** Id suffix, when the class name is not unique (two families have `Error`). */
  slug?: string;
  /** Defaults to the nats.py seed. */
  source?: string;
}

/**
 * A row for one client error class. `text` is the qualified class name so that substring lookups
 * of free text never land on a bare class name such as `Error`; classification matches the
 * class name, the qualified name or the nats.js equivalent exactly.
 */
export function clientErrRow(input: ClientErrInput): CodeEntry {
  const extra: Record<string, unknown> = { family: input.family, module: input.module, natsJs: input.natsJs };
  if (input.natsJsNote) extra.natsJsNote = input.natsJsNote;
  if (input.natsJsName) extra.natsJsName = input.natsJsName;
  const row: NatsRowInput = {
    text: `${input.module}.${input.name}`,
    name: input.name,
    message: input.name,
    description: input.description,
    verdict: input.verdict,
    remediation: input.remediation,
    source: input.source ?? NATS_SOURCES.clientSeed,
    extra,
  };
  if (input.slug) row.slug = input.slug;
  return natsRow('client-error', row);
}
