import type { CodeRule, EntryKind, VerdictSpec } from '../types.ts';

/** The fields a rules file writes; the builder adds protocol, kind and id. */
export interface NatsRuleInput {
  /** Text matched case-insensitively (a substring for `-ERR`), or the qualified class name. */
  text: string;
  /** Short machine-friendly name: the server constant or the class name. */
  name: string;
  /** What the session does. */
  verdict: VerdictSpec;
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
 * Builds one NATS catalog rule. Ids read `nats.<kind>.<slug>`; text rules slug their text,
 * class rules keep the class name so ids match the names users search for.
 */
export function natsRule(kind: EntryKind, input: NatsRuleInput): CodeRule {
  const { slug, extra, ...rest } = input;
  const suffix = slug ?? (kind === 'client-error' ? input.name : slugOf(input.text));
  const rule: CodeRule = { id: `nats.${kind}.${suffix}`, protocol: 'nats', kind, ...rest };
  if (extra) rule.extra = extra;
  return rule;
}

/** Optional parts of {@link serverErrRule}. */
export interface ServerErrOptions {
  /** True when clients receive this text in `-ERR`; false for server-side errors only. */
  wire?: boolean;
  /** The ClosedState the server closes the connection with after it. */
  closeReason?: string;
}

/**
 * A rule for one nats-server error of seed 000: kind `err`, named after its constant, with the
 * constant and whether clients receive it kept in `extra`.
 */
export function serverErrRule(
  text: string,
  constant: string,
  verdict: VerdictSpec,
  options: ServerErrOptions = {},
): CodeRule {
  const name = constant.startsWith('Err') ? constant : constant.replace(/[^A-Za-z0-9]+/g, '');
  const extra: Record<string, unknown> = { constant, wire: options.wire ?? false };
  if (options.closeReason) extra.closeReason = options.closeReason;
  return natsRule('err', { text, name, verdict, extra });
}

/** The library families of client error classes (seed 003 and spec nats.md §6). */
export type ClientErrorFamily = 'core' | 'jetstream' | 'kv' | 'objectstore' | 'micro';

/** The fields of one client error class rule. */
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
  /** Id suffix, when the class name is not unique (two families have `Error`). */
  slug?: string;
}

/**
 * A rule for one client error class. `text` is the qualified class name so that substring lookups
 * of free text never land on a bare class name such as `Error`; classification matches the
 * class name, the qualified name or the nats.js equivalent exactly.
 */
export function clientErrRule(input: ClientErrInput): CodeRule {
  const extra: Record<string, unknown> = { family: input.family, module: input.module, natsJs: input.natsJs };
  if (input.natsJsNote) extra.natsJsNote = input.natsJsNote;
  if (input.natsJsName) extra.natsJsName = input.natsJsName;
  const rule: NatsRuleInput = {
    text: `${input.module}.${input.name}`,
    name: input.name,
    verdict: input.verdict,
    extra,
  };
  if (input.slug) rule.slug = input.slug;
  return natsRule('client-error', rule);
}
