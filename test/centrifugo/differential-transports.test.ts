import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCases, type DiffCase } from './differential/cases.ts';
import type { Outcome } from './differential/Outcome.ts';
import { runCodestate } from './differential/runCodestate.ts';
import { runOfficial } from './differential/runOfficial.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from './peer/index.ts';

/**
 * The differential of differential.test.ts over Centrifugo's HTTP-streaming and SSE transports
 * (issue 14): the same peer scripts, served over the stream and the emulation endpoint, played by
 * codestate and by centrifuge-js 5.8.0 (one-entry transports lists, `eventsource` in Node 20).
 * Outcomes and codes must be equal; there is no close-code deviation here, since over emulation
 * the server speaks in disconnect pushes (the peer's `close` step), which both clients read alike.
 *
 * A spread of every group by default (DIFF_TRANSPORT_SAMPLE cases per group, 40 unless set; 0 runs
 * all 11 099 cases per transport).
 */

const CONCURRENCY = 24;
const CASE_TIMEOUT = 15_000;
const PER_GROUP = Number(process.env.DIFF_TRANSPORT_SAMPLE ?? 40);

let peer: CentrifugoPeer;
beforeAll(async () => {
  peer = await startCentrifugoPeer();
});
afterAll(async () => {
  await peer.close();
});

interface Row {
  testCase: DiffCase;
  official: Outcome;
  codestate: Outcome;
}

/** Up to PER_GROUP cases of each group, evenly spread over the group (first and last included). */
function sample(cases: DiffCase[]): DiffCase[] {
  if (PER_GROUP <= 0) return cases;
  const groups = new Map<string, DiffCase[]>();
  for (const testCase of cases) groups.set(testCase.group, [...(groups.get(testCase.group) ?? []), testCase]);
  return [...groups.values()].flatMap((group) => {
    if (group.length <= PER_GROUP) return group;
    const step = (group.length - 1) / (PER_GROUP - 1);
    return Array.from({ length: PER_GROUP }, (_, i) => group[Math.round(i * step)] as DiffCase);
  });
}

async function runAll(cases: DiffCase[], transport: 'http_stream' | 'sse'): Promise<Row[]> {
  const rows: Row[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const testCase = cases[next++] as DiffCase;
      const name = `${transport}-${testCase.name}`;
      const [official, codestate] = await Promise.all([
        runOfficial(peer, testCase, `${name}-js`, CASE_TIMEOUT, transport),
        runCodestate(peer, testCase, `${name}-cs`, CASE_TIMEOUT, transport),
      ]);
      rows.push({ testCase, official, codestate });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return rows;
}

describe.each(['http_stream', 'sse'] as const)(
  'differential over %s: codestate vs centrifuge-js 5.8.0',
  (transport) => {
    it('agrees on the sampled cases', { timeout: 900_000 }, async () => {
      const cases = sample(allCases());
      const rows = await runAll(cases, transport);
      // Both clients leaving a subscription in `subscribing` is agreement (see differential.test.ts).
      const stayed = (r: Row) =>
        r.testCase.level === 'subscription' &&
        r.official.result === 'timeout' &&
        r.codestate.result === 'timeout';
      const diffs = rows.filter(
        (r) =>
          !stayed(r) &&
          (r.official.result !== r.codestate.result ||
            r.official.result === 'timeout' ||
            r.official.code !== r.codestate.code),
      );
      const byGroup: Record<string, { cases: number; agree: number }> = {};
      for (const row of rows) {
        const group = byGroup[row.testCase.group] ?? { cases: 0, agree: 0 };
        byGroup[row.testCase.group] = group;
        group.cases++;
        if (!diffs.includes(row)) group.agree++;
      }
      const summary = {
        transport,
        cases: rows.length,
        agree: rows.length - diffs.length,
        stayedSubscribing: rows.filter(stayed).map((r) => r.testCase.name),
        byGroup,
        diffs: diffs
          .slice(0, 50)
          .map((r) => ({ name: r.testCase.name, official: r.official, codestate: r.codestate })),
      };
      mkdirSync('test-results', { recursive: true });
      writeFileSync(
        `test-results/centrifugo-differential-${transport}.json`,
        `${JSON.stringify(summary, null, 2)}\n`,
      );
      console.log(
        `differential over ${transport}: ${summary.agree}/${summary.cases} cases agree`,
        JSON.stringify(byGroup),
      );
      expect(summary.diffs).toEqual([]);
      expect(rows.length).toBe(cases.length);
    });
  },
);
