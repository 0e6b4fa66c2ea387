import type { CodeDoc } from '../types.ts';

const source = 'spec nats.md §4.3 (tls_required, STARTTLS); Node tls error codes';

/** Message, description, remediation and source of each rule in tlsRules.ts, keyed by rule id. */
export const natsTlsDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.tls.unknown-ca': {
    message: 'the server certificate is signed by an unknown authority',
    description:
      'The TLS handshake failed: no CA the session trusts signed the server certificate (self-signed or private CA). Dialling again fails the same way, so the session closes.',
    remediation:
      "Pass the CA that signed the server certificate as tls.ca (PEM), or use a certificate from a CA in Node's trust store.",
    source,
  },
  'nats.tls.hostname-mismatch': {
    message: 'the server certificate does not name this host',
    description:
      'The certificate is trusted but its subject alternative names do not include the host dialled (or tls.servername); the session closes.',
    remediation:
      'Dial a host the certificate names, set tls.servername to a name it lists, or reissue the certificate with this host (DNS or IP SAN).',
    source,
  },
  'nats.tls.certificate-expired': {
    message: 'the server certificate has expired (or is not valid yet)',
    description:
      "The certificate's validity period does not include the current time; the session closes rather than retry.",
    remediation: "Renew the server certificate (or fix the client's clock) and connect() again.",
    source,
  },
  'nats.tls.client-certificate-rejected': {
    message: 'the server refused the client certificate',
    description:
      'The server verifies clients (verify: true) and the session sent no certificate, or one it does not trust or that expired; the server ends the handshake with an alert.',
    remediation:
      "Pass tls.cert and tls.key (PEM) signed by a CA in the server's tls.ca_file, and renew them before they expire.",
    source,
  },
  'nats.tls.handshake-first-mismatch': {
    message: 'the server does not speak TLS first',
    description:
      'tls.handshakeFirst is on but the server sent plain text (no handshake_first in its tls block; nats-server 2.9 has no such option), or TLS is off on that port.',
    remediation:
      'Remove tls.handshakeFirst, or enable handshake_first in the server tls block (nats-server 2.10+).',
    source,
  },
  'nats.tls.required-by-server': {
    message: 'the server requires TLS and the session refused it',
    description: 'INFO said tls_required and the session was created with tls: false; the session closes.',
    remediation: 'Drop tls: false (pass tls options, e.g. tls.ca) or connect to a listener without TLS.',
    source,
  },
  'nats.tls.not-offered': {
    message: 'TLS was asked for and the server offers none',
    description:
      'The session has tls options or a tls:// URL, and INFO has neither tls_required nor tls_available; it closes rather than send credentials in the clear.',
    remediation: 'Enable TLS on the server (tls block), or connect with nats:// and no tls options.',
    source,
  },
};
