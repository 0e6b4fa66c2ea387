import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../src/machines/index.ts';
import { describeConnectionStatus } from '../../src/machines/index.ts';

const base: ConnectionStatus = {
  state: 'idle',
  phase: 'idle',
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  terminal: false,
  canRetryNow: false,
  redirectTarget: null,
};

describe('describeConnectionStatus', () => {
  it('counts down to nextRetryAt in whole seconds, rounding up, never below zero', () => {
    const status = { ...base, state: 'reconnecting', attempt: 2, nextRetryAt: 10_000 } as ConnectionStatus;
    expect(describeConnectionStatus(status, 7_100)).toBe('Reconnecting in 3 s (attempt 2)');
    expect(describeConnectionStatus(status, 9_999)).toBe('Reconnecting in 1 s (attempt 2)');
    expect(describeConnectionStatus(status, 12_000)).toBe('Reconnecting in 0 s (attempt 2)');
    expect(describeConnectionStatus({ ...status, nextRetryAt: null }, 0)).toBe('Reconnecting…');
  });

  it('names the server reason of a terminal close, or its code', () => {
    const closed = { ...base, state: 'closed', terminal: true, lastCode: 3500 } as ConnectionStatus;
    expect(describeConnectionStatus({ ...closed, lastReason: 'invalid token' }, 0)).toBe(
      'Session ended: invalid token',
    );
    expect(describeConnectionStatus(closed, 0)).toBe('Session ended: code 3500');
  });

  it('says connecting with the attempt after the first, and connected', () => {
    expect(describeConnectionStatus({ ...base, state: 'connecting' } as ConnectionStatus, 0)).toBe(
      'Connecting…',
    );
    expect(
      describeConnectionStatus({ ...base, state: 'connecting', attempt: 3 } as ConnectionStatus, 0),
    ).toBe('Connecting (attempt 3)…');
    expect(describeConnectionStatus({ ...base, state: 'connected' } as ConnectionStatus, 0)).toBe(
      'Connected',
    );
    expect(describeConnectionStatus(base, 0)).toBe('Not connected');
  });
});
