import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';
import { explain } from '../../../src/codes/explain.ts';

const push = (code: number, reason?: string) =>
  classify({ protocol: 'centrifugo', kind: 'disconnect', code, ...(reason === undefined ? {} : { reason }) });

// Spec §2a: 3500-3999 and 4500-4999 close, every other code reconnects; the rule says why.
const boundaries = [
  { code: 2999, action: 'reconnect', rule: 'centrifugo.disconnect.default' },
  { code: 3000, action: 'reconnect', rule: 'centrifugo.disconnect.3000' },
  { code: 3002, action: 'reconnect', rule: 'centrifugo.disconnect.range.3000-3499' },
  { code: 3499, action: 'reconnect', rule: 'centrifugo.disconnect.range.3000-3499' },
  { code: 3500, action: 'close', rule: 'centrifugo.disconnect.3500' },
  { code: 3510, action: 'close', rule: 'centrifugo.disconnect.range.3500-3999' },
  { code: 3999, action: 'close', rule: 'centrifugo.disconnect.range.3500-3999' },
  { code: 4000, action: 'reconnect', rule: 'centrifugo.disconnect.range.4000-4499' },
  { code: 4499, action: 'reconnect', rule: 'centrifugo.disconnect.range.4000-4499' },
  { code: 4500, action: 'close', rule: 'centrifugo.disconnect.range.4500-4999' },
  { code: 4999, action: 'close', rule: 'centrifugo.disconnect.range.4500-4999' },
  { code: 5000, action: 'reconnect', rule: 'centrifugo.disconnect.default' },
  { code: 1009, action: 'reconnect', rule: 'centrifugo.disconnect.default' },
  { code: 0, action: 'reconnect', rule: 'centrifugo.disconnect.default' },
] as const;

describe('Centrifugo disconnect push', () => {
  it.each(boundaries)('$code -> $action by $rule', ({ code, action, rule }) => {
    const verdict = push(code, 'why');
    expect(verdict).toMatchObject({ scope: 'connection', action, rule, code, reason: 'why' });
  });

  it('3014 reconnects and forgets positions and the token', () => {
    expect(push(3014, 'state invalidated')).toMatchObject({
      action: 'reconnect',
      resetPosition: true,
      clearToken: true,
      rule: 'centrifugo.disconnect.3014',
    });
    expect(push(3013).resetPosition).toBeUndefined();
  });

  it('ignores a JSON reason: the code range alone decides a push', () => {
    expect(push(3001, '{"reason":"shutdown","reconnect":false}').action).toBe('reconnect');
    expect(push(3503, '{"reason":"x","reconnect":true}').action).toBe('close');
  });

  it('carries the matched row for name and remediation', () => {
    const verdict = push(3504);
    expect(verdict.entry?.name).toBe('DisconnectConnectionLimit');
    expect(explain(verdict)?.remediation.length).toBeGreaterThan(0);
  });

  it.each([Number.NaN, 3500.5, -1, Number.POSITIVE_INFINITY, 2 ** 60, '3500', null])(
    'a bad code %s gets the default rule and no code',
    (code) => {
      const verdict = push(code as number);
      expect(verdict).toMatchObject({ action: 'reconnect' });
      if (code === -1) expect(verdict.code).toBe(-1);
      else expect(verdict.code).toBeUndefined();
      expect(verdict.rule).toBe('centrifugo.disconnect.default');
    },
  );
});
