import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';

const unsub = (code: unknown, reason?: string) =>
  classify({
    protocol: 'centrifugo',
    kind: 'unsubscribe',
    code: code as number,
    ...(reason === undefined ? {} : { reason }),
  });

// Spec §3: below 2500 unsubscribe; 2500 and up resubscribe at once; 2502 also invalidates.
const table = [
  { code: 0, action: 'unsubscribe', rule: 'centrifugo.unsubscribe.range.below-2500' },
  { code: 2000, action: 'unsubscribe', rule: 'centrifugo.unsubscribe.2000' },
  { code: 2499, action: 'unsubscribe', rule: 'centrifugo.unsubscribe.range.below-2500' },
  { code: -7, action: 'unsubscribe', rule: 'centrifugo.unsubscribe.range.below-2500' },
  { code: 2500, action: 'resubscribe', rule: 'centrifugo.unsubscribe.2500' },
  { code: 2501, action: 'resubscribe', rule: 'centrifugo.unsubscribe.2501' },
  { code: 2502, action: 'resubscribe', rule: 'centrifugo.unsubscribe.2502' },
  { code: 2999, action: 'resubscribe', rule: 'centrifugo.unsubscribe.range.2500-up' },
  { code: 3000, action: 'resubscribe', rule: 'centrifugo.unsubscribe.range.2500-up' },
] as const;

describe('Centrifugo unsubscribe push', () => {
  it.each(table)('$code -> $action by $rule', ({ code, action, rule }) => {
    expect(unsub(code, 'r')).toMatchObject({ scope: 'subscription', action, rule, code, reason: 'r' });
  });

  it('resubscribes at once for 2500 and up, as centrifuge-js skips the backoff there', () => {
    expect(unsub(2500).immediate).toBe(true);
    expect(unsub(4242).immediate).toBe(true);
    expect(unsub(2000).immediate).toBeUndefined();
  });

  it('2502 resets the position and clears the token; 2500 keeps them', () => {
    expect(unsub(2502)).toMatchObject({ resetPosition: true, clearToken: true });
    expect(unsub(2500).resetPosition).toBeUndefined();
    expect(unsub(2500).clearToken).toBeUndefined();
  });

  it.each([Number.NaN, 2500.5, 'x', undefined])('a bad code %s resubscribes after backoff', (code) => {
    expect(unsub(code)).toMatchObject({ action: 'resubscribe', rule: 'centrifugo.unsubscribe.default' });
    expect(unsub(code).immediate).toBeUndefined();
  });
});
