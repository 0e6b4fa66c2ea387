import { afterEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from '../../src/protocols/shared/Emitter.ts';

interface Events {
  tick: number;
  done: { ok: boolean };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Emitter', () => {
  it('delivers to every listener of the type, and `on` returns the remover', () => {
    const events = new Emitter<Events>();
    const seen: string[] = [];
    const off = events.on('tick', (n) => seen.push(`a${n}`));
    events.on('tick', (n) => seen.push(`b${n}`));
    events.on('done', () => seen.push('done'));
    events.emit('tick', 1);
    off();
    events.emit('tick', 2);
    expect(seen).toEqual(['a1', 'b1', 'b2']);
    expect(events.has('done')).toBe(true);
    expect(new Emitter<Events>().has('tick')).toBe(false);
  });

  it('isolates a listener that throws: the others still run and the caller does not see it', () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = new Emitter<Events>();
    const seen: number[] = [];
    events.on('tick', () => {
      throw new Error('bad listener');
    });
    events.on('tick', (n) => seen.push(n));
    expect(() => events.emit('tick', 7)).not.toThrow();
    expect(seen).toEqual([7]);
    expect(report).toHaveBeenCalledOnce();
    expect(String(report.mock.calls[0]?.[1])).toContain('bad listener');
  });

  it('uses reportError where the platform has it (browsers)', () => {
    const reported: unknown[] = [];
    const global = globalThis as { reportError?: (error: unknown) => void };
    global.reportError = (error) => reported.push(error);
    try {
      const events = new Emitter<Events>();
      events.on('done', () => {
        throw new Error('from a listener');
      });
      events.emit('done', { ok: true });
    } finally {
      delete global.reportError;
    }
    expect(reported).toHaveLength(1);
    expect((reported[0] as Error).message).toBe('from a listener');
  });

  it('a listener added while emitting waits for the next event', () => {
    const events = new Emitter<Events>();
    const seen: string[] = [];
    events.on('tick', () => {
      seen.push('first');
      events.on('tick', () => seen.push('late'));
    });
    events.emit('tick', 1);
    expect(seen).toEqual(['first']);
  });
});

describe('Emitter once/off (centrifuge-js parity, issue 14)', () => {
  it('once runs for the next event only; off removes on and once listeners', () => {
    const emitter = new Emitter<{ tick: number }>();
    const onceSeen: number[] = [];
    const onSeen: number[] = [];
    const removed: number[] = [];
    emitter.once('tick', (n) => onceSeen.push(n));
    const listener = (n: number) => onSeen.push(n);
    emitter.on('tick', listener);
    const gone = (n: number) => removed.push(n);
    emitter.once('tick', gone);
    emitter.off('tick', gone);
    emitter.emit('tick', 1);
    emitter.emit('tick', 2);
    emitter.off('tick', listener);
    emitter.emit('tick', 3);
    expect(onceSeen).toEqual([1]);
    expect(onSeen).toEqual([1, 2]);
    expect(removed).toEqual([]);
    expect(emitter.has('tick')).toBe(false);
  });

  it('a once listener that throws is still removed', () => {
    const emitter = new Emitter<{ tick: number }>();
    let calls = 0;
    const reportError = (globalThis as { reportError?: unknown }).reportError;
    (globalThis as { reportError?: unknown }).reportError = () => {};
    try {
      emitter.once('tick', () => {
        calls++;
        throw new Error('boom');
      });
      emitter.emit('tick', 1);
      emitter.emit('tick', 2);
    } finally {
      (globalThis as { reportError?: unknown }).reportError = reportError;
    }
    expect(calls).toBe(1);
  });
});
