import { describe, expect, it } from 'vitest';
import { tlsRuleFor } from '../../src/codes/nats/tlsRules.ts';
import type { NatsInfo } from '../../src/frames/nats/natsInfo.ts';
import { type NatsTlsOptions, nodeTlsOptions, tlsStep } from '../../src/protocols/nats/natsTls.ts';

const info = (extra: Partial<NatsInfo>): NatsInfo => ({
  server_id: 'S',
  version: '2.9.10',
  max_payload: 1024,
  ...extra,
});
const required = info({ tls_required: true });
const available = info({ tls_available: true });
const plain = info({});
const ca = { ca: 'PEM' } satisfies NatsTlsOptions;

describe('tlsStep: the TLS decision after INFO (as nats.js decides it)', () => {
  const rows: [string, string, NatsTlsOptions | false | null | undefined, NatsInfo, boolean, string][] = [
    ['server requires, no options', 'nats://h:1', undefined, required, false, 'upgrade'],
    ['server requires, options', 'nats://h:1', ca, required, false, 'upgrade'],
    ['server offers, no options', 'nats://h:1', undefined, available, false, 'upgrade'],
    ['server offers, tls: false', 'nats://h:1', false, available, false, 'none'],
    ['server requires, tls: false', 'nats://h:1', false, required, false, 'nats.tls.required-by-server'],
    ['server requires, tls: null', 'nats://h:1', null, required, false, 'nats.tls.required-by-server'],
    ['plain server, options', 'nats://h:1', ca, plain, false, 'nats.tls.not-offered'],
    ['plain server, tls:// URL', 'tls://h:1', undefined, plain, false, 'nats.tls.not-offered'],
    ['plain server, nothing asked', 'nats://h:1', undefined, plain, false, 'none'],
    ['already TLS (handshake first)', 'nats://h:1', { handshakeFirst: true }, required, true, 'none'],
  ];
  for (const [what, url, tls, serverInfo, secure, expected] of rows) {
    it(`${what}: ${expected}`, () => {
      const step = tlsStep(url, tls, serverInfo, secure);
      expect(step.kind === 'refuse' ? step.rule : step.kind).toBe(expected);
      if (step.kind === 'refuse') expect(step.reason.length).toBeGreaterThan(10);
    });
  }

  it('passes Node only its own options (handshakeFirst stays with the session)', () => {
    expect(nodeTlsOptions({ ca: 'PEM', servername: 'n', handshakeFirst: true })).toEqual({
      ca: 'PEM',
      servername: 'n',
    });
    expect(nodeTlsOptions(false)).toEqual({});
  });

  it('maps Node TLS error codes to rows, and nothing else', () => {
    expect(tlsRuleFor('DEPTH_ZERO_SELF_SIGNED_CERT')).toBe('nats.tls.unknown-ca');
    expect(tlsRuleFor('ERR_TLS_CERT_ALTNAME_INVALID')).toBe('nats.tls.hostname-mismatch');
    expect(tlsRuleFor('CERT_HAS_EXPIRED')).toBe('nats.tls.certificate-expired');
    expect(tlsRuleFor('ECONNREFUSED')).toBeUndefined();
    expect(tlsRuleFor('eof')).toBeUndefined();
  });
});
