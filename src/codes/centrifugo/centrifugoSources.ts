/** Where Centrifugo rows come from: the seed documents and the spec note's sections. */
export const CENTRIFUGO_SOURCES = Object.freeze({
  /** Seed: Centrifugo client protocol codes, current numbering. */
  currentSeed: '004_41ffb2e311c65e42.txt',
  /** Seed: Centrifugo error and disconnect codes, legacy (<= v3.1) numbering. */
  legacySeed: '002_023c9f206265b1b1.txt',
  /** Spec: centrifuge-js client-side code tables. */
  clientSide: 'spec centrifugo.md §1',
  /** Spec: disconnect push range rule. */
  disconnectPush: 'spec centrifugo.md §2a',
  /** Spec: WebSocket close event handling. */
  closeEvent: 'spec centrifugo.md §2b',
  /** Spec: 3014 state invalidated. */
  stateInvalidated: 'spec centrifugo.md §2c',
  /** Spec: code ranges on the server and in the docs. */
  ranges: 'spec centrifugo.md §2d',
  /** Spec: legacy numbering compared with the new one. */
  legacy: 'spec centrifugo.md §2f',
  /** Spec: subscriptions and unsubscribe codes. */
  subscriptions: 'spec centrifugo.md §3',
  /** Spec: reply errors 100-113 and SDK reactions. */
  replyErrors: 'spec centrifugo.md §4',
});
