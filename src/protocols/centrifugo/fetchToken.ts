import { isUnauthorizedError } from './UnauthorizedError.ts';

/** What a `getToken` call came to. */
export type TokenOutcome =
  | { type: 'token'; token: string }
  | { type: 'unauthorized' }
  | { type: 'failed'; error: unknown };

/**
 * Calls an app's `getToken` and applies centrifuge-js's rules (spec §1, §3, §4): `UnauthorizedError`
 * stops; `null`/`undefined` stops; an empty string stops only when `emptyIsUnauthorized` (refreshes
 * and subscriptions), while on connect it means "connect without a token"; any other throw retries.
 */
export async function fetchToken<C>(
  getToken: (context: C) => Promise<string | null | undefined> | string | null | undefined,
  context: C,
  emptyIsUnauthorized: boolean,
): Promise<TokenOutcome> {
  try {
    const token = await getToken(context);
    if (token === null || token === undefined) return { type: 'unauthorized' };
    if (typeof token !== 'string')
      return { type: 'failed', error: new TypeError('getToken must return a string') };
    if (token === '' && emptyIsUnauthorized) return { type: 'unauthorized' };
    return { type: 'token', token };
  } catch (error) {
    return isUnauthorizedError(error) ? { type: 'unauthorized' } : { type: 'failed', error };
  }
}
