/** The scripted Centrifugo peer: a real `ws` server that replays scripts as data. */
export * from './PeerScript.ts';
export * from './startCentrifugoPeer.ts';
