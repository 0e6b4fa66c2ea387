/**
 * Runs the scripted Centrifugo peer in a process of its own and prints its URL on stdout, so a
 * memory bench measures only the client's heap (the peer remembers every command it receives).
 * Started by `startPeerProcess`; exits when its parent closes stdin.
 */
import { startCentrifugoPeer } from '../../test/centrifugo/peer/index.ts';

const peer = await startCentrifugoPeer();
process.stdout.write(`${peer.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void peer.close().then(() => process.exit(0)));
