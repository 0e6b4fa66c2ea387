import type { Verdict } from '../../codes/types.ts';
import { transportFallback } from './clientVerdict.ts';
import type { DriverCore } from './DriverCore.ts';

/** A connection verdict's effects on what the driver keeps (token, positions). */
export function applyVerdictFlags(core: DriverCore, verdict: Verdict): void {
  core.token.onVerdict(verdict);
  if (verdict.resetPosition) {
    core.ctx.channels.invalidateAll();
    core.serverSubs.invalidate();
  }
}

/** Hands a verdict about the current socket to the machine (`DriverContext.report`). */
export function reportVerdict(core: DriverCore, verdict: Verdict): void {
  const { gens } = core;
  if (!gens.isCurrent(gens.current)) return;
  // The server spoke over this transport: it works, the session keeps it (centrifuge-js).
  core.plan.worked();
  applyVerdictFlags(core, verdict);
  gens.report(gens.current, verdict);
}

/**
 * Reports a transport failure of socket `gen`. Before any transport worked, the plan moves to
 * the next transport of the list: at once during the first round (a catalog verdict with
 * `immediate`), with backoff after it. The plan moves before the machine hears of the end, so
 * the status of that transition already names the next transport and why.
 */
export function endTransport(core: DriverCore, gen: number, reason: string): void {
  const { gens, plan } = core;
  if (!gens.isCurrent(gen)) return;
  const step = plan.failed(reason);
  const fallback = plan.fallback;
  if (step === 'next' && fallback) {
    const verdict = transportFallback(`${fallback.from} failed (${reason}); trying ${fallback.to}`);
    gens.end(gen, { type: 'server.verdict', verdict });
  } else gens.end(gen, { type: 'transport.error', reason });
}
