/** The scripted Centrifugo peer: a real `ws` and HTTP server (WebSocket, HTTP streaming, SSE, emulation) that replays scripts as data. */
export * from './PeerScript.ts';
export * from './startCentrifugoPeer.ts';
