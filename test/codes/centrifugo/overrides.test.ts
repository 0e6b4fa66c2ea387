import { describe, expect, it } from 'vitest';
import { classify, createClassifier } from '../../../src/codes/classify.ts';
import type { VerdictOverride } from '../../../src/codes/override.ts';

const reconnect3501: VerdictOverride = {
  protocol: 'centrifugo',
  kind: 'disconnect',
  code: 3501,
  verdict: { scope: 'connection', action: 'reconnect' },
  id: 'retry-bad-request',
};

describe('overrides on Centrifugo codes', () => {
  it('turns a terminal code into a reconnect and names the override', () => {
    const signal = { protocol: 'centrifugo', kind: 'disconnect', code: 3501, reason: 'bad request' } as const;
    expect(classify(signal).action).toBe('close');
    expect(classify(signal, { overrides: [reconnect3501] })).toMatchObject({
      action: 'reconnect',
      rule: 'override.retry-bad-request',
      code: 3501,
      reason: 'bad request',
    });
  });

  it('leaves other codes and kinds alone', () => {
    const classifyWith = createClassifier({ overrides: [reconnect3501] });
    expect(classifyWith({ protocol: 'centrifugo', kind: 'disconnect', code: 3502 }).action).toBe('close');
    expect(classifyWith({ protocol: 'centrifugo', kind: 'close', code: 3501, reason: 'x' }).action).toBe(
      'close',
    );
    expect(classifyWith({ protocol: 'centrifugo-legacy', kind: 'disconnect', code: 3501 }).rule).toBe(
      'centrifugo-legacy.disconnect.default',
    );
  });

  it('overrides an application range for every close event in it', () => {
    const overrides: VerdictOverride[] = [
      { protocol: 'centrifugo', range: [4500, 4599], verdict: { scope: 'connection', action: 'reconnect' } },
    ];
    expect(
      classify({ protocol: 'centrifugo', kind: 'close', code: 4550, reason: 'x' }, { overrides }),
    ).toMatchObject({ action: 'reconnect', rule: 'override.centrifugo.0' });
    expect(
      classify({ protocol: 'centrifugo', kind: 'close', code: 4600, reason: 'x' }, { overrides }).action,
    ).toBe('close');
  });

  it('can make the legacy 3012 reconnect', () => {
    const overrides: VerdictOverride[] = [
      { protocol: 'centrifugo-legacy', code: 3012, verdict: { scope: 'connection', action: 'reconnect' } },
    ];
    expect(classify({ protocol: 'centrifugo-legacy', kind: 'close', code: 3012 }, { overrides }).action).toBe(
      'reconnect',
    );
  });
});
