import { expect } from 'vitest';
import type { StrayErrors } from '../support/catchStrayErrors.ts';
import type { CountingClock } from '../support/countingClock.ts';
import type { FaultProxy } from '../support/faultProxy.ts';
import { until } from '../support/until.ts';

/** The connection states of the public API (DESIGN.md, "Machines"). */
export const PUBLIC_STATES = ['idle', 'connecting', 'connected', 'reconnecting', 'closed'] as const;

/** What a scenario watched while it ran. */
export interface ScenarioWatch {
  proxy: FaultProxy;
  clock: CountingClock;
  stray: StrayErrors;
  /** Every connection state the session reported, in order. */
  states: readonly string[];
  /** The session, already stopped. */
  session: { readonly state: string };
}

/**
 * The invariants every fault scenario ends with, checked after `stop()`: nothing was thrown at the
 * process, every socket through the proxy closed, no timer of the session is pending, and every
 * state the session reported (and the one it ends in) is a public state.
 */
export async function expectCleanStop(watch: ScenarioWatch): Promise<void> {
  await until(() => watch.proxy.openSockets() === 0, 'every socket through the proxy to close', 10_000).catch(
    () => undefined,
  );
  expect(watch.stray.errors, 'errors thrown at the process').toEqual([]);
  expect(watch.proxy.openSockets(), 'sockets left open after stop()').toBe(0);
  expect(watch.clock.pending(), 'timers left pending after stop()').toBe(0);
  for (const state of [...watch.states, watch.session.state]) expect(PUBLIC_STATES).toContain(state);
}
