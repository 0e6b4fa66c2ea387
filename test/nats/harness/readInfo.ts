import { connect } from 'node:net';

/** Connects to a NATS client port and resolves the JSON of its first INFO line, or rejects. */
export function readInfo(port: number, timeoutMs = 1000): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    const timer = setTimeout(() => fail(new Error('no INFO in time')), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    socket.on('error', fail);
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
      const end = text.indexOf('\r\n');
      if (end === -1) return;
      clearTimeout(timer);
      socket.destroy();
      try {
        resolve(JSON.parse(text.slice(5, end)) as Record<string, unknown>);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
