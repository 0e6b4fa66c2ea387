import { createUser } from '@nats-io/nkeys';
import { describe, expect, it } from 'vitest';
import {
  credsAuthenticator,
  jwtAuthenticator,
  nkeyAuthenticator,
} from '../../src/protocols/nats/auth/index.ts';
import type { NatsCredentialsRequest, NatsStatus } from '../../src/protocols/nats/index.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { mintOperator } from './harness/operatorMode.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { testSession } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const nkeyUser = () => {
  const kp = createUser();
  return { seed: text(kp.getSeed()), publicKey: kp.getPublicKey() };
};
const settled = (s: { state: string }) => s.state === 'connected' || s.state === 'closed';

describe('nkey authentication (issue 12)', () => {
  it('signs the INFO nonce with the seed; the callback sees the nonce the server sent', async () => {
    const user = nkeyUser();
    const server = await startNatsServer({
      config: `authorization { users = [ { nkey: ${user.publicKey} } ] }`,
    });
    const requests: NatsCredentialsRequest[] = [];
    const sign = nkeyAuthenticator(user.seed);
    const session = testSession({
      servers: server.url,
      credentials: (request) => {
        requests.push(request);
        return sign(request);
      },
    });
    session.connect();
    await waitUntil(() => settled(session), 'connected');
    expect(session.state).toBe('connected');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.nonce).toBeTruthy();
    expect(requests[0]?.nonce).toBe(session.info?.nonce);
  });

  it('a wrong seed is refused twice in a row, then the session closes (refresh-token, as today)', async () => {
    const user = nkeyUser();
    const server = await startNatsServer({
      config: `authorization { users = [ { nkey: ${user.publicKey} } ] }`,
    });
    const fresh: boolean[] = [];
    const wrong = nkeyAuthenticator(nkeyUser().seed);
    const session = testSession({
      servers: server.url,
      credentials: (request) => {
        fresh.push(request.fresh);
        return wrong(request);
      },
    });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(() => session.state === 'closed', 'closed after two auth failures');
    expect(session.status.rule).toBe('nats.err.authorization-violation');
    expect(fresh).toEqual([false, true]);
    expect(statuses.filter((s) => s.state === 'reconnecting')).toHaveLength(1);
  });

  it('an async authenticator that never answers is bounded by the handshake timeout', async () => {
    const server = await startNatsServer({});
    let calls = 0;
    const session = testSession({
      servers: server.url,
      timeout: 300,
      credentials: () => {
        calls++;
        return new Promise(() => {});
      },
    });
    session.connect();
    await waitUntil(() => calls >= 2, 'a second dial after the first timed out');
    expect(session.state).not.toBe('connected');
    expect(session.status.rule).toBe('connect-timeout');
  });
});

describe('operator mode: user JWTs and .creds files (memory resolver)', () => {
  it('connects with a user JWT + seed, and with a .creds file', async () => {
    const op = await mintOperator();
    const server = await startNatsServer({ config: op.config });
    const user = await op.user();
    const withJwt = testSession({ servers: server.url, credentials: jwtAuthenticator(user.jwt, user.seed) });
    const withCreds = testSession({ servers: server.url, credentials: credsAuthenticator(user.creds) });
    withJwt.connect();
    withCreds.connect();
    await waitUntil(() => settled(withJwt) && settled(withCreds), 'both settled');
    expect([withJwt.state, withCreds.state]).toEqual(['connected', 'connected']);
    const got: string[] = [];
    withCreds.subscribe('op.echo').on('message', (m) => got.push(text(m.data)));
    await withCreds.flush();
    withJwt.publish('op.echo', 'from jwt');
    await waitUntil(() => got.length === 1, 'message across users of the account');
  });

  it('an expiring JWT: User Authentication Expired asks for fresh credentials, and reconnects with them', async () => {
    const op = await mintOperator();
    const server = await startNatsServer({ config: op.config });
    const shortLived = await op.user({ expiresIn: 2 });
    const longLived = await op.user();
    const fresh: boolean[] = [];
    const session = testSession({
      servers: server.url,
      credentials: async (request) => {
        fresh.push(request.fresh);
        const user = request.fresh ? longLived : shortLived;
        return jwtAuthenticator(user.jwt, user.seed)(request);
      },
    });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected with the short-lived JWT');
    await waitUntil(
      () => fresh.length === 2 && session.state === 'connected',
      'reconnected with a fresh JWT',
    );
    expect(statuses.some((s) => s.rule === 'nats.err.user-authentication-expired')).toBe(true);
    expect(fresh).toEqual([false, true]);
  });

  it('an expired JWT returned again closes the session on the second auth failure', async () => {
    const op = await mintOperator();
    const server = await startNatsServer({ config: op.config });
    const shortLived = await op.user({ expiresIn: 2 });
    const session = testSession({
      servers: server.url,
      credentials: jwtAuthenticator(shortLived.jwt, shortLived.seed),
    });
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected before expiry');
    await waitUntil(() => session.state === 'closed', 'closed after expiry and a refused redial');
    // The redial is refused as Authorization Violation, or (when it lands in the JWT's last
    // second) accepted and expired again at once: either way the second auth error closes.
    expect(['nats.err.authorization-violation', 'nats.err.user-authentication-expired']).toContain(
      session.status.rule,
    );
  });

  it('revoked credentials are refused (Authorization Violation, refresh-token); fresh ones connect', async () => {
    const op = await mintOperator();
    const server = await startNatsServer({ config: op.config });
    const good = await op.user();
    const fresh: boolean[] = [];
    const session = testSession({
      servers: server.url,
      credentials: (request) => {
        fresh.push(request.fresh);
        const user = request.fresh ? good : op.revoked;
        return jwtAuthenticator(user.jwt, user.seed)(request);
      },
    });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(() => settled(session), 'settled');
    expect(session.state).toBe('connected');
    expect(fresh).toEqual([false, true]);
    expect(statuses.some((s) => s.rule === 'nats.err.authorization-violation')).toBe(true);
  });

  it('revoked while connected: User Authentication Revoked asks for fresh credentials before the redial', async () => {
    const op = await mintOperator();
    const server = await startNatsServer({ config: op.config });
    const [doomed, replacement] = [await op.user(), await op.user()];
    const fresh: boolean[] = [];
    const session = testSession({
      servers: server.url,
      credentials: (request) => {
        fresh.push(request.fresh);
        const user = request.fresh ? replacement : doomed;
        return jwtAuthenticator(user.jwt, user.seed)(request);
      },
    });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected before the revocation');
    await op.revoke(server.url, doomed);
    await waitUntil(
      () => fresh.length === 2 && session.state === 'connected',
      'connected with new credentials',
    );
    const rules = statuses.map((s) => s.rule).filter((r) => r?.startsWith('nats.err.'));
    expect(rules).toContain('nats.err.user-authentication-revoked');
    // Revoked is `refresh-token`: no redial with the revoked user, so no refusal either.
    expect(rules).not.toContain('nats.err.authorization-violation');
    expect(fresh).toEqual([false, true]);
  });
});
