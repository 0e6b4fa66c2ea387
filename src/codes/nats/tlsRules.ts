import type { CodeRule } from '../types.ts';

const base = { protocol: 'nats', kind: 'local' } as const;
// A certificate or TLS setup error does not heal by dialling again: every attempt would fail the
// same way, so the session closes and says what to fix instead of looping.
const close = { scope: 'connection', action: 'close' } as const;

/** One TLS row: the Node error codes (`error.code` of a failed handshake) it answers, if any. */
const row = (slug: string, name: string, nodeErrorCodes: readonly string[] = []): CodeRule => ({
  ...base,
  id: `nats.tls.${slug}`,
  name,
  verdict: close,
  extra: { nodeErrorCodes },
});

/**
 * TLS failures of a NATS session over TCP, all terminal (spec nats.md §2.1 has no TLS row; nats.js
 * rejects the first connect with the Node error). The session names them as local signals; which
 * row a failed handshake gets is read from `extra.nodeErrorCodes` by {@link tlsRuleFor}.
 */
export const natsTlsRules: readonly CodeRule[] = [
  row('unknown-ca', 'TlsUnknownCertificateAuthority', [
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_SIGNATURE_FAILURE',
  ]),
  row('hostname-mismatch', 'TlsHostnameMismatch', ['ERR_TLS_CERT_ALTNAME_INVALID']),
  row('certificate-expired', 'TlsCertificateExpired', ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']),
  row('client-certificate-rejected', 'TlsClientCertificateRejected', [
    'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
    'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
    'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
    'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN',
  ]),
  row('handshake-first-mismatch', 'TlsHandshakeFirstMismatch', [
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_PACKET_LENGTH_TOO_LONG',
    'ERR_SSL_HTTP_REQUEST',
  ]),
  row('required-by-server', 'TlsRequiredByServer'),
  row('not-offered', 'TlsNotOffered'),
];

/** The TLS row for a Node error code of a failed handshake, or undefined when it is no TLS failure. */
export function tlsRuleFor(nodeErrorCode: string): string | undefined {
  const answers = (r: CodeRule) =>
    (r.extra?.nodeErrorCodes as readonly string[] | undefined)?.includes(nodeErrorCode);
  return natsTlsRules.find(answers)?.id;
}
