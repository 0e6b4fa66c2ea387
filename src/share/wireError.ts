import { ShareError } from './ShareError.ts';
import type { ShareWireError } from './shareMessages.ts';

/** An error as it crosses to another tab: plain fields (an `Error` does not clone everywhere). */
export function toWireError(error: unknown): ShareWireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = error as Error & { code?: unknown; temporary?: unknown; origin?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(fields.code === undefined ? {} : { code: fields.code }),
    ...(typeof fields.temporary === 'boolean' ? { temporary: fields.temporary } : {}),
    ...(typeof fields.origin === 'string' ? { origin: fields.origin } : {}),
  };
}

/** Rebuilds a protocol's own error (`CentrifugoCallError`, `NatsError`) from its wire form, if it is one. */
export type ErrorReviver = (wire: ShareWireError) => Error | undefined;

/**
 * The error a follower's call rejects with: the protocol's error as the leader's session threw it
 * (see {@link ErrorReviver}), else a `ShareError` (`remote-failure`).
 */
export function fromWireError(wire: ShareWireError, revive: ErrorReviver): Error {
  return (
    revive(wire) ??
    new ShareError('remote-failure', `The leading tab's call failed: ${wire.name}: ${wire.message}.`)
  );
}
