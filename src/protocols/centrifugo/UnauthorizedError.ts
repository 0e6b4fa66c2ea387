/**
 * Throw this from `getToken` when the user is not allowed in: the session (or subscription) stops
 * instead of retrying, as centrifuge-js does with its own `UnauthorizedError`.
 */
export class UnauthorizedError extends Error {
  constructor(message = 'unauthorized') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** True for codestate's or centrifuge-js's `UnauthorizedError` (matched by name, so either works). */
export function isUnauthorizedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'UnauthorizedError';
}
