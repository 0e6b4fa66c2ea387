import type { NodeConnectionOptions } from '@nats-io/transport-node';
import { classifyNats } from '../../../src/codes/nats/classifyNats.ts';
import { tlsRuleFor } from '../../../src/codes/nats/tlsRules.ts';
import type { NatsSessionOptions, NatsStatus } from '../../../src/protocols/nats/index.ts';
import type { NatsDifferential } from './natsDifferential.ts';
import { testSession } from './sessionFixture.ts';
import { collect, waitUntil } from './waitUntil.ts';

/** Handshake timeout of both clients in the secured scenarios: TLS dials on a loaded machine. */
export const SECURE_TIMEOUT = 5000;

/**
 * Names why nats.js refused a connect with codestate's catalog, so the two clients' outcomes read
 * alike: a Node TLS error code by its `nats.tls.*` row, an `-ERR` text by its `nats.err.*` row.
 */
export function whyNatsJs(error: unknown): string {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    const rule = typeof code === 'string' ? tlsRuleFor(code) : undefined;
    if (rule !== undefined) return rule;
    if (e.message.includes("server does not support 'tls'")) return 'nats.tls.not-offered';
    if (e.name === 'AuthorizationError')
      return classifyNats({ protocol: 'nats', kind: 'err', text: e.message }).rule;
    if (e.name === 'TimeoutError') return 'timeout';
  }
  return `unexpected: ${String(error)}`;
}

/** nats.js: `connected`, or `refused: <why>` when the first connect rejects. */
export async function natsJsConnects(
  differential: NatsDifferential,
  options: NodeConnectionOptions,
): Promise<string> {
  try {
    await differential.probe({ timeout: SECURE_TIMEOUT, ...options });
    return 'connected';
  } catch (error) {
    return `refused: ${whyNatsJs(error)}`;
  }
}

/** codestate: `connected`, or `refused: <rule>` when the session closed (it never loops). */
export async function oursConnects(options: NatsSessionOptions): Promise<string> {
  const session = testSession({ timeout: SECURE_TIMEOUT, ...options });
  session.connect();
  await waitUntil(
    () => session.state === 'connected' || session.state === 'closed',
    'connected or closed',
    30_000,
  );
  return session.state === 'connected' ? 'connected' : `refused: ${session.status.rule}`;
}

/**
 * codestate with a user JWT that expires while connected: `expired, then closed` when the
 * credentials stay the same, `expired, reconnected` when the authenticator gave fresh ones.
 */
export async function oursOnExpiry(options: NatsSessionOptions, refreshes: boolean): Promise<string> {
  const session = testSession({ timeout: SECURE_TIMEOUT, ...options });
  const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
  const expired = () => statuses.some((s) => s.rule === 'nats.err.user-authentication-expired');
  session.connect();
  await waitUntil(
    () => expired() && (refreshes ? session.state === 'connected' : session.state === 'closed'),
    'expiry handled',
    30_000,
  );
  return `expired, ${session.state === 'closed' ? 'then closed' : 'reconnected'}`;
}

/** nats.js with a user JWT that expires while connected (see {@link oursOnExpiry}). */
export async function natsJsOnExpiry(
  differential: NatsDifferential,
  options: NodeConnectionOptions,
  refreshes: boolean,
): Promise<string> {
  const probe = await differential.probe({ timeout: SECURE_TIMEOUT, maxReconnectAttempts: -1, ...options });
  const expired = () => probe.events.some((e) => /expired/i.test(e));
  await waitUntil(
    () => expired() && (refreshes ? probe.events.includes('reconnect') : probe.closedWith !== undefined),
    'nats.js expiry handled',
    30_000,
  );
  return `expired, ${probe.closedWith !== undefined ? 'then closed' : 'reconnected'}`;
}

/**
 * codestate revoked while connected: `revoked, then closed` with the same credentials, `revoked,
 * reconnected` when the authenticator gives a new user after the refusal.
 */
export async function oursOnRevocation(
  options: NatsSessionOptions,
  revoke: () => Promise<void>,
  refreshes: boolean,
): Promise<string> {
  const session = testSession({ timeout: SECURE_TIMEOUT, ...options });
  const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
  session.connect();
  await waitUntil(() => session.state === 'connected', 'connected before the revocation', 30_000);
  await revoke();
  const revoked = () => statuses.some((s) => s.rule === 'nats.err.user-authentication-revoked');
  // Revoked is refresh-token: the redial already has fresh credentials (or the same ones, which
  // the server refuses, and that second auth error in a row closes).
  const revokedAt = () => statuses.findIndex((s) => s.rule === 'nats.err.user-authentication-revoked');
  const reconnected = () => statuses.slice(revokedAt() + 1).some((s) => s.state === 'connected');
  const done = () =>
    refreshes ? reconnected() && session.state === 'connected' : session.state === 'closed';
  await waitUntil(() => revoked() && done(), 'revocation handled', 30_000);
  return `revoked, ${session.state === 'closed' ? 'then closed' : 'reconnected'}`;
}

/** nats.js revoked while connected (see {@link oursOnRevocation}). */
export async function natsJsOnRevocation(
  differential: NatsDifferential,
  options: NodeConnectionOptions,
  revoke: () => Promise<void>,
  refreshes: boolean,
): Promise<string> {
  const probe = await differential.probe({ timeout: SECURE_TIMEOUT, maxReconnectAttempts: -1, ...options });
  await revoke();
  const at = (text: string) => probe.events.findIndex((e) => e.includes(text));
  const reconnectedAfterRefusal = () =>
    at('Authorization Violation') >= 0 &&
    probe.events.lastIndexOf('reconnect') > at('Authorization Violation');
  await waitUntil(
    () => at('Revoked') >= 0 && (refreshes ? reconnectedAfterRefusal() : probe.closedWith !== undefined),
    'nats.js revocation handled',
    30_000,
  );
  return `revoked, ${probe.closedWith !== undefined ? 'then closed' : 'reconnected'}`;
}
