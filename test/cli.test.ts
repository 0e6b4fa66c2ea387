import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/runCli.ts';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('codestate CLI', () => {
  it('explains a code with its verdict and rule', () => {
    const r = run('explain', 'centrifugo', '3500');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/verdict: +connection \/ close/);
    expect(r.out).toMatch(/rule: +centrifugo\./);
  });

  it('prints JSON verdicts and the catalog as JSON', () => {
    const v = JSON.parse(run('explain', 'celeriant', '2002', '--json').out);
    expect(v).toMatchObject({ scope: 'request', action: 'succeed' });
    const rows = JSON.parse(run('catalog', '--json').out);
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(200);
  });

  it('rejects an unknown protocol with a clear message and exit 2', () => {
    const r = run('explain', 'mqtt', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown protocol "mqtt"');
  });

  it('rejects a non-numeric code, a missing key and an unknown command', () => {
    expect(run('explain', 'centrifugo', 'abc').err).toContain('not a numeric code');
    expect(run('explain', 'nats').code).toBe(2);
    expect(run('frobnicate').err).toContain('Unknown command');
    expect(run('explain', 'centrifugo', '109', '--during').err).toContain('--during needs a value');
  });
});
