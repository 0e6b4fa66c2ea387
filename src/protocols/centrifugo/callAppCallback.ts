import { isUnauthorizedError } from './UnauthorizedError.ts';

/** What an app callback (`getData`, `getState`) came to. */
export type CallbackOutcome<T> =
  | { type: 'value'; value: T }
  | { type: 'unauthorized' }
  | { type: 'failed'; error: unknown };

/**
 * Calls an app callback as centrifuge-js does: its value (sync or async), `UnauthorizedError`
 * to stop for good, any other throw or rejection to back off and try again.
 */
export async function callAppCallback<C, T>(
  callback: (context: C) => Promise<T> | T,
  context: C,
): Promise<CallbackOutcome<T>> {
  try {
    return { type: 'value', value: await callback(context) };
  } catch (error) {
    return isUnauthorizedError(error) ? { type: 'unauthorized' } : { type: 'failed', error };
  }
}
