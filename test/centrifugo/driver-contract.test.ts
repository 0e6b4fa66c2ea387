import { describe, expect, it } from 'vitest';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('contract');

describe('Centrifugo driver follows the driver contract', () => {
  it('a disconnect push followed by the close: one verdict, one driver.close, then a new socket', async () => {
    const received: string[] = [];
    const pushThenClose = {
      steps: [{ send: [{ push: { disconnect: { code: 3001, reason: 'shutdown' } } }] }, { close: 3001 }],
    };
    const { session, conns } = sessionWith([pushThenClose, {}], {
      inspect: (event) => {
        if (event.type === '@xstate.event') received.push(event.event.type);
      },
    });
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    const ends = received.filter((type) => type === 'server.verdict' || type === 'transport.error');
    expect(ends).toEqual(['server.verdict']);
    expect(received.filter((type) => type === 'driver.close')).toHaveLength(1);
    expect(session.status).toMatchObject({ lastCode: 3001 });
  });
});
