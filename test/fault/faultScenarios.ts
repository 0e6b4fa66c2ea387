import type { FaultKind, FaultPlan } from '../support/faultProxy.ts';

/** Scenarios per fault mix: 1 by default; `FAULT_SCALE=10` runs ten seeds of each mix. */
export const FAULT_SCALE = Math.max(1, Math.floor(Number(process.env.FAULT_SCALE ?? 1)) || 1);

/** One seeded scenario: a name for the report and the proxy's plan. */
export interface FaultScenario {
  name: string;
  plan: FaultPlan;
}

/** Every fault kind, for the mixed scenario. */
export const ALL_FAULTS: readonly FaultKind[] = ['delay', 'cut', 'truncate', 'duplicate', 'corrupt'];

/**
 * `FAULT_SCALE` seeded scenarios for each mix of fault kinds. Seeds start at `FAULT_SEED` (default
 * `base`), so a failing scenario is replayed by its seed. Each plan allows a handful of faults on
 * about one chunk in five (`rate`), then the link is clean again.
 */
export function faultScenarios(
  base: number,
  mixes: readonly (readonly FaultKind[])[],
  rate = 0.2,
): FaultScenario[] {
  const first = Number(process.env.FAULT_SEED ?? base);
  const scenarios: FaultScenario[] = [];
  for (let round = 0; round < FAULT_SCALE; round++) {
    for (const kinds of mixes) {
      const seed = first + scenarios.length;
      scenarios.push({
        name: `${kinds.length === ALL_FAULTS.length ? 'every fault' : kinds.join('+')} (seed ${seed})`,
        plan: { seed, kinds, rate, maxFaults: 4, maxDelayMs: 150 },
      });
    }
  }
  return scenarios;
}
