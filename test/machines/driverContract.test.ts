import { describe, expect, it } from 'vitest';
import { verdictFrom } from '../../src/codes/verdictFrom.ts';
import {
  type ConnectionDriverEvent,
  createSocketGenerations,
  endsConnection,
} from '../../src/machines/index.ts';

const reconnect = verdictFrom({ scope: 'connection', action: 'reconnect' }, 'test.reconnect');
const ignore = verdictFrom({ scope: 'connection', action: 'ignore' }, 'test.ignore', { reason: 'just info' });

function harness() {
  const sent: ConnectionDriverEvent[] = [];
  return { sent, gens: createSocketGenerations((event) => sent.push(event)) };
}

describe('driver contract: socket generations', () => {
  it('reports one end per socket and drops everything after it', () => {
    const { sent, gens } = harness();
    const gen = gens.open();
    expect(gens.isCurrent(gen)).toBe(true);
    expect(gens.end(gen, { type: 'server.verdict', verdict: reconnect })).toBe(true);
    expect(gens.end(gen, { type: 'transport.error', reason: 'closed after the push' })).toBe(false);
    expect(gens.report(gen, reconnect)).toBe(false);
    expect(gens.isCurrent(gen)).toBe(false);
    expect(sent).toEqual([{ type: 'server.verdict', verdict: reconnect }]);
  });

  it('drops callbacks of an older socket once a newer one opened', () => {
    const { sent, gens } = harness();
    const old = gens.open();
    gens.close();
    const next = gens.open();
    expect(gens.end(old, { type: 'transport.error', reason: 'late close' })).toBe(false);
    expect(gens.isCurrent(next)).toBe(true);
    expect(sent).toEqual([]);
  });

  it('releases once: the first close after an open says release, the next ones do not', () => {
    const { gens } = harness();
    expect(gens.close()).toBe(false);
    const gen = gens.open();
    gens.end(gen, { type: 'transport.error', reason: 'gone' });
    expect(gens.close()).toBe(true);
    expect(gens.close()).toBe(false);
  });

  it('passes informational verdicts on and keeps the socket; a dead socket never reports ignore', () => {
    const { sent, gens } = harness();
    const gen = gens.open();
    expect(gens.report(gen, ignore)).toBe(true);
    expect(gens.isCurrent(gen)).toBe(true);
    expect(gens.end(gen, { type: 'server.verdict', verdict: ignore })).toBe(true);
    expect(sent).toEqual([
      { type: 'server.verdict', verdict: ignore },
      { type: 'transport.error', reason: 'just info' },
    ]);
  });

  it('endsConnection reads the action as the connection machine does', () => {
    expect(endsConnection(reconnect)).toBe(true);
    expect(endsConnection(ignore)).toBe(false);
    expect(endsConnection(verdictFrom({ scope: 'request', action: 'redirect' }, 'test.redirect'))).toBe(true);
  });
});
