import type { ConnectionOptions } from 'node:tls';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';

/** PEM text or bytes, or a list of them (Node's `tls` accepts both). */
export type PemInput = string | Uint8Array | readonly (string | Uint8Array)[];

/** TLS for `nats://` and `tls://` servers over TCP (Node). The names follow nats.js `TlsOptions`. */
export interface NatsTlsOptions {
  /** CA certificates that sign the server's certificate (default: Node's trusted roots). */
  ca?: PemInput;
  /** Client certificate chain, for servers that `verify` clients (mutual TLS). */
  cert?: PemInput;
  /** Private key of `cert`. */
  key?: PemInput;
  /** Name checked against the server certificate and sent as SNI (default: the URL's host). */
  servername?: string;
  /** Accept a certificate that does not verify (default true: refuse it). For tests only. */
  rejectUnauthorized?: boolean;
  /**
   * Start TLS before the server speaks, for servers with `handshake_first` (nats-server 2.10+);
   * without it the client upgrades after the plain INFO, as every nats-server expects by default.
   */
  handshakeFirst?: boolean;
}

/** What to do with TLS after INFO: nothing, upgrade now, or refuse with a catalog rule. */
export type TlsStep =
  | { kind: 'none' }
  | { kind: 'upgrade' }
  | { kind: 'refuse'; rule: 'nats.tls.required-by-server' | 'nats.tls.not-offered'; reason: string };

/** True for `tls://` server URLs: TLS is required by the client whatever the options say. */
export const isTlsUrl = (url: string): boolean => /^tls:\/\//i.test(url);

/**
 * The TLS decision after INFO, as nats.js makes it: upgrade when the server requires TLS, or offers
 * it and the app did not refuse it (`tls: false`); refuse when the server requires TLS and the app
 * refused it, or the app wants TLS (options or a `tls://` URL) and the server has none.
 * `secure` is true when the socket already speaks TLS (handshake first).
 */
export function tlsStep(
  url: string,
  tls: NatsTlsOptions | false | null | undefined,
  info: NatsInfo,
  secure: boolean,
): TlsStep {
  if (secure) return { kind: 'none' };
  const refused = tls === false || tls === null;
  const wanted = (typeof tls === 'object' && tls !== null) || isTlsUrl(url);
  const offered = info.tls_required === true || info.tls_available === true;
  if (info.tls_required === true && refused) {
    const reason = 'the server requires TLS and the session was created with tls: false';
    return { kind: 'refuse', rule: 'nats.tls.required-by-server', reason };
  }
  if (wanted && !offered) {
    const reason = `TLS was asked for (${isTlsUrl(url) ? 'tls:// URL' : 'tls option'}) and the server offers none`;
    return { kind: 'refuse', rule: 'nats.tls.not-offered', reason };
  }
  return info.tls_required === true || (offered && !refused) ? { kind: 'upgrade' } : { kind: 'none' };
}

/** The Node `tls.connect` options for a session's TLS settings (no secret is copied elsewhere). */
export function nodeTlsOptions(tls: NatsTlsOptions | false | null | undefined): ConnectionOptions {
  if (typeof tls !== 'object' || tls === null) return {};
  const { handshakeFirst: _first, ...rest } = tls;
  return rest as ConnectionOptions;
}
