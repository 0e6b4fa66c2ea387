import { describe, expect, it } from 'vitest';
import { cutCloseReason, MAX_CLOSE_REASON_BYTES, openWebSocket } from '../../src/transports/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('cutCloseReason', () => {
  it.each([
    ['ASCII', 'x'.repeat(300)],
    ['Cyrillic (2 bytes)', 'ошибка прокси: '.repeat(20)],
    ['CJK (3 bytes)', '代理服务器错误'.repeat(20)],
    ['emoji (4 bytes, surrogate pairs)', '🚀'.repeat(60)],
    ['mixed', `a${'é漢🚀'.repeat(40)}`],
  ])('cuts %s to at most 123 UTF-8 bytes without splitting a character', (_, reason) => {
    const cut = cutCloseReason(reason);
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_CLOSE_REASON_BYTES);
    expect(bytes(cut)).toBeGreaterThan(MAX_CLOSE_REASON_BYTES - 4);
    expect(reason.startsWith(cut)).toBe(true);
    // No lone surrogate at the cut: the text round-trips through UTF-8 unchanged.
    expect(new TextDecoder().decode(new TextEncoder().encode(cut))).toBe(cut);
  });

  it('keeps a reason that fits, exactly', () => {
    expect(cutCloseReason('я'.repeat(61))).toBe('я'.repeat(61));
    expect(cutCloseReason('я'.repeat(62))).toBe('я'.repeat(61));
    expect(cutCloseReason('漢'.repeat(41))).toBe('漢'.repeat(41));
    expect(cutCloseReason('漢'.repeat(42))).toBe('漢'.repeat(41));
    expect(cutCloseReason('')).toBe('');
  });
});

describe('openWebSocket close', () => {
  it('ends the socket when close(code, reason) throws', () => {
    const calls: string[] = [];
    class Refusing {
      binaryType = 'blob';
      readyState = 1;
      onopen = null;
      onmessage = null;
      onclose = null;
      onerror = null;
      send() {}
      close(code?: number) {
        calls.push(`close ${code}`);
        throw new RangeError('refused');
      }
      terminate() {
        calls.push('terminate');
      }
    }
    const transport = openWebSocket('ws://x', Refusing, { onOpen() {}, onMessage() {}, onClose() {} });
    expect(() => transport.close(4999, 'x')).not.toThrow();
    expect(calls).toEqual(['close 4999', 'terminate']);
  });

  it('falls back to a bare close() where there is no terminate (browsers)', () => {
    const calls: unknown[][] = [];
    class Browserish {
      binaryType = 'blob';
      readyState = 1;
      onopen = null;
      onmessage = null;
      onclose = null;
      onerror = null;
      send() {}
      close(...args: unknown[]) {
        calls.push(args);
        if (args.length > 0) throw new DOMException('refused', 'InvalidAccessError');
      }
    }
    openWebSocket('ws://x', Browserish, { onOpen() {}, onMessage() {}, onClose() {} }).close(1, 'r');
    expect(calls).toEqual([[1, 'r'], []]);
  });
});
