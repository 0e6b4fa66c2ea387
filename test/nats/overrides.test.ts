import { describe, expect, it } from 'vitest';
import { startNatsServer } from './harness/natsServer.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { connected, stateLog, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();

describe('NATS session overrides', () => {
  it('an override turns Maximum Payload Violation from reconnect into close', async () => {
    const server = await startNatsServer({ config: 'max_payload: 1024' });
    const session = await connected(
      testSession({
        servers: server.url,
        overrides: [
          {
            protocol: 'nats',
            kind: 'err',
            text: 'maximum payload',
            verdict: { scope: 'connection', action: 'close' },
            id: 'payload-is-fatal',
          },
        ],
      }),
    );
    const states = stateLog(session);
    // Bypass the client-side guard so the server sends the -ERR (scenarios.errors shows the
    // same publish reconnecting without the override).
    session.info!.max_payload = 1e7;
    session.publish('payload.big', new Uint8Array(2000));
    await waitUntil(() => session.state === 'closed', 'closed');
    expect(states).toEqual(['connected', 'closed']);
    expect(session.status).toMatchObject({ terminal: true, rule: 'override.payload-is-fatal' });
  });
});
