import { WebSocket } from 'ws';
import { fixedBackoff } from '../../../src/machines/index.ts';
import { createCentrifugoSession } from '../../../src/protocols/centrifugo/index.ts';
import type { CentrifugoPeer } from '../peer/index.ts';
import type { DiffCase } from './cases.ts';
import { firstOutcome, type Outcome } from './Outcome.ts';

/** Runs a codestate session through one case and reports what it did. */
export async function runCodestate(
  peer: CentrifugoPeer,
  testCase: DiffCase,
  id: string,
  ms: number,
): Promise<Outcome> {
  peer.queue(id, testCase.scripts);
  const outcome = firstOutcome(ms);
  const session = createCentrifugoSession({
    url: peer.urlFor(id),
    WebSocket,
    backoff: fixedBackoff(10),
    timeout: 2000,
    ...(testCase.getToken === false ? { token: 'static' } : { getToken: async () => 'token' }),
  });
  if (testCase.level === 'connection') {
    let code: number | null = null;
    session.on('status', (status) => {
      if (status.state === 'reconnecting' && code === null) code = status.lastCode;
      if (status.state === 'closed') outcome.settle({ result: 'terminal', code: status.lastCode });
    });
    void peer.waitForConnections(2, id).then(() => outcome.settle({ result: 'reconnect', code }));
  } else {
    const sub = session.subscribe(
      'ch',
      testCase.getToken === false ? { token: 'sub-static' } : { getToken: async () => 'sub-token' },
    );
    let code: number | null = null;
    sub.on('status', (status) => {
      if (status.state === 'subscribing' && status.lastCode !== null && code === null) code = status.lastCode;
      if (status.state === 'unsubscribed' && status.lastCode !== null) {
        outcome.settle({ result: 'unsubscribed', code: status.lastCode });
      }
    });
    // Some subscribe errors reconnect the whole client (error code 1 is read as a timeout).
    void peer.waitForConnections(2, id).then(() => outcome.settle({ result: 'reconnect', code: null }));
    void peer.waitForConnections(1, id).then(async () => {
      await peer.connectionsOf(id)[0]?.waitFor('subscribe', 2);
      outcome.settle({ result: 'resubscribe', code });
    });
  }
  session.connect();
  const result = await outcome.promise;
  session.stop();
  peer.forget(id);
  return result;
}
