import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/codes/catalog.ts';
import { allDocs, allRules } from '../../src/codes/catalogEntries.ts';

const ALL_RULES = allRules();
const ALL_DOCS = allDocs();

import { classify } from '../../src/codes/classify.ts';
import { explain } from '../../src/codes/explain.ts';

describe('rules and their docs', () => {
  it('every rule has a doc and every doc a rule', () => {
    const ruleIds = ALL_RULES.map((r) => r.id);
    const docIds = Object.keys(ALL_DOCS);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleIds.filter((id) => !Object.hasOwn(ALL_DOCS, id))).toEqual([]);
    expect(docIds.filter((id) => !ruleIds.includes(id))).toEqual([]);
  });

  it('rules carry no documentation fields', () => {
    for (const rule of ALL_RULES) {
      for (const field of ['message', 'description', 'remediation', 'source'])
        expect(rule).not.toHaveProperty(field);
    }
  });

  it('catalog() rows are the rule joined with its doc', () => {
    const rows = catalog();
    expect(rows).toHaveLength(ALL_RULES.length);
    for (const [i, row] of rows.entries()) {
      const rule = ALL_RULES[i];
      expect(rule && { ...rule, ...ALL_DOCS[rule.id] }).toEqual(row);
    }
  });
});

describe('explain', () => {
  it('gives the row behind a verdict, with its documentation', () => {
    const verdict = classify({ protocol: 'centrifugo', kind: 'disconnect', code: 3500 });
    const row = catalog('centrifugo').find((r) => r.id === 'centrifugo.disconnect.3500');
    expect(verdict.entry).not.toHaveProperty('remediation');
    expect(explain(verdict)).toEqual(row);
    expect(explain(verdict.entry)).toEqual(row);
    expect(explain('centrifugo.disconnect.3500')).toEqual(row);
  });

  it('names the matched row, not the rule, when they differ', () => {
    // A close with JSON advice fires the advice rule but names the code's own row.
    const verdict = classify({
      protocol: 'centrifugo',
      kind: 'close',
      code: 3014,
      reason: '{"reason":"x","reconnect":true}',
    });
    expect(verdict.rule).toBe('centrifugo.close.json-advice');
    expect(explain(verdict)?.id).toBe(verdict.entry?.id);
  });

  it('falls back to the range or default rule when no row matched', () => {
    const verdict = classify({ protocol: 'celeriant', kind: 'error', code: 1999 });
    expect(verdict.entry).toBeUndefined();
    expect(explain(verdict)?.id).toBe(verdict.rule);
    expect(explain(verdict)?.remediation.length).toBeGreaterThan(0);
  });

  it('answers undefined for overrides, unknown ids and nothing', () => {
    const overridden = classify(
      { protocol: 'nats', kind: 'err', text: 'made up' },
      { overrides: [{ protocol: 'nats', verdict: { scope: 'none', action: 'ignore' }, id: 'x' }] },
    );
    expect(explain(overridden)).toBeUndefined();
    expect(explain('no.such.rule')).toBeUndefined();
    expect(explain(undefined)).toBeUndefined();
    for (const bad of [42, null, {}, { rule: 7 }]) expect(explain(bad as never)).toBeUndefined();
  });

  it('returns copies: changing one does not change the catalog', () => {
    const copy = explain('centrifugo.disconnect.3500');
    if (!copy) throw new Error('3500 row missing');
    copy.remediation = 'changed';
    expect(explain('centrifugo.disconnect.3500')?.remediation).not.toBe('changed');
  });
});
