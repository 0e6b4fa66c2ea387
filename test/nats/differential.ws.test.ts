import { wsconnect } from '@nats-io/nats-core';
import { describe, it } from 'vitest';
import { WebSocket } from 'ws';
import { aliceConfig } from './harness/authConfig.ts';
import {
  maxPayload,
  oursOnWrongPassword,
  serverRestart,
  subscribePermission,
} from './harness/differentialScenarios.ts';
import { natsDifferential } from './harness/natsDifferential.ts';
import type { NatsJsConnect } from './harness/natsJsClient.ts';
import { startNatsServer } from './harness/natsServer.ts';

/**
 * Differential tests over WebSocket: nats.js `wsconnect` (nats-core 3.4.0, with `ws` as the
 * global WebSocket, as spec §7 (a) does on Node 20) against codestate on `ws://`. Its own file:
 * nats.js's transport factory is global per realm, so TCP and WebSocket must not share one.
 */
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const dial = wsconnect as unknown as NatsJsConnect;
const differential = natsDifferential(dial);

describe('differential over WebSocket: codestate vs nats.js wsconnect', () => {
  it('server restart', async () => {
    await differential.compare('server restart (ws)', ...serverRestart(differential, 'ws', 'w.restart'));
  });

  it('wrong password', async () => {
    await differential.compare('Authorization Violation (ws)', oursOnWrongPassword('ws'), async () => {
      const server = await startNatsServer({ websocket: true, config: aliceConfig('good') });
      return differential.probe({ servers: server.wsUrl, user: 'alice', pass: 'bad' }).then(
        () => 'connected',
        () => 'closed',
      );
    });
  });

  it('max payload', async () => {
    await differential.compare('Maximum Payload Violation (ws)', ...maxPayload(differential, 'ws'));
  });

  it('permission violation for subscription', async () => {
    await differential.compare(
      'Permissions Violation for Subscription (ws)',
      ...subscribePermission(differential, 'ws'),
    );
  });
});
