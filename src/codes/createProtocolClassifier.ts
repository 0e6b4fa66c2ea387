import { applyOverrides, type VerdictOverride } from './override.ts';
import type { Signal, Verdict } from './types.ts';

/**
 * Builds a session's classifier from ONE protocol's classify function and the app's overrides.
 * Sessions use this instead of `classify()`, which imports every protocol's catalog rows: a NATS
 * browser bundle then carries no Centrifugo or Celeriant rows.
 *
 * @example
 * ```ts
 * const classify = createProtocolClassifier(classifyNats, [
 *   { protocol: 'nats', kind: 'err', text: 'maximum payload', verdict: { scope: 'none', action: 'ignore' } },
 * ]);
 * ```
 * @param classifyProtocol - e.g. `classifyNats`, `classifyCentrifugo`, `classifyCeleriant`.
 * @param overrides - per-code overrides, as data; the first match wins over the catalog.
 */
export function createProtocolClassifier<S extends Signal>(
  classifyProtocol: (signal: S) => Verdict,
  overrides?: readonly VerdictOverride[],
): (signal: S) => Verdict {
  return (signal) => applyOverrides(classifyProtocol(signal), signal, overrides);
}
