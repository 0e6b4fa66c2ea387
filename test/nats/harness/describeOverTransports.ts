import { afterEach, describe } from 'vitest';
import { closeSessionsAndServers } from './sessionCleanup.ts';
import { TRANSPORTS, type TransportKind } from './sessionFixture.ts';

/**
 * Declares the scenarios of `body` once per transport (TCP, then WebSocket; `%s` in `title` names
 * it) and closes every session and server after each of them.
 */
export function describeOverTransports(title: string, body: (kind: TransportKind) => void): void {
  describe.each(TRANSPORTS)(title, (kind) => {
    afterEach(closeSessionsAndServers);
    body(kind);
  });
}
