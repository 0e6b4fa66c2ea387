import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type NatsServer, startNatsServer } from '../../nats/harness/natsServer.ts';
import { closeSessionsAndServers } from '../../nats/harness/sessionCleanup.ts';

const storeDirs = new Set<string>();

/** A `nats-server` with JetStream on, its store in a fresh temp folder (removed after the test). */
export async function startJetStreamServer(): Promise<NatsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'codestate-js-'));
  storeDirs.add(dir);
  return startNatsServer({ config: `jetstream { store_dir: "${dir}" }` });
}

/** Stops every session and server after each test, then removes the JetStream stores. */
export function cleanUpAfterEach(): void {
  afterEach(async () => {
    await closeSessionsAndServers();
    for (const dir of storeDirs) rmSync(dir, { recursive: true, force: true });
    storeDirs.clear();
  });
}
