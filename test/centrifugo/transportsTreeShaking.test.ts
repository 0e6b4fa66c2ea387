import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The source files that put code in the bundle of `code`, as an app's bundler would build it. */
async function bundledFiles(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

const HTTP_FILES = [
  'httpStreamTransport.ts',
  'sseTransport.ts',
  'createEmulationSender.ts',
  'createLineBuffer.ts',
];
const has = (files: string[], name: string) => files.some((file) => file.endsWith(`/${name}`));

describe('Centrifugo transports are tree-shakable', () => {
  it('a WebSocket-only session ships neither HTTP transport nor the emulation code', async () => {
    const files = await bundledFiles(
      "export { createCentrifugoSession } from './src/protocols/centrifugo/index.ts';",
    );
    expect(has(files, 'createCentrifugoSession.ts')).toBe(true);
    for (const name of HTTP_FILES) expect(has(files, name), name).toBe(false);
  });

  it('importing httpStreamTransport ships it and its emulation sender, not SSE', async () => {
    const files = await bundledFiles(
      "export { createCentrifugoSession, httpStreamTransport } from './src/protocols/centrifugo/index.ts';",
    );
    for (const name of ['httpStreamTransport.ts', 'createEmulationSender.ts', 'createLineBuffer.ts'])
      expect(has(files, name), name).toBe(true);
    expect(has(files, 'sseTransport.ts')).toBe(false);
  });
});
