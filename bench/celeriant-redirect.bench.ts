/**
 * Time from a NotLeader answer to the write landing on the new leader, against the scripted
 * two-node peer over real loopback TCP. Each run flips the roles of A and B, so the session
 * always starts on the node that just lost leadership.
 *
 * Policies: codestate's defaults (immediate redirect, capped hops, `exponentialBackoff` for
 * busy answers, `spreadBackoff` between rounds) vs the official clients' "no delay anywhere"
 * (spec §5: neither the .NET nor the Rust pool sleeps), modelled as `fixedBackoff(0)` everywhere.
 *
 * Scenarios:
 * - `address`: NotLeader carries the new leader's address.
 * - `busy`:    NotLeader carries `{}` and the new leader answers one 2012 (post-failover backpressure).
 *
 * Run: `npx tsx bench/celeriant-redirect.bench.ts` (BENCH_RUNS=1000, BENCH_SCENARIOS=address,busy).
 * Each measured pass follows a discarded warm-up pass of RUNS/10.
 */
import { fixedBackoff } from '../src/machines/backoff/fixedBackoff.ts';
import { createCeleriantSession } from '../src/protocols/celeriant/index.ts';
import { oneEvent } from '../test/celeriant/helpers.ts';
import { startPeerCluster } from '../test/celeriant/peer/peerCluster.ts';
import type { Step } from '../test/celeriant/peer/peerScript.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);

type Scenario = 'address' | 'busy';
type Policy = 'codestate' | 'no-delay';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(scenario: Scenario, policy: Policy, runs: number) {
  const cluster = await startPeerCluster({ A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } });
  const noDelay = policy === 'no-delay' ? { backoff: fixedBackoff(0), retryBackoff: fixedBackoff(0) } : {};
  const session = createCeleriantSession({
    address: cluster.A.address,
    seeds: [cluster.B.address],
    maxAttempts: 20,
    ...noDelay,
  });
  await session.write(oneEvent(1n, 0)); // warm: connected to A, the leader
  const times: number[] = [];
  let sends = 0;
  let current: 'A' | 'B' = 'A';
  for (let run = 1; run <= runs; run++) {
    const next: 'A' | 'B' = current === 'A' ? 'B' : 'A';
    const notLeader: Step =
      scenario === 'address' ? { reply: 'not-leader', leader: next } : { reply: 'not-leader' };
    cluster[current].script = { role: 'follower', leader: next, write: [notLeader] };
    cluster[next].script = {
      role: 'leader',
      write: scenario === 'busy' ? [{ reply: 'error', code: 2012, details: {} }] : [],
    };
    const oldLog = cluster[current].log.length;
    const newLog = cluster[next].log.length;
    const result = await session.write(oneEvent(1n, run));
    if (result.node !== cluster[next].address) throw new Error(`run ${run} landed on ${result.node}`);
    const refused = cluster[current].log.slice(oldLog).find((e) => e.kind === 'write');
    const landed = cluster[next].log
      .slice(newLog)
      .filter((e) => e.kind === 'write')
      .at(-1);
    if (!refused || !landed) throw new Error(`run ${run}: missing log entries`);
    times.push(landed.at - refused.at);
    sends += result.attempts;
    current = next;
  }
  session.close();
  await cluster.close();
  times.sort((a, b) => a - b);
  return {
    scenario,
    policy,
    runs,
    medianMs: Number(percentile(times, 50).toFixed(2)),
    p99Ms: Number(percentile(times, 99).toFixed(2)),
    sendsPerWrite: Number((sends / runs).toFixed(2)),
  };
}

const scenarios = (process.env.BENCH_SCENARIOS ?? 'address,busy').split(',') as Scenario[];
const rows = [];
for (const scenario of scenarios) {
  for (const policy of ['codestate', 'no-delay'] as const) {
    await measure(scenario, policy, Math.max(10, Math.floor(RUNS / 10))); // warm-up, discarded (JIT, sockets)
    rows.push(await measure(scenario, policy, RUNS));
  }
}
console.table(rows);
