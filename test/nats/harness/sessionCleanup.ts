import { afterEach } from 'vitest';
import { stopAllNatsServers } from './natsServer.ts';
import { closeSessions } from './sessionFixture.ts';

/** Disconnects every session made by `testSession`, then stops every nats-server the test started. */
export async function closeSessionsAndServers(): Promise<void> {
  closeSessions();
  await stopAllNatsServers();
}

/**
 * Runs {@link closeSessionsAndServers} after each test of the calling file, so no session, socket or
 * server process outlives the test that made it.
 */
export function closeSessionsAndServersAfterEach(): void {
  afterEach(closeSessionsAndServers);
}
