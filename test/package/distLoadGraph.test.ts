import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// What Node loads for `import 'codestate/<subpath>'` with no bundler: every file of the import graph
// is read, compiled and run (cold start pays about 1 ms per file, issue 10), and every chart a
// loaded chunk builds at its top level is built. rollup's manualChunks decide this graph.
function loadGraph(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import) '(\.[^']+)'/g))
      walk(resolve(dirname(file), path ?? ''));
  };
  walk(resolve('dist', entry));
  // Chunk names without rollup's content hash: `chunks/runtime-AbC1.js` -> `runtime`.
  return [...seen].map((file) => basename(file, '.js').replace(/-[\w-]{8}$/, ''));
}

describe('dist load graph (plain Node import)', () => {
  beforeAll(() => {
    if (!existsSync('dist/centrifugo.js'))
      throw new Error('dist/ is missing: run `npm run build` before these tests.');
  });

  it('codestate/centrifugo loads six files and nothing of NATS or Celeriant', () => {
    const files = loadGraph('centrifugo.js');
    expect(files.sort()).toEqual(
      ['centrifugo', 'centrifugo', 'codes-centrifugo', 'codes-core', 'objectSchemas', 'runtime'].sort(),
    );
  });

  it('codestate/nats loads nothing of Centrifugo', () => {
    const files = loadGraph('nats.js');
    expect(files).toContain('runtime');
    expect(files.filter((file) => /centrifugo/.test(file))).toEqual([]);
  });

  it('sessions build no subscription chart at import (codestate/machines builds both)', () => {
    // The chunks of the exported chart constants, which build their chart when they load; sessions
    // build the lean chart at their first subscription instead.
    const charts = (entry: string) =>
      loadGraph(entry).filter((file) => /^(createSubscriptionMachine|leanSubscriptionMachine)$/.test(file));
    expect(charts('centrifugo.js')).toEqual([]);
    expect(charts('nats.js')).toEqual([]);
    // Celeriant's watches run the driver variant (createSubscriptionMachine), so it loads that one.
    expect(charts('celeriant.js')).toEqual(['createSubscriptionMachine']);
    expect(charts('machines.js').sort()).toEqual(['createSubscriptionMachine', 'leanSubscriptionMachine']);
  });
});
