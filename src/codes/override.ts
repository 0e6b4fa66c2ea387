import type { Protocol, Signal, Verdict, VerdictSpec } from './types.ts';
import { buildVerdict } from './verdictFrom.ts';

/**
 * A per-code override, as data: "treat Centrifugo disconnect 3501 as reconnect".
 * Matches on protocol, and optionally kind, an exact code, a code range or a text
 * (case-insensitive substring, like NATS `-ERR` matching).
 */
export interface VerdictOverride {
  /** The protocol the override applies to. */
  protocol: Protocol;
  /** Only signals of this kind (e.g. `disconnect`, `close`, `err`). */
  kind?: string;
  /** An exact code. */
  code?: number;
  /** An inclusive code range `[from, to]`. */
  range?: readonly [number, number];
  /** A case-insensitive substring of the signal text, reason or name. */
  text?: string;
  /** The verdict to use instead. */
  verdict: VerdictSpec;
  /** Optional label; the verdict's `rule` becomes `override.<id>`. */
  id?: string;
}

function signalCode(signal: Signal): number | undefined {
  return 'code' in signal && typeof signal.code === 'number' ? signal.code : undefined;
}

function signalText(signal: Signal): string | undefined {
  if ('text' in signal) return signal.text;
  if ('name' in signal) return signal.name;
  if ('reason' in signal) return signal.reason;
  if ('message' in signal) return signal.message;
  return undefined;
}

/** True when an override matches the signal. */
export function overrideMatches(override: VerdictOverride, signal: Signal): boolean {
  if (override.protocol !== signal.protocol) return false;
  if (override.kind !== undefined && override.kind !== signal.kind) return false;
  const code = signalCode(signal);
  if (override.code !== undefined && override.code !== code) return false;
  if (override.range !== undefined) {
    if (code === undefined || code < override.range[0] || code > override.range[1]) return false;
  }
  if (override.text !== undefined) {
    const text = signalText(signal);
    if (typeof text !== 'string') return false;
    if (!text.toLowerCase().includes(override.text.toLowerCase())) return false;
  }
  return true;
}

/** Applies the first matching override to a verdict the catalog produced. */
export function applyOverrides(
  verdict: Verdict,
  signal: Signal,
  overrides: readonly VerdictOverride[] | undefined,
): Verdict {
  if (!overrides) return verdict;
  // A plain loop and no spreads: this runs for every frame of a session that has overrides.
  for (let index = 0; index < overrides.length; index++) {
    const override = overrides[index] as VerdictOverride;
    if (!overrideMatches(override, signal)) continue;
    const label = override.id ?? `${override.protocol}.${index}`;
    const { entry, code, reason, target, details } = verdict;
    return buildVerdict(override.verdict, `override.${label}`, entry, code, reason, target, details);
  }
  return verdict;
}
