import { EventSource } from 'eventsource';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../../src/machines/index.ts';
import { createCentrifugoSession } from '../../../src/protocols/centrifugo/index.ts';
import { transportList } from '../transportSessions.ts';
import { tokenOptions } from './caseTokens.ts';
import {
  type CaseRunner,
  playCase,
  REPLY_TIMEOUT,
  settleOnSecondConnection,
  settleOnSecondSubscribe,
} from './playCase.ts';

/** Runs a codestate session through one case and reports what it did. */
export const runCodestate: CaseRunner = (peer, testCase, id, ms, transport) =>
  playCase(peer, testCase, id, ms, (outcome) => {
    const endpoint =
      transport === undefined
        ? { url: peer.urlFor(id) }
        : { transports: transportList(peer, id, [transport]), emulationEndpoint: peer.emulationUrl };
    const session = createCentrifugoSession({
      ...endpoint,
      WebSocket,
      EventSource,
      backoff: fixedBackoff(10),
      timeout: REPLY_TIMEOUT,
      ...tokenOptions(testCase),
    });
    if (testCase.level === 'connection') {
      let code: number | null = null;
      session.on('status', (status) => {
        if (status.state === 'reconnecting' && code === null) code = status.lastCode;
        if (status.state === 'closed') outcome.settle({ result: 'terminal', code: status.lastCode });
      });
      settleOnSecondConnection(peer, id, outcome, () => code);
    } else {
      const sub = session.subscribe('ch', tokenOptions(testCase, 'sub-'));
      let code: number | null = null;
      sub.on('status', (status) => {
        if (status.state === 'subscribing' && status.lastCode !== null && code === null) {
          code = status.lastCode;
        }
        if (status.state === 'unsubscribed' && status.lastCode !== null) {
          outcome.settle({ result: 'unsubscribed', code: status.lastCode });
        }
      });
      // Some subscribe errors reconnect the whole client (error code 1 is read as a timeout).
      settleOnSecondConnection(peer, id, outcome, () => null);
      settleOnSecondSubscribe(peer, id, outcome, () => code);
    }
    session.connect();
    return () => session.stop();
  });
