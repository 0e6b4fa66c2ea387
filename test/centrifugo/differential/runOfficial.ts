import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import type { CentrifugoPeer } from '../peer/index.ts';
import type { DiffCase } from './cases.ts';
import { firstOutcome, type Outcome } from './Outcome.ts';

/** Runs centrifuge-js 5.8.0 through one case and reports what it did. */
export async function runOfficial(
  peer: CentrifugoPeer,
  testCase: DiffCase,
  id: string,
  ms: number,
): Promise<Outcome> {
  peer.queue(id, testCase.scripts);
  const outcome = firstOutcome(ms);
  const client = new Centrifuge(peer.urlFor(id), {
    websocket: WebSocket,
    minReconnectDelay: 10,
    maxReconnectDelay: 20,
    timeout: 2000,
    ...(testCase.getToken === false ? { token: 'static' } : { getToken: async () => 'token' }),
  });
  let connected = false;
  client.on('connected', () => {
    connected = true;
  });
  if (testCase.level === 'connection') {
    let lastError: number | null = null;
    client.on('error', (ctx) => {
      if (ctx.type === 'connect') lastError = ctx.error.code;
    });
    client.on('connecting', (ctx) => {
      if (connected) lastError = ctx.code;
    });
    client.on('disconnected', (ctx) => outcome.settle({ result: 'terminal', code: ctx.code }));
    void peer.waitForConnections(2, id).then(() => outcome.settle({ result: 'reconnect', code: lastError }));
  } else {
    const sub = client.newSubscription('ch', {
      ...(testCase.getToken === false ? { token: 'sub-static' } : { getToken: async () => 'sub-token' }),
      minResubscribeDelay: 10,
      maxResubscribeDelay: 20,
    });
    let lastCode: number | null = null;
    sub.on('error', (ctx) => {
      lastCode = ctx.error.code;
    });
    sub.on('subscribing', (ctx) => {
      if (ctx.code !== 0) lastCode = ctx.code;
    });
    sub.on('unsubscribed', (ctx) => outcome.settle({ result: 'unsubscribed', code: ctx.code }));
    // Some subscribe errors reconnect the whole client (error code 1 is read as a timeout).
    void peer.waitForConnections(2, id).then(() => outcome.settle({ result: 'reconnect', code: null }));
    void peer.waitForConnections(1, id).then(async () => {
      const conn = peer.connectionsOf(id)[0];
      await conn?.waitFor('subscribe', 2);
      outcome.settle({ result: 'resubscribe', code: lastCode });
    });
    sub.subscribe();
  }
  client.connect();
  const result = await outcome.promise;
  client.removeAllListeners();
  client.disconnect();
  peer.forget(id);
  return result;
}
