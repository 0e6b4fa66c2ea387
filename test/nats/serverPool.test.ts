import { describe, expect, it } from 'vitest';
import { ServerPool } from '../../src/protocols/nats/index.ts';

const urls = ['nats://a:1', 'nats://b:2', 'nats://c:3'];

describe('ServerPool', () => {
  it('keeps the order with noRandomize and rotates on every dial', () => {
    const pool = new ServerPool(urls, { noRandomize: true });
    expect([pool.next(), pool.next(), pool.next(), pool.next()].map((s) => s?.url)).toEqual([
      'nats://a:1',
      'nats://b:2',
      'nats://c:3',
      'nats://a:1',
    ]);
  });

  it('shuffles with the injected random source', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      let x = seed / 20;
      const pool = new ServerPool(urls, { random: () => (x = (x * 7 + 0.31) % 1) });
      orders.add(
        pool
          .list()
          .map((s) => s.url)
          .join(),
      );
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('drops a server after maxReconnectAttempts failed dials; a success resets the count', () => {
    const pool = new ServerPool(urls, { noRandomize: true, maxReconnectAttempts: 2 });
    const a = pool.next()!;
    pool.failed(a);
    pool.connected(a);
    pool.failed(a);
    expect(pool.find('a:1')).toBeDefined();
    pool.failed(a);
    expect(pool.find('a:1')).toBeUndefined();
    expect(pool.list()).toHaveLength(2);
    pool.reset();
    expect(pool.list().map((s) => [s.url, s.failures])).toEqual(urls.map((u) => [u, 0]));
  });

  it('never drops servers with maxReconnectAttempts -1', () => {
    const pool = new ServerPool(urls, { noRandomize: true, maxReconnectAttempts: -1 });
    const a = pool.next()!;
    for (let i = 0; i < 100; i++) pool.failed(a);
    expect(pool.list()).toHaveLength(3);
  });

  it('learns and forgets gossiped servers, never the current one', () => {
    const pool = new ServerPool(['nats://a:1'], { noRandomize: true });
    pool.next();
    expect(pool.update(['a:1', 'b:2', 'c:3'], 'nats')).toEqual({
      added: ['nats://b:2', 'nats://c:3'],
      deleted: [],
    });
    pool.current = pool.find('b:2');
    expect(pool.update(['a:1'], 'nats')).toEqual({ added: [], deleted: ['nats://c:3'] });
    expect(pool.list().map((s) => s.url)).toEqual(['nats://a:1', 'nats://b:2']);
  });

  it('demotes a lame duck server to the back of the order', () => {
    const pool = new ServerPool(urls, { noRandomize: true });
    pool.demote(pool.find('b:2')!);
    expect(pool.list().map((s) => s.url)).toEqual(['nats://a:1', 'nats://c:3', 'nats://b:2']);
  });
});
