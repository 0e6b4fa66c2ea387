/** The part of the Web Locks API (`navigator.locks`) the election uses. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** The part of `BroadcastChannel` the tabs' link uses. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

/** A `BroadcastChannel` constructor (the global one, or a test's). */
export type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

/** What sharing needs from the platform. */
export interface SharePlatform {
  locks: LockManagerLike;
  BroadcastChannel: BroadcastChannelConstructor;
}

/**
 * The platform's Web Locks and BroadcastChannel, or `undefined` where either is missing (Node,
 * old browsers, some workers): the shared session then runs an ordinary session of its own.
 * `injected` fields win (tests, or an app that brings its own).
 */
export function sharePlatform(injected: Partial<SharePlatform> = {}): SharePlatform | undefined {
  const global = globalThis as {
    navigator?: { locks?: LockManagerLike };
    BroadcastChannel?: BroadcastChannelConstructor;
  };
  const locks = injected.locks ?? global.navigator?.locks;
  const Channel = injected.BroadcastChannel ?? global.BroadcastChannel;
  if (typeof locks?.request !== 'function' || typeof Channel !== 'function') return undefined;
  return { locks, BroadcastChannel: Channel };
}
