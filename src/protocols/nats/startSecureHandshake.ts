import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import type { Transport } from '../../transports/transport.ts';
import { type NatsTlsOptions, nodeTlsOptions, tlsStep } from './natsTls.ts';

/** What {@link startSecureHandshake} calls back. */
export interface SecureHandshakeHooks {
  /** The socket is ready for CONNECT (plain as allowed, or upgraded to TLS). */
  proceed(): void;
  /** TLS cannot be agreed: report this catalog rule (terminal) with the reason. */
  refuse(rule: string, reason: string): void;
}

/**
 * The step between INFO and CONNECT: upgrade the socket to TLS when the server requires or offers
 * it (see `tlsStep`), refuse when client and server disagree, else go on in the clear. Transports
 * that cannot upgrade (WebSocket: `wss://` is TLS already) always go on.
 */
export function startSecureHandshake(
  transport: Transport,
  url: string,
  tls: NatsTlsOptions | false | null | undefined,
  info: NatsInfo,
  hooks: SecureHandshakeHooks,
): void {
  const secure = typeof tls === 'object' && tls?.handshakeFirst === true;
  const step = transport.startTls ? tlsStep(url, tls, info, secure) : { kind: 'none' as const };
  if (step.kind === 'refuse') hooks.refuse(step.rule, step.reason);
  else if (step.kind === 'upgrade') transport.startTls?.(nodeTlsOptions(tls), hooks.proceed);
  else hooks.proceed();
}
