import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.ts';
import { explain } from '../../../src/codes/explain.ts';
import { connectionMachine } from '../../../src/machines/connection/connection.machine.ts';
import { sourcesUnder } from './sourceScan.ts';

const MACHINES = sourcesUnder('src/machines');
const PROTOCOLS = sourcesUnder('src/protocols');

/** Every `localCause('<rule>', '<action>', '<scope>', ...)` a machine records. */
const LOCAL_CAUSES = MACHINES.flatMap(({ path, text }) =>
  [...text.matchAll(/localCause\(\s*'([^']+)',\s*'([^']+)',\s*'([^']+)'/g)].map(
    ([, rule, action, scope]) => ({ path, rule: rule as string, action, scope }),
  ),
);

/** Events whose transition records `browser.<event>` (recordBrowserDrop), read from the machine. */
function browserDropEvents(): string[] {
  const events = new Set<string>();
  const visit = (node: { on?: Record<string, { actions?: unknown[] }[]>; states?: object }) => {
    for (const [event, transitions] of Object.entries(node.on ?? {}))
      if (transitions.some((t) => t.actions?.includes('recordBrowserDrop'))) events.add(event);
    for (const child of Object.values(node.states ?? {})) visit(child);
  };
  visit(connectionMachine.toJSON() as never);
  return [...events].sort();
}

describe('explain() answers for every rule a machine can record', () => {
  it('finds the local causes in the machines', () => {
    expect(LOCAL_CAUSES.map((c) => c.rule).sort()).toEqual(
      expect.arrayContaining(['cancel', 'connect-timeout', 'connection.down', 'deadline', 'transport']),
    );
    // The one computed id is recordBrowserDrop's; every other first argument is a literal.
    const calls = MACHINES.flatMap(({ text }) => [...text.matchAll(/localCause\(\s*([`'])/g)]);
    expect(calls.filter(([, quote]) => quote === '`')).toHaveLength(1);
    expect(calls.length).toBe(LOCAL_CAUSES.length + 1);
    expect(browserDropEvents()).toEqual(['offline', 'pagehide']);
  });

  it.each(LOCAL_CAUSES.map((c) => [c.rule, c.path, c] as const))('%s (%s)', (rule, _path, cause) => {
    const row = explain(rule);
    expect(row, rule).toBeDefined();
    // The row says what the machines do; a transport error in a request is retried, not
    // reconnected (the row's description says so).
    if (rule === 'transport' && cause.scope === 'request') {
      expect(cause.action).toBe('retry');
      expect(row?.description).toContain('request/retry');
    } else expect(row?.verdict).toMatchObject({ scope: cause.scope, action: cause.action });
  });

  it.each(browserDropEvents())('browser.%s', (event) => {
    expect(explain(`browser.${event}`)?.verdict).toEqual({ scope: 'connection', action: 'reconnect' });
  });

  it('every rule id the sessions name has a row, and the CLI explains it', () => {
    const ids = PROTOCOLS.flatMap(({ text }) =>
      [...text.matchAll(/(?:rule:\s*|localVerdict\(\s*)'([a-z][\w.-]*)'/g)].map(([, id]) => id as string),
    );
    expect(ids).toEqual(expect.arrayContaining(['nats.info.ldm', 'celeriant.watch.eof']));
    for (const id of ids) expect(explain(id), id).toBeDefined();
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(runCli(['explain', 'nats', 'nats.info.ldm', '--kind', 'local'], io)).toBe(0);
    expect(runCli(['explain', 'client', 'connect-timeout'], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/rule: +nats\.info\.ldm[\s\S]*rule: +connect-timeout/);
    expect(lines.join('\n')).toContain('remediation: Check that the server is reachable');
  });
});
