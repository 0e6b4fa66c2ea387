import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate and key as files (for nats-server) and PEM text (for clients). */
export interface CertFiles {
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
}

/** Test PKI made by openssl in a temp folder: a CA, server certificates good and bad, a client certificate. */
export interface TestPki {
  dir: string;
  /** The CA's PEM and file. */
  ca: string;
  caFile: string;
  /** Server certificate for 127.0.0.1 and localhost, signed by the CA. */
  server: CertFiles;
  /** Signed by the CA, but names only `other.example`. */
  wrongHost: CertFiles;
  /** Signed by the CA, names 127.0.0.1, already expired. */
  expired: CertFiles;
  /** Self-signed for 127.0.0.1 (a CA the client does not know). */
  selfSigned: CertFiles;
  /** Client certificate signed by the CA (mutual TLS). */
  client: CertFiles;
  /** Removes the folder. */
  remove(): void;
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function files(dir: string, name: string): CertFiles {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  return { certFile, keyFile, cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

/** A certificate for `name` signed by the CA with these SANs, valid `days` (negative: expired). */
function signed(dir: string, name: string, san: string, days: number, usage: string): CertFiles {
  openssl(dir, ['req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=${usage}\n`);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    String(days),
    '-extfile',
    `${name}.ext`,
    '-out',
    `${name}.pem`,
  ]);
  return files(dir, name);
}

/** Generates the test PKI with openssl (EC P-256, a few ms per certificate). */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'codestate-pki-'));
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=codestate test CA',
  ]);
  const here = 'IP:127.0.0.1,DNS:localhost';
  const server = signed(dir, 'server', here, 2, 'serverAuth');
  const wrongHost = signed(dir, 'wrong-host', 'DNS:other.example', 2, 'serverAuth');
  const expired = signed(dir, 'expired', here, -1, 'serverAuth');
  const client = signed(dir, 'client', 'DNS:client.local', 2, 'clientAuth');
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-days',
    '2',
    '-subj',
    '/CN=self',
    '-addext',
    `subjectAltName=${here}`,
  ]);
  return {
    dir,
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caFile: join(dir, 'ca.pem'),
    server,
    wrongHost,
    expired,
    selfSigned: files(dir, 'self'),
    client,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A nats-server `tls` block serving `cert`; `verify` asks clients for a certificate signed by `caFile`. */
export function tlsBlock(
  cert: CertFiles,
  options: { caFile?: string; verify?: boolean; timeout?: number } = {},
): string {
  const lines = [
    `cert_file: "${cert.certFile}"`,
    `key_file: "${cert.keyFile}"`,
    `timeout: ${options.timeout ?? 2}`,
  ];
  if (options.caFile) lines.push(`ca_file: "${options.caFile}"`);
  if (options.verify) lines.push('verify: true');
  return `tls { ${lines.join('\n')} }`;
}
