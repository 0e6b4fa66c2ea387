import { createUser } from '@nats-io/nkeys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { credsAuthenticator, nkeyAuthenticator } from '../../src/protocols/nats/auth/index.ts';
import type { NatsSessionOptions } from '../../src/protocols/nats/index.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { mintOperator } from './harness/operatorMode.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { testSession } from './harness/sessionFixture.ts';
import { makeTestPki, tlsBlock } from './harness/tlsCerts.ts';
import { waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();
afterEach(() => vi.restoreAllMocks());

/** JSON of anything, cycles (actor refs in inspection events) cut, functions and errors spelled out. */
function dump(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack, cause: v.cause };
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[cycle]';
      seen.add(v);
    }
    return typeof v === 'function' ? String(v) : v;
  });
}

/**
 * Runs a session that logs in with `secrets` (first the right ones, then wrong ones until it
 * closes) and records everything it shows: statuses, `error` events, inspector events and console
 * output. Returns that text.
 */
async function everythingShown(server: string, options: Partial<NatsSessionOptions>): Promise<string> {
  const shown: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => shown.push(dump(args)));
  }
  const session = testSession({ servers: server, inspect: (event) => shown.push(dump(event)), ...options });
  session.on('status', (status) => shown.push(dump(status)));
  session.on('error', (error) => shown.push(dump(error)));
  session.connect();
  await waitUntil(() => session.state === 'connected' || session.state === 'closed', 'settled');
  shown.push(dump(session.status), dump(session.info));
  session.disconnect();
  return shown.join('\n');
}

describe('secrets never appear in status, errors, inspector events or logs (issue 12)', () => {
  it('password, token, nkey seed, user seed, JWT signature and TLS client key: right and wrong logins', async () => {
    const op = await mintOperator();
    const user = await op.user();
    const nkey = createUser();
    const seed = new TextDecoder().decode(nkey.getSeed());
    const plain = await startNatsServer({
      config: `authorization { users = [ { user: alice, password: "pw-S3cret-1" }, { nkey: ${nkey.getPublicKey()} } ] }`,
    });
    const tokenServer = await startNatsServer({ config: 'authorization { token: "tok-S3cret-2" }' });
    const operator = await startNatsServer({ config: op.config });
    const pki = makeTestPki();
    const mtls = await startNatsServer({
      config: tlsBlock(pki.server, { caFile: pki.caFile, verify: true }),
    });
    const clientTls = { ca: pki.ca, cert: pki.client.cert, key: pki.client.key };
    const runs: [string, Partial<NatsSessionOptions>][] = [
      [plain.url, { user: 'alice', pass: 'pw-S3cret-1' }],
      [plain.url, { user: 'alice', pass: 'pw-S3cret-1-wrong' }],
      [tokenServer.url, { token: 'tok-S3cret-2' }],
      [tokenServer.url, { token: 'tok-S3cret-2-wrong' }],
      [plain.url, { credentials: nkeyAuthenticator(seed) }],
      [tokenServer.url, { credentials: nkeyAuthenticator(seed) }],
      [operator.url, { credentials: credsAuthenticator(user.creds) }],
      [plain.url, { credentials: credsAuthenticator(user.creds) }],
      [mtls.url, { tls: clientTls }],
      [mtls.url, { tls: { ...clientTls, ca: pki.selfSigned.cert } }],
    ];
    const text = [];
    for (const [url, options] of runs) text.push(await everythingShown(url, options));
    const all = text.join('\n');
    // The scan saw what it should: the wrong logins, statuses and inspector events.
    expect(all).toContain('Authorization Violation');
    expect(all).toContain(`"server":"${plain.url}"`);
    expect(all).toContain('@xstate.snapshot');
    expect(all).toContain('nats.tls.unknown-ca');
    pki.remove();
    const keyBody = pki.client.key.split('\n')[1]!; // a line of the client's private key
    const secrets = [
      keyBody,
      'pw-S3cret-1',
      'tok-S3cret-2',
      seed.slice(2, 30),
      user.seed.slice(2, 30),
      user.jwt.split('.')[2]!,
    ];
    for (const secret of secrets) expect(all).not.toContain(secret);
  }, 60_000);
});
