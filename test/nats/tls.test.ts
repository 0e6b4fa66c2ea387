import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/codes/index.ts';
import type { NatsSession, NatsSessionOptions, NatsStatus } from '../../src/protocols/nats/index.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { testSession } from './harness/sessionFixture.ts';
import { makeTestPki, type TestPki, tlsBlock } from './harness/tlsCerts.ts';
import { startTlsFirstPeer } from './harness/tlsFirstPeer.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();
let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.remove());

/** A session with a handshake timeout that a TLS dial on a loaded machine fits in. */
const tlsSession = (options: NatsSessionOptions): NatsSession => testSession({ timeout: 10_000, ...options });

/** `{ tls }` when given, else nothing (exact optional properties). */
const tlsOption = (tls: NatsSessionOptions['tls'] | undefined) => (tls === undefined ? {} : { tls });

/** Connects and waits for a terminal state or `connected`; returns the statuses seen. */
async function settle(session: NatsSession): Promise<NatsStatus[]> {
  const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
  session.connect();
  await waitUntil(() => session.state === 'connected' || session.state === 'closed', 'connected or closed');
  return statuses;
}

/** A pub/sub round trip over the session. */
async function roundTrip(session: NatsSession): Promise<void> {
  const got: string[] = [];
  const sub = session.subscribe('tls.echo');
  sub.on('message', (m) => got.push(new TextDecoder().decode(m.data)));
  await waitUntil(() => sub.state === 'subscribed', 'subscribed');
  session.publish('tls.echo', 'over tls');
  await waitUntil(() => got.length === 1, 'message over TLS');
  expect(got).toEqual(['over tls']);
}

/** Expects the session closed (not reconnecting) by `rule`, with one dial only. */
function expectTerminal(session: NatsSession, statuses: NatsStatus[], rule: string): void {
  expect(session.state).toBe('closed');
  expect(session.status.rule).toBe(rule);
  expect(session.status.terminal).toBe(true);
  expect(statuses.some((s) => s.state === 'reconnecting')).toBe(false);
  expect(explain(rule)?.remediation).toBeTruthy();
}

describe('TLS over TCP (issue 12)', () => {
  it('upgrades after INFO when the server requires TLS, with the CA given', async () => {
    const server = await startNatsServer({ config: tlsBlock(pki.server) });
    const session = tlsSession({ servers: server.url, tls: { ca: pki.ca } });
    await settle(session);
    expect(session.state).toBe('connected');
    expect(session.info?.tls_required).toBe(true);
    await roundTrip(session);
  });

  it('upgrades again on every reconnect: a TLS server restarted under the session', async () => {
    const server = await startNatsServer({ config: tlsBlock(pki.server) });
    const session = tlsSession({ servers: server.url, tls: { ca: pki.ca } });
    await settle(session);
    const states = collect<NatsStatus>((cb) => session.on('status', cb));
    await server.stop();
    await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
    await server.start();
    await waitUntil(() => session.state === 'connected', 'connected again over TLS');
    expect(states.map((s) => s.state)).toContain('reconnecting');
    await roundTrip(session);
  });

  it('accepts a tls:// URL', async () => {
    const server = await startNatsServer({ config: tlsBlock(pki.server) });
    const session = tlsSession({ servers: `tls://127.0.0.1:${server.port}`, tls: { ca: pki.ca } });
    await settle(session);
    expect(session.state).toBe('connected');
    await roundTrip(session);
  });

  it('mutual TLS: connects with a client certificate, closes without one', async () => {
    const server = await startNatsServer({
      config: tlsBlock(pki.server, { caFile: pki.caFile, verify: true }),
    });
    const withCert = tlsSession({
      servers: server.url,
      tls: { ca: pki.ca, cert: pki.client.cert, key: pki.client.key },
    });
    await settle(withCert);
    expect(withCert.state).toBe('connected');
    await roundTrip(withCert);
    const without = tlsSession({ servers: server.url, tls: { ca: pki.ca } });
    expectTerminal(without, await settle(without), 'nats.tls.client-certificate-rejected');
  });

  const refusals: [
    string,
    (p: TestPki) => string,
    (p: TestPki) => NatsSessionOptions['tls'] | undefined,
    string,
  ][] = [
    ['an unknown CA', (p) => tlsBlock(p.selfSigned), (p) => ({ ca: p.ca }), 'nats.tls.unknown-ca'],
    ['no CA at all (Node roots)', (p) => tlsBlock(p.server), () => undefined, 'nats.tls.unknown-ca'],
    [
      'a hostname mismatch',
      (p) => tlsBlock(p.wrongHost),
      (p) => ({ ca: p.ca }),
      'nats.tls.hostname-mismatch',
    ],
    [
      'an expired certificate',
      (p) => tlsBlock(p.expired),
      (p) => ({ ca: p.ca }),
      'nats.tls.certificate-expired',
    ],
    [
      'tls: false against tls_required',
      (p) => tlsBlock(p.server),
      () => false,
      'nats.tls.required-by-server',
    ],
    ['tls options against a plain server', () => '', (p) => ({ ca: p.ca }), 'nats.tls.not-offered'],
    [
      'handshakeFirst against nats-server 2.9 (no handshake_first)',
      (p) => tlsBlock(p.server),
      (p) => ({ ca: p.ca, handshakeFirst: true }),
      'nats.tls.handshake-first-mismatch',
    ],
  ];
  for (const [what, config, tls, rule] of refusals) {
    it(`is a terminal verdict for ${what}: ${rule}`, async () => {
      const server = await startNatsServer({ config: config(pki) });
      const session = tlsSession({
        servers: server.url,
        maxReconnectAttempts: -1,
        ...tlsOption(tls(pki)),
      });
      expectTerminal(session, await settle(session), rule);
      expect(session.status.lastReason).toBeTruthy();
    });
  }

  it('a tls:// URL against a plain server is refused, never sent in the clear', async () => {
    const server = await startNatsServer({ config: 'authorization { token: "s3cret-token" }' });
    const session = tlsSession({ servers: `tls://127.0.0.1:${server.port}`, token: 's3cret-token' });
    expectTerminal(session, await settle(session), 'nats.tls.not-offered');
  });

  it('handshakeFirst: TLS before INFO, against a scripted TLS-first peer (nats-server 2.9 has no handshake_first)', async () => {
    const peer = await startTlsFirstPeer(pki.server);
    try {
      const session = tlsSession({
        servers: `nats://127.0.0.1:${peer.port}`,
        tls: { ca: pki.ca, handshakeFirst: true },
      });
      await settle(session);
      expect(session.state).toBe('connected');
      expect(peer.sawTlsFirst()).toBe(true);
      expect(peer.connects()).toHaveLength(1);
    } finally {
      await peer.close();
    }
  });
});
