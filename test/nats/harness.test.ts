import { afterAll, describe, expect, it } from 'vitest';
import { startNatsCluster } from './harness/natsCluster.ts';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';
import { readInfo } from './harness/readInfo.ts';

afterAll(stopAllNatsServers);

describe('nats-server harness', () => {
  it('starts on random ports, stops by PID and restarts on the same port', async () => {
    const server = await startNatsServer({ websocket: true, config: 'max_payload: 2048' });
    expect((await readInfo(server.port)).max_payload).toBe(2048);
    const pid = server.pid;
    await server.stop();
    await expect(readInfo(server.port)).rejects.toThrow();
    await server.start();
    expect(server.pid).not.toBe(pid);
    expect((await readInfo(server.port)).version).toBe('2.9.10');
    await server.stop();
  });

  it('forms a 3-node cluster whose nodes gossip each other', async () => {
    const nodes = await startNatsCluster(3);
    const info = await readInfo(nodes[0]!.port);
    expect(info.connect_urls).toEqual(expect.arrayContaining(nodes.map((n) => `127.0.0.1:${n.port}`)));
    await Promise.all(nodes.map((n) => n.stop()));
  });
});
