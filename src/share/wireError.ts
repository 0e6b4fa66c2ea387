import { CentrifugoCallError } from '../protocols/centrifugo/CentrifugoCallError.ts';
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

/**
 * The error a follower's call rejects with: a `CentrifugoCallError` as the leader's session threw
 * it (same code, origin and temporary flag), else a `ShareError` (`remote-failure`).
 */
export function fromWireError(wire: ShareWireError): Error {
  if (wire.name === 'CentrifugoCallError' && typeof wire.code === 'number') {
    const origin = wire.origin as CentrifugoCallError['origin'] | undefined;
    return new CentrifugoCallError(wire.code, wire.message, wire.temporary ?? false, origin ?? 'server');
  }
  return new ShareError('remote-failure', `The leading tab's call failed: ${wire.name}: ${wire.message}.`);
}
