/**
 * The delta codec a session needs for `delta: 'fossil'` subscriptions: `fossilDelta` of
 * `codestate/centrifugo/fossil` (the maintained `fossil-delta` package). Not in the main entry,
 * so that sessions without delta compression do not ship it.
 */
export interface FossilDelta {
  /**
   * Decodes the data of one publication on a subscription with negotiated delta: `wire` is what
   * the server sent, a delta against `base` when `isDelta`. Returns the app's data and the next
   * base; throws an `Error` that says what was wrong (no base, bad checksum, not JSON).
   */
  decode(base: Uint8Array | undefined, wire: unknown, isDelta: boolean): { data: unknown; base: Uint8Array };
}

/** One subscription's delta chain. */
export interface DeltaState {
  readonly codec: FossilDelta;
  /** The last subscribe reply said `delta: true`: publication data is a JSON string, maybe a delta. */
  negotiated: boolean;
  /** The bytes of the last full payload: the base of the next delta. */
  base: Uint8Array | undefined;
}
