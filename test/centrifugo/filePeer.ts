import { afterAll, afterEach, beforeAll } from 'vitest';
import { type CentrifugoPeer, startCentrifugoPeer } from './peer/index.ts';

/**
 * One scripted Centrifugo peer for a test file (started before its tests, closed after them) and
 * the sessions its tests make, each stopped after its test. Call it at the top level of a test
 * file (through setupPeerSessions, setupTransportSessions or centrifugoOrigins).
 * @param prefix - starts the script ids of this file, so different files stay apart in reports.
 * @param afterEachTest - more cleanup after each test, once the sessions are stopped.
 */
export function filePeer(prefix: string, afterEachTest?: (peer: CentrifugoPeer) => void) {
  let current: CentrifugoPeer | undefined;
  const sessions: Array<{ stop(): void }> = [];
  let seq = 0;
  beforeAll(async () => {
    current = await startCentrifugoPeer();
  });
  afterAll(async () => {
    await current?.close();
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) session.stop();
    if (current) afterEachTest?.(current);
  });
  const peer = (): CentrifugoPeer => {
    if (!current) throw new Error('The peer starts in beforeAll: use it inside a test.');
    return current;
  };
  return {
    peer,
    /** A new script id of this file. */
    nextId: () => `${prefix}${seq++}`,
    /** Stops `session` after the current test; returns it. */
    track<S extends { stop(): void }>(session: S): S {
      sessions.push(session);
      return session;
    },
  };
}
