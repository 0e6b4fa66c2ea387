import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCeleriantDecoder,
  createCeleriantEncoder,
  decodeResponse,
  encodeRequest,
  FrameSplitter,
  type RawFrame,
} from '../../src/frames/celeriant/index.ts';
import { createTcpTransport, tcpAddress } from '../../src/transports/tcpTransport.ts';
import type { TransportClose } from '../../src/transports/transport.ts';
import { eventually } from './helpers.ts';
import { type PeerCluster, startPeerCluster } from './peer/peerCluster.ts';
import { serverClosesAfter } from './peer/peerScript.ts';

const encoder = createCeleriantEncoder();
const decoder = createCeleriantDecoder(1 << 20);
let cluster: PeerCluster | undefined;
let server: Server | undefined;

afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A raw client on the TCP transport that collects frames and the close. */
function rawClient(target: string) {
  const frames: RawFrame[] = [];
  const splitter = new FrameSplitter(1 << 20);
  const state: { open: boolean; closed?: TransportClose } = { open: false };
  const transport = createTcpTransport()(target, {
    onOpen: () => {
      state.open = true;
    },
    onData: (chunk) => frames.push(...splitter.push(chunk).frames),
    onClose: (info) => {
      state.closed = info;
    },
  });
  return { transport, frames, state };
}

describe('tcp transport', () => {
  it('reports a refused dial once, without throwing', async () => {
    cluster = await startPeerCluster({ A: { role: 'leader' }, B: { role: 'leader' } });
    const client = rawClient(cluster.deadAddress);
    await eventually(() => client.state.closed !== undefined);
    expect(client.state.closed).toMatchObject({ reason: 'ECONNREFUSED', clean: false, wasOpen: false });
    expect(client.transport.send(Uint8Array.of(1))).toBe(false);
  });

  it('rejects a target that is not host:port', async () => {
    const client = rawClient('nonsense');
    await eventually(() => client.state.closed !== undefined);
    expect(client.state.closed?.reason).toBe('invalid-target');
    expect(tcpAddress('[::1]:10000')).toEqual({ host: '::1', port: 10000 });
    expect(tcpAddress('host:70000')).toBeUndefined();
  });

  it('reports EOF when the peer closes', async () => {
    server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const client = rawClient(`127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    await eventually(() => client.state.closed !== undefined);
    expect(client.state.closed).toMatchObject({ reason: 'eof', wasOpen: true });
  });
});

describe('scripted peer follows spec §1.9', () => {
  it('closes the connection after an identify failure', async () => {
    cluster = await startPeerCluster({
      A: {
        role: 'leader',
        identify: [{ reply: 'error', code: 10005, details: 'API key required but not provided' }],
      },
      B: { role: 'leader' },
    });
    const client = rawClient(cluster.A.address);
    await eventually(() => client.state.open);
    client.transport.send(encodeRequest(encoder, 'identify', {}, 1 << 20));
    await eventually(() => client.state.closed !== undefined);
    const decoded = decodeResponse(
      decoder,
      client.frames[0]?.header.typeId ?? 0,
      client.frames[0]?.body ?? new Uint8Array(),
    );
    expect(decoded.ok && decoded.value).toMatchObject({ kind: 'error', body: { code: 10005 } });
  });

  it('keeps the connection open after operation errors and closes on a late Identify', async () => {
    cluster = await startPeerCluster({ A: { role: 'follower' }, B: { role: 'leader' } });
    const client = rawClient(cluster.A.address);
    await eventually(() => client.state.open);
    client.transport.send(encodeRequest(encoder, 'identify', {}, 1 << 20));
    const write = {
      clientId: 1n,
      writes: [
        {
          org: 1n,
          type: 1n,
          aggregate: 1n,
          events: [{ clientSeq: 1, typeMajor: 1, value: Uint8Array.of(1) }],
        },
      ],
    };
    client.transport.send(encodeRequest(encoder, 'write', write, 1 << 20));
    await eventually(() => client.frames.length === 2);
    expect(client.state.closed).toBeUndefined();
    client.transport.send(encodeRequest(encoder, 'identify', {}, 1 << 20));
    await eventually(() => client.state.closed !== undefined);
    expect(client.frames).toHaveLength(2);
  });

  it('drops a watch socket the client writes on', async () => {
    cluster = await startPeerCluster({ A: { role: 'leader' }, B: { role: 'leader' } });
    const client = rawClient(cluster.A.address);
    await eventually(() => client.state.open);
    client.transport.send(encodeRequest(encoder, 'identify', {}, 1 << 20));
    client.transport.send(encodeRequest(encoder, 'watch', { orgs: [1n] }, 1 << 20));
    await eventually(() => client.frames.length === 2); // identify + empty ack
    client.transport.send(Uint8Array.of(0));
    await eventually(() => client.state.closed !== undefined);
    expect(cluster.A.watchWrites).toBe(1);
  });

  it('encodes the close-after-error table', () => {
    expect(serverClosesAfter(10006, 'identify')).toBe(true);
    expect(serverClosesAfter(10004, 'request')).toBe(true);
    expect(serverClosesAfter(10007, 'request')).toBe(false);
    expect(serverClosesAfter(9001, 'watch')).toBe(false);
    expect(serverClosesAfter(8003, 'watch')).toBe(true);
    expect(serverClosesAfter(2011, 'request')).toBe(false);
  });
});
