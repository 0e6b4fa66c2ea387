import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';

// Each UMD file loaded by real Chromium as a CDN user would: a classic <script>, no bundler, no
// module system; the page then uses the global it defines.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

const bundles = [
  {
    file: 'dist/codestate-centrifugo.umd.js',
    global: 'CodestateCentrifugo',
    session: 'createCentrifugoSession',
  },
  { file: 'dist/codestate-nats.umd.js', global: 'CodestateNats', session: 'createNatsSession' },
  { file: 'dist/codestate-codes.umd.js', global: 'CodestateCodes', session: undefined },
  { file: 'dist/codestate.umd.js', global: 'Codestate', session: 'createCentrifugoSession' },
];

describe('UMD bundles in Chromium', () => {
  it.each(bundles)(
    '$global loads from a script tag and works',
    async ({ file, global, session }) => {
      const page = await browser.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.setContent('<!doctype html><title>umd</title>');
        await page.addScriptTag({ content: readFileSync(file, 'utf8') });
        const seen = await page.evaluate(
          ([name, sessionName]) => {
            const api = (globalThis as unknown as Record<string, Record<string, unknown>>)[name as string];
            if (!api) return { loaded: false };
            const result: Record<string, unknown> = { loaded: true };
            const classify = api.classify as ((s: unknown) => { rule: string }) | undefined;
            if (classify)
              result.rule = classify({ protocol: 'nats', kind: 'err', text: "'Stale Connection'" }).rule;
            if (sessionName) {
              // A session for a server that is never dialled: created, read, stopped.
              const create = api[sessionName] as (o: unknown) => { state: string; stop(): void };
              const options =
                sessionName === 'createNatsSession'
                  ? { servers: 'ws://127.0.0.1:9' }
                  : { url: 'ws://127.0.0.1:9' };
              const s = create(options);
              result.state = s.state;
              s.stop();
            }
            return result;
          },
          [global, session] as const,
        );
        expect(seen.loaded).toBe(true);
        if (session) expect(typeof seen.state).toBe('string');
        if (global !== 'CodestateCentrifugo' && global !== 'CodestateNats')
          expect(seen.rule).toMatch(/^nats\./);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    90_000,
  );
});
