import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';

/**
 * NATS over the browser's own WebSocket: codestate bundled for the browser (esbuild, IIFE),
 * loaded into headless Chromium, talking to a real nats-server; the server is restarted while
 * the page keeps running.
 */
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: "export { createNatsSession } from './src/protocols/nats/index.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'CodestateNats',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await stopAllNatsServers();
});

describe('NATS in headless Chromium', () => {
  it('connects with the native WebSocket, survives a server restart and resubscribes', async () => {
    const server = await startNatsServer({ websocket: true });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>nats</title>');
    await page.addScriptTag({ content: bundle });
    const first = await page.evaluate(async (url) => {
      const until = async (ok: () => boolean) => {
        for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
      };
      const api = (
        globalThis as unknown as { CodestateNats: typeof import('../../src/protocols/nats/index.ts') }
      ).CodestateNats;
      const session = api.createNatsSession({
        servers: [url],
        reconnectTimeWait: 50,
        maxReconnectAttempts: -1,
      });
      const texts: string[] = [];
      const states: string[] = [];
      session.on('status', (s) => states.at(-1) !== s.state && states.push(s.state));
      session.connect();
      const sub = session.subscribe('browser.news');
      sub.on('message', (m) => texts.push(m.text()));
      await until(() => sub.state === 'subscribed');
      session.publish('browser.news', 'hello from chromium');
      await until(() => texts.length > 0);
      Object.assign(globalThis, { session, sub, texts, states, until });
      return { state: session.state, texts: [...texts] };
    }, server.wsUrl);
    expect(first).toEqual({ state: 'connected', texts: ['hello from chromium'] });

    await server.stop();
    await server.start();
    const second = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        session: { state: string; publish(s: string, d: string): boolean };
        sub: { state: string };
        texts: string[];
        states: string[];
        until(ok: () => boolean): Promise<void>;
      };
      await g.until(() => g.session.state === 'connected' && g.sub.state === 'subscribed');
      await g.until(() => {
        if (g.texts.length < 2) g.session.publish('browser.news', 'after restart');
        return g.texts.length >= 2;
      });
      return { state: g.session.state, last: g.texts.at(-1), states: g.states };
    });
    expect(second.state).toBe('connected');
    expect(second.last).toBe('after restart');
    expect(second.states).toContain('reconnecting');
    await page.close();
  });
});
