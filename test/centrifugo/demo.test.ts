import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

function runDemo(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run demo -- --node', () => {
  it('prints the timeline of a replayed script and exits', { timeout: 30_000 }, async () => {
    const { code, output } = await runDemo(['--node', '--script', '3001,3500', '--hold', '100']);
    expect(code).toBe(0);
    expect(output).toMatch(/connection +reconnecting\.backoff +3001 shutdown/);
    expect(output).toMatch(/connection +closed +3500 invalid token/);
    expect(output).toMatch(/news +publication/);
  });

  it('refuses codes that cannot be close codes', { timeout: 30_000 }, async () => {
    const { code, output } = await runDemo(['--node', '--script', '3001,99']);
    expect(code).toBe(2);
    expect(output).toContain('--script takes WebSocket close codes');
  });
});
