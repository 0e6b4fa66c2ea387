import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';
import { MAX_REASON_LENGTH } from '../../../src/codes/verdictFrom.ts';

const close = (code: unknown, reason?: unknown) =>
  classify({ protocol: 'centrifugo', kind: 'close', code: code as number, reason: reason as string });

// Spec §2b, the verified outcomes of centrifuge-js 5.8 onClose.
const plain = [
  { code: 3001, reason: 'shutdown', action: 'reconnect', rule: 'centrifugo.disconnect.3001' },
  { code: 3000, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.3000' },
  { code: 3014, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.3014' },
  { code: 3499, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.range.3000-3499' },
  { code: 3500, reason: 'invalid token', action: 'close', rule: 'centrifugo.disconnect.3500' },
  { code: 3503, reason: 'x', action: 'close', rule: 'centrifugo.disconnect.3503' },
  { code: 3999, reason: 'x', action: 'close', rule: 'centrifugo.disconnect.range.3500-3999' },
  { code: 4000, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.range.4000-4499' },
  { code: 4499, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.range.4000-4499' },
  { code: 4500, reason: 'x', action: 'close', rule: 'centrifugo.disconnect.range.4500-4999' },
  { code: 4999, reason: 'x', action: 'close', rule: 'centrifugo.disconnect.range.4500-4999' },
  { code: 5000, reason: 'x', action: 'reconnect', rule: 'centrifugo.disconnect.default' },
  { code: 2999, reason: 'x', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 999, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1000, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1001, reason: 'going away', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1006, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1011, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1008, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
  { code: 1009, reason: '', action: 'close', rule: 'centrifugo.close.1009' },
  { code: 1010, reason: '', action: 'reconnect', rule: 'centrifugo.close.below-3000' },
] as const;

const advice = [
  { code: 3001, reason: '{"reason":"shutdown","reconnect":false}', action: 'close', text: 'shutdown' },
  { code: 3502, reason: '{"reason":"stale","reconnect":true}', action: 'reconnect', text: 'stale' },
  {
    code: 3002,
    reason: '{"reason":"invalid token","reconnect":false}',
    action: 'close',
    text: 'invalid token',
  },
  { code: 1000, reason: '{"reason":"bye","reconnect":false}', action: 'close', text: 'bye' },
  { code: 4600, reason: ' {"reconnect":true} ', action: 'reconnect', text: undefined },
  // Parses as JSON but is no advice object: reconnect is undefined for the SDK, so terminal.
  { code: 3001, reason: '123', action: 'close', text: undefined },
  { code: 3001, reason: '{"x":1}', action: 'close', text: undefined },
  { code: 3001, reason: '"quoted"', action: 'close', text: undefined },
  { code: 3001, reason: '[true]', action: 'close', text: undefined },
  // Truthiness, as the SDK reads advice.reconnect.
  { code: 3500, reason: '{"reconnect":1}', action: 'reconnect', text: undefined },
  { code: 3001, reason: '{"reconnect":0,"reason":7}', action: 'close', text: undefined },
] as const;

describe('Centrifugo close event', () => {
  it.each(plain)('$code "$reason" -> $action by $rule', ({ code, reason, action, rule }) => {
    expect(close(code, reason)).toMatchObject({ scope: 'connection', action, rule, code });
  });

  it.each(advice)('$code $reason: JSON advice -> $action', ({ code, reason, action, text }) => {
    const verdict = close(code, reason);
    expect(verdict).toMatchObject({ action, rule: 'centrifugo.close.json-advice', code });
    expect(verdict.reason).toBe(text);
  });

  it('1009 stays terminal even when the advice says reconnect', () => {
    expect(close(1009, '{"reconnect":true}')).toMatchObject({
      action: 'close',
      rule: 'centrifugo.close.1009',
    });
  });

  it('an empty reason skips the range rule, as centrifuge-js does', () => {
    expect(close(3500, '')).toMatchObject({ action: 'reconnect', rule: 'centrifugo.close.empty-reason' });
    expect(close(4500)).toMatchObject({ action: 'reconnect', rule: 'centrifugo.close.empty-reason' });
  });

  it('"null" is not advice: the plain range rule applies', () => {
    expect(close(3500, 'null')).toMatchObject({ action: 'close', rule: 'centrifugo.disconnect.3500' });
    expect(close(3001, 'null')).toMatchObject({ action: 'reconnect', rule: 'centrifugo.disconnect.3001' });
  });

  it('3014 resets positions and the token on every path', () => {
    for (const reason of ['state invalidated', '', '{"reconnect":false}', '{"reconnect":true}']) {
      expect(close(3014, reason)).toMatchObject({ resetPosition: true, clearToken: true });
    }
    expect(close(3014, '{"reconnect":false}').action).toBe('close');
  });
});

describe('Centrifugo close event with hostile input', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).reconnect).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    '{a}',
    '{"reason": unquoted, "reconnect": true}',
    "{'reason':'x','reconnect':true}",
    '{"reconnect": tru}',
    '{"reason":"x",',
    '\u0000\uffff',
    '}{',
  ])('malformed JSON %j is a plain reason', (reason) => {
    expect(close(3500, reason)).toMatchObject({ action: 'close', rule: 'centrifugo.disconnect.3500' });
    expect(close(3001, reason)).toMatchObject({ action: 'reconnect', rule: 'centrifugo.disconnect.3001' });
  });

  it.each([
    '{"__proto__":{"reconnect":true,"polluted":1}}',
    '{"constructor":{"prototype":{"reconnect":true,"polluted":1}}}',
    '{"__proto__":null,"reason":"x"}',
  ])('prototype keys %j are inert and never reconnect', (reason) => {
    const verdict = close(3001, reason);
    expect(verdict).toMatchObject({ action: 'close', rule: 'centrifugo.close.json-advice' });
  });

  it('reads only own keys, even when another library polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.reconnect = true;
    try {
      expect(close(3001, '{"x":1}').action).toBe('close');
    } finally {
      delete proto.reconnect;
    }
  });

  it('an own reconnect key next to __proto__ still decides', () => {
    expect(close(3500, '{"__proto__":{"x":1},"reconnect":true}').action).toBe('reconnect');
  });

  it('a huge reason is kept short and not parsed', () => {
    const huge = `{"reconnect":true,"pad":"${'x'.repeat(100_000)}"}`;
    const verdict = close(3500, huge);
    expect(verdict).toMatchObject({ action: 'close', rule: 'centrifugo.disconnect.3500' });
    expect(verdict.reason?.length).toBe(MAX_REASON_LENGTH);
  });

  it('deeply nested JSON does not overflow', () => {
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`;
    expect(close(3001, deep)).toMatchObject({ action: 'close', rule: 'centrifugo.close.json-advice' });
  });

  it.each([
    [Number.NaN, 'x'],
    [3500.5, 'x'],
    ['3500', 'x'],
    [undefined, undefined],
    [3500, 42],
    [3500, { reason: 'x' }],
  ])('bad code %s / reason %s counts as code 0 or an empty reason', (code, reason) => {
    const verdict = close(code, reason);
    expect(['reconnect', 'close']).toContain(verdict.action);
    if (typeof code !== 'number' || !Number.isSafeInteger(code)) {
      expect(verdict).toMatchObject({ action: 'reconnect', rule: 'centrifugo.close.below-3000' });
      expect(verdict.code).toBeUndefined();
    } else {
      expect(verdict).toMatchObject({ action: 'reconnect', rule: 'centrifugo.close.empty-reason' });
    }
  });
});
