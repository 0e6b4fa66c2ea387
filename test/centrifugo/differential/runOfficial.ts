import { Centrifuge } from 'centrifuge';
import { EventSource } from 'eventsource';
import { WebSocket } from 'ws';
import { tokenOptions } from './caseTokens.ts';
import {
  type CaseRunner,
  playCase,
  REPLY_TIMEOUT,
  settleOnSecondConnection,
  settleOnSecondSubscribe,
} from './playCase.ts';

/** Runs centrifuge-js 5.8.0 through one case and reports what it did. */
export const runOfficial: CaseRunner = (peer, testCase, id, ms, transport) =>
  playCase(peer, testCase, id, ms, (outcome) => {
    const endpoint =
      transport === undefined ? peer.urlFor(id) : [{ transport, endpoint: peer.urlFor(id, transport) }];
    const client = new Centrifuge(endpoint, {
      websocket: WebSocket,
      // Node 20: fetch and ReadableStream are global; EventSource comes from the eventsource package.
      eventsource: EventSource,
      emulationEndpoint: peer.emulationUrl,
      minReconnectDelay: 10,
      maxReconnectDelay: 20,
      timeout: REPLY_TIMEOUT,
      ...tokenOptions(testCase),
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
      settleOnSecondConnection(peer, id, outcome, () => lastError);
    } else {
      const sub = client.newSubscription('ch', {
        ...tokenOptions(testCase, 'sub-'),
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
      settleOnSecondConnection(peer, id, outcome, () => null);
      settleOnSecondSubscribe(peer, id, outcome, () => lastCode);
      sub.subscribe();
    }
    client.connect();
    return () => {
      client.removeAllListeners();
      client.disconnect();
    };
  });
