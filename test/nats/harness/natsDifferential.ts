import { afterAll, afterEach, expect } from 'vitest';
import { type NatsJsConnect, type NatsJsProbe, natsJs } from './natsJsClient.ts';
import { stopAllNatsServers } from './natsServer.ts';
import { closeSessionsAndServers } from './sessionCleanup.ts';

/** The outcome of one scenario, as a sentence both clients must produce alike. */
export type Outcome = () => Promise<string>;

/** A differential test file's two tools: the side-by-side comparison and a tracked nats.js client. */
export interface NatsDifferential {
  /**
   * Runs `theirs` (nats.js), cleans up, runs `ours` (codestate) and expects both outcomes to be the
   * same; the row goes into the table printed after the file.
   */
  compare(scenario: string, ours: Outcome, theirs: Outcome): Promise<void>;
  /** Connects nats.js (see `natsJs`) and closes it before the next run. */
  probe(options: Parameters<typeof natsJs>[0]): Promise<NatsJsProbe>;
}

/**
 * Sets up a differential test file: nats.js dialled with `dial` against codestate, every client,
 * session and server closed after each test, the table of outcomes printed after the file.
 */
export function natsDifferential(dial?: NatsJsConnect): NatsDifferential {
  const table: { scenario: string; natsJs: string; codestate: string }[] = [];
  const cleanups: (() => Promise<void> | void)[] = [];
  const closeProbes = async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  };
  afterEach(async () => {
    await closeProbes();
    await closeSessionsAndServers();
  });
  afterAll(() => console.table(table));
  return {
    async compare(scenario, ours, theirs) {
      const row = { scenario, natsJs: await theirs(), codestate: '' };
      // Each side gets fresh servers: what nats.js left running must not answer codestate.
      await closeProbes();
      await stopAllNatsServers();
      row.codestate = await ours();
      table.push(row);
      expect(row.codestate).toBe(row.natsJs);
    },
    async probe(options) {
      const probe = await natsJs(options, dial);
      cleanups.push(() => probe.nc.close());
      return probe;
    },
  };
}
