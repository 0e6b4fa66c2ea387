import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCeleriantSession } from '../../src/protocols/celeriant/index.ts';
import { oneEvent } from './helpers.ts';
import { type PeerCluster, startPeerCluster } from './peer/peerCluster.ts';

let dir = '';
let key: Buffer;
let cert: Buffer;
let cluster: PeerCluster | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'celeriant-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  key = readFileSync(join(dir, 'key.pem'));
  cert = readFileSync(join(dir, 'cert.pem'));
});

afterAll(async () => {
  await cluster?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('celeriant over TLS', () => {
  it('identifies and writes over TLS 1.3 with a pinned CA, and refuses an unknown certificate', async () => {
    cluster = await startPeerCluster(
      { A: { role: 'leader' }, B: { role: 'follower', leader: 'A' } },
      { key, cert },
    );
    const trusted = createCeleriantSession({
      address: cluster.A.address,
      tls: { ca: cert },
      operationDeadline: 5000,
    });
    await expect(trusted.write(oneEvent(1n, 1))).resolves.toMatchObject({ alreadyApplied: false });
    trusted.close();

    const untrusted = createCeleriantSession({
      address: cluster.A.address,
      tls: {},
      maxAttempts: 2,
      operationDeadline: 3000,
    });
    await expect(untrusted.write(oneEvent(1n, 2))).rejects.toMatchObject({ name: 'CeleriantRequestError' });
    untrusted.close();
    expect(cluster.A.requests('write')).toHaveLength(1);
  });
});
