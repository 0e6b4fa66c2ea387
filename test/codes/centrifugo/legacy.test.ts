import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';

const legacy = (code: unknown, reason?: unknown) =>
  classify({ protocol: 'centrifugo-legacy', kind: 'close', code: code as number, reason: reason as string });
const current = (code: number, reason: string) =>
  classify({ protocol: 'centrifugo', kind: 'close', code, reason });

/** The legacy seed's reconnect flags, from the extracted fixture. */
const legacyFlags: { code: number; reconnect: boolean }[] = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-codes/centrifugo.json', import.meta.url), 'utf8'),
)
  .find((s: { protocol: string }) => s.protocol === 'centrifugo-legacy')
  .codes.filter(
    (c: { kind: string; reconnect?: boolean }) => c.kind === 'disconnect' && c.reconnect !== undefined,
  );

describe('Centrifugo legacy numbering', () => {
  it('has a flag for every legacy disconnect code but 3000', () => {
    expect(legacyFlags.map((c) => c.code)).toEqual([
      3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013,
    ]);
  });

  it.each(legacyFlags)('$code follows its own reconnect flag ($reconnect)', ({ code, reconnect }) => {
    for (const kind of ['close', 'disconnect'] as const) {
      const verdict = classify({ protocol: 'centrifugo-legacy', kind, code, reason: 'plain' });
      expect(verdict).toMatchObject({
        scope: 'connection',
        action: reconnect ? 'reconnect' : 'close',
        rule: `centrifugo-legacy.disconnect.${code}`,
      });
    }
  });

  it.each([3012, 3013])('%s is terminal in legacy numbering and reconnects in the current one', (code) => {
    expect(legacy(code, 'x').action).toBe('close');
    expect(current(code, 'x').action).toBe('reconnect');
    expect(classify({ protocol: 'centrifugo', kind: 'disconnect', code }).action).toBe('reconnect');
  });

  it('JSON advice wins over the table, both ways', () => {
    expect(legacy(3012, '{"reason":"force disconnect","reconnect":true}')).toMatchObject({
      action: 'reconnect',
      rule: 'centrifugo-legacy.json-advice',
      reason: 'force disconnect',
    });
    expect(legacy(3001, '{"reason":"shutdown","reconnect":false}').action).toBe('close');
    expect(legacy(3012, '{"reason":"force disconnect","reconnect":false}').entry?.id).toBe(
      'centrifugo-legacy.disconnect.3012',
    );
  });

  it('a legacy server sends advice, so the current classifier gets 3012/3013 right too', () => {
    expect(current(3012, '{"reason":"force disconnect","reconnect":false}').action).toBe('close');
    expect(current(3013, '{"reason":"connection limit","reconnect":false}').action).toBe('close');
  });

  it.each([3003.5, 3500, 3999, 4500, 1009, 0, -1, Number.NaN])(
    'code %s, absent from the legacy table, reconnects by the legacy default',
    (code) => {
      expect(legacy(code, 'plain')).toMatchObject({
        action: 'reconnect',
        rule: 'centrifugo-legacy.disconnect.default',
      });
    },
  );

  it('hostile JSON in a legacy reason is inert', () => {
    expect(legacy(3001, '{"__proto__":{"reconnect":false}}').action).toBe('close');
    expect(legacy(3012, '{a}')).toMatchObject({ action: 'close', rule: 'centrifugo-legacy.disconnect.3012' });
    expect(({} as Record<string, unknown>).reconnect).toBeUndefined();
  });
});
