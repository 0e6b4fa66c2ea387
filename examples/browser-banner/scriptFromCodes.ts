import { lookup } from '../../src/codes/index.ts';
import type { PeerScript } from '../../test/centrifugo/peer/index.ts';

/** Options of {@link scriptFromCodes}. */
export interface CodeScriptOptions {
  /** How long each connection stays up before the server closes it, ms. */
  holdMs?: number;
  /** The channel publications go to. */
  channel?: string;
}

/**
 * One peer script per close code: the connection is accepted, the channel gets a publication, and
 * after `holdMs` the server closes with that code and Centrifugo's own reason for it (from the
 * catalog). The connection after the last code stays up and keeps publishing.
 */
export function scriptFromCodes(codes: readonly number[], options: CodeScriptOptions = {}): PeerScript[] {
  const hold = options.holdMs ?? 1500;
  const channel = options.channel ?? 'news';
  const subscribe = { '*': { result: { recoverable: true, epoch: 'demo', offset: 0 } } };
  const publish = (n: number) => ({ send: [{ push: { channel, pub: { data: { n }, offset: n } } }] });
  const scripts: PeerScript[] = codes.map((code, i) => ({
    subscribe,
    steps: [
      { waitFor: 'subscribe' },
      publish(i + 1),
      { wait: hold },
      { close: code, reason: lookup('centrifugo', code, 'disconnect')?.message ?? 'scripted' },
    ],
  }));
  const tail = Array.from({ length: 20 }, (_, i) => [{ wait: 1000 }, publish(codes.length + i + 1)]).flat();
  scripts.push({ subscribe, steps: [{ waitFor: 'subscribe' }, ...tail] });
  return scripts;
}
