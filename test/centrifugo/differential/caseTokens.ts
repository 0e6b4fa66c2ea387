import type { DiffCase } from './cases.ts';

/** Token options both clients take, for the connection or for a subscription. */
export type TokenOptions = { token: string } | { getToken: () => Promise<string> };

/**
 * The credentials a case hands a client: a static token when the case sets `getToken: false`,
 * else a `getToken` callback. `prefix` keeps subscription tokens apart from the connection's.
 */
export function tokenOptions(testCase: DiffCase, prefix: '' | 'sub-' = ''): TokenOptions {
  return testCase.getToken === false
    ? { token: `${prefix}static` }
    : { getToken: async () => `${prefix}token` };
}
