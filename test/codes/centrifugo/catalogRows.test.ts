import { describe, expect, it } from 'vitest';
import { catalog, lookup } from '../../../src/codes/catalog.ts';
import { classify } from '../../../src/codes/classify.ts';
import { ACTIONS, type CodeEntry, SCOPES } from '../../../src/codes/types.ts';

const rows: CodeEntry[] = [...catalog('centrifugo'), ...catalog('centrifugo-legacy')];

describe('Centrifugo rows are clean data', () => {
  it('ids are unique and carry the protocol prefix', () => {
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) expect(row.id.startsWith(`${row.protocol}.`)).toBe(true);
  });

  it.each(rows)('$id is complete', (row) => {
    expect(SCOPES).toContain(row.verdict.scope);
    expect(ACTIONS).toContain(row.verdict.action);
    for (const field of [row.name, row.message, row.description, row.remediation, row.source]) {
      expect(field.trim().length).toBeGreaterThan(0);
    }
    // Remediation: imperative, one or two sentences, no markdown.
    expect(row.remediation).not.toMatch(/[`*#_[\]]/);
    expect(row.remediation.split(/\.\s/).length).toBeLessThanOrEqual(2);
    expect(row.remediation).toMatch(/^[A-Z]/);
    if (row.kind !== 'range') expect(Number.isSafeInteger(row.code)).toBe(true);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('returns copies: changing one does not change the catalog', () => {
    const copy = catalog('centrifugo').find((r) => r.id === 'centrifugo.disconnect.3500');
    if (!copy) throw new Error('3500 row missing');
    copy.verdict.action = 'reconnect';
    expect(lookup('centrifugo', 3500, 'disconnect')?.verdict.action).toBe('close');
  });

  it('lookup finds the server row before the SDK row sharing its code', () => {
    expect(lookup('centrifugo', 3014)?.id).toBe('centrifugo.disconnect.3014');
    expect(lookup('centrifugo', 2502)?.id).toBe('centrifugo.unsubscribe.2502');
  });
});

describe('disconnect rows agree with the code ranges', () => {
  const disconnectRows = rows.filter((r) => r.protocol === 'centrifugo' && r.kind === 'disconnect');
  it.each(disconnectRows)('$id', (row) => {
    const terminalRange = (c: number) => (c >= 3500 && c < 4000) || (c >= 4500 && c < 5000);
    const code = row.code ?? Number.NaN;
    expect(row.verdict.action).toBe(terminalRange(code) ? 'close' : 'reconnect');
    const verdict = classify({ protocol: 'centrifugo', kind: 'disconnect', code });
    expect(verdict.rule).toBe(row.id);
  });
});

describe('every rule a verdict names is a catalog row', () => {
  const ids = new Set(rows.map((r) => r.id));
  const codes = [
    -1, 0, 1, 11, 99, 100, 109, 113, 999, 1009, 2000, 2499, 2500, 2502, 3014, 3499, 3999, 4499, 4999, 5000,
  ];
  const signals = codes.flatMap((code) => [
    { protocol: 'centrifugo', kind: 'disconnect', code },
    { protocol: 'centrifugo', kind: 'close', code, reason: 'x' },
    { protocol: 'centrifugo', kind: 'close', code, reason: '' },
    { protocol: 'centrifugo', kind: 'close', code, reason: '{"reconnect":true}' },
    { protocol: 'centrifugo', kind: 'unsubscribe', code },
    ...(['connect', 'subscribe', 'refresh', 'call'] as const).map((during) => ({
      protocol: 'centrifugo',
      kind: 'error',
      code,
      during,
    })),
    { protocol: 'centrifugo-legacy', kind: 'close', code },
    { protocol: 'centrifugo-legacy', kind: 'close', code, reason: '{"reconnect":false}' },
  ]);
  it.each(signals)('%o', (signal) => {
    const verdict = classify(signal as Parameters<typeof classify>[0]);
    expect(ids.has(verdict.rule), verdict.rule).toBe(true);
    expect(verdict.entry && ids.has(verdict.entry.id)).toBe(true);
  });
});

describe('range rows are consistent data', () => {
  const ranges = rows.filter(
    (r) => r.kind === 'range' && typeof r.extra?.from === 'number' && r.extra.during === undefined,
  );
  const bySignal = new Map<string, CodeEntry[]>();
  for (const r of ranges)
    bySignal.set(String(r.extra?.signal), [...(bySignal.get(String(r.extra?.signal)) ?? []), r]);

  it.each([...bySignal.entries()])('%s ranges do not overlap', (_signal, group) => {
    const sorted = group
      .map((r) => [Number(r.extra?.from), Number(r.extra?.to)] as const)
      .filter(([from, to]) => from !== to) // single-code rules (1009) refine a wider range
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]?.[0]).toBeGreaterThan(sorted[i - 1]?.[1] ?? Number.POSITIVE_INFINITY);
    }
  });

  it.each(rows.filter((r) => r.protocol === 'centrifugo' && r.kind === 'unsubscribe'))(
    '$id agrees with the unsubscribe ranges',
    (row) => {
      const range = bySignal
        .get('unsubscribe')
        ?.find((r) => (row.code ?? 0) >= Number(r.extra?.from) && (row.code ?? 0) <= Number(r.extra?.to));
      expect(range?.verdict.action).toBe(row.verdict.action);
    },
  );
});
