import type { Verdict } from '../../codes/types.ts';
import type { ConnectionTokenGetter } from './CentrifugoOptions.ts';
import { fetchToken } from './fetchToken.ts';

/** What getting a token came to: use it, stop for good, or back off and try again. */
export type TokenReadiness = 'ready' | 'unauthorized' | 'failed';

/**
 * The connection token and the rules around it (spec §1, §4). Lives in the driver, never in
 * machine context, so no secret reaches an inspector.
 */
export interface ConnectionToken {
  /** The token to send ('' = none). */
  readonly value: string;
  /** Takes a verdict's token effects: `refresh-token` expires it, `clearToken` drops a fetched one. */
  onVerdict(verdict: Verdict): void;
  /** Before a connect: fetch a token when needed (`fresh` = the machine asked for new credentials). */
  prepare(fresh: boolean): Promise<TokenReadiness>;
  /** Before a refresh command: always fetch; an empty token means unauthorized. */
  renew(): Promise<TokenReadiness>;
  /** The app's own token (`setToken`); clears any expired state. */
  set(token: string): void;
}

/** Builds the {@link ConnectionToken} of one session. */
export function createConnectionToken(
  initial: string,
  getToken: ConnectionTokenGetter | undefined,
): ConnectionToken {
  let value = initial;
  let stale = false;
  // The server said it expired: without getToken nothing can help (centrifuge-js: unauthorized).
  let expired = false;
  const fetch = async (emptyIsUnauthorized: boolean): Promise<TokenReadiness> => {
    if (!getToken) return 'unauthorized';
    const outcome = await fetchToken(getToken, {}, emptyIsUnauthorized);
    if (outcome.type !== 'token') return outcome.type;
    value = outcome.token;
    stale = false;
    expired = false;
    return 'ready';
  };
  return {
    get value() {
      return value;
    },
    onVerdict(verdict) {
      if (verdict.action === 'refresh-token') expired = true;
      if (verdict.clearToken && getToken) {
        value = '';
        stale = true;
      }
    },
    async prepare(fresh) {
      if (!getToken) return expired ? 'unauthorized' : 'ready';
      return fresh || stale || !value ? fetch(false) : 'ready';
    },
    renew: () => fetch(true),
    set(token) {
      value = token;
      stale = false;
      expired = false;
    },
  };
}
