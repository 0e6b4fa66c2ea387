import { expect, it } from 'vitest';
import { describeOverTransports } from './harness/describeOverTransports.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, deliversAfterRecovery, stateLog, testSession, urlOf } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

describeOverTransports('server killed and restarted over %s', (kind) => {
  it('reconnects and resubscribes 20 times in a row', async () => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(testSession({ servers: urlOf(server, kind), maxReconnectAttempts: -1 }));
    const states = stateLog(session);
    const sub = session.subscribe('restart.test');
    const texts: string[] = [];
    sub.on('message', (m) => texts.push(m.text()));
    const sid = sub.sid;
    for (let round = 1; round <= 20; round++) {
      await waitUntil(() => sub.state === 'subscribed', `subscribed before round ${round}`);
      await server.stop();
      await waitUntil(() => session.state === 'reconnecting', `reconnecting in round ${round}`);
      expect(sub.state).toBe('subscribing');
      await server.start();
      await waitUntil(
        () => session.state === 'connected' && sub.state === 'subscribed',
        `recovered in round ${round}`,
      );
      const before = texts.length;
      await deliversAfterRecovery(session, 'restart.test', () => texts.length > before);
    }
    expect(sub.sid).toBe(sid);
    // Each round drops a live connection once (failed dials in between add connecting ⇄ reconnecting).
    const drops = states.filter((s, i) => s === 'reconnecting' && states[i - 1] === 'connected');
    expect(drops).toHaveLength(20);
    expect(states.filter((s) => s === 'closed')).toHaveLength(0);
    expect(states.at(-1)).toBe('connected');
    expect(session.status.rule).toBe('transport');
  });
});
