import { classifyCeleriant } from './celeriant/classifyCeleriant.ts';
import { classifyCentrifugo } from './centrifugo/classifyCentrifugo.ts';
import { classifyCentrifugoLegacy } from './centrifugo/classifyCentrifugoLegacy.ts';
import { classifyNats } from './nats/classifyNats.ts';
import { applyOverrides, type VerdictOverride } from './override.ts';
import type { Signal, Verdict } from './types.ts';
import { verdictFrom } from './verdictFrom.ts';

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** Per-code overrides, as data; the first match wins over the catalog. */
  overrides?: readonly VerdictOverride[];
}

const UNKNOWN_SIGNAL = { scope: 'none', action: 'ignore' } as const;

function classifyByProtocol(signal: Signal): Verdict {
  switch (signal.protocol) {
    case 'centrifugo':
      return classifyCentrifugo(signal);
    case 'centrifugo-legacy':
      return classifyCentrifugoLegacy(signal);
    case 'nats':
      return classifyNats(signal);
    case 'celeriant':
      return classifyCeleriant(signal);
    default:
      return verdictFrom(UNKNOWN_SIGNAL, 'unknown-protocol');
  }
}

/**
 * Turns what a server said into a {@link Verdict}: scope, action and the rule that fired.
 * Never throws: a signal that is not an object or names no known protocol gets the
 * `unknown-protocol` rule and an `ignore` verdict.
 *
 * @example
 * ```ts
 * classify({ protocol: 'centrifugo', kind: 'disconnect', code: 3501 })
 * // { scope: 'connection', action: 'close', rule: 'centrifugo.disconnect.3501', ... }
 * ```
 */
export function classify(signal: Signal, options?: ClassifyOptions): Verdict {
  if (typeof signal !== 'object' || signal === null) {
    return verdictFrom(UNKNOWN_SIGNAL, 'unknown-protocol');
  }
  const verdict = classifyByProtocol(signal);
  // Checked here, not only inside applyOverrides, so the common call without overrides stays
  // small enough for V8 to inline the whole classify path into the caller.
  const overrides = options?.overrides;
  return overrides === undefined || overrides.length === 0
    ? verdict
    : applyOverrides(verdict, signal, overrides);
}

/**
 * Builds a classifier with fixed options, e.g. a session's overrides.
 * @param options - overrides applied to every signal.
 */
export function createClassifier(options: ClassifyOptions): (signal: Signal) => Verdict {
  return (signal) => classify(signal, options);
}
