import { defined } from '../shared/defined.ts';
import type { ConnectOptions } from './encodeCommands.ts';
import type { NatsCredentials, NatsSessionOptions } from './natsSessionOptions.ts';

/** The client version sent in CONNECT. */
export const NATS_CLIENT_VERSION = '0.1.0';

/**
 * The CONNECT options for a session: credentials (from the `credentials` callback when given,
 * else the static options) and name, headers and no_responders on (so a request to nobody gets
 * a 503 at once), verbose and pedantic off.
 */
export function connectOptionsFrom(
  options: NatsSessionOptions,
  credentials: NatsCredentials = options,
): ConnectOptions {
  return {
    ...defined({
      user: credentials.user,
      pass: credentials.pass,
      auth_token: credentials.token,
      nkey: credentials.nkey,
      sig: credentials.sig,
      jwt: credentials.jwt,
      name: options.name,
    }),
    echo: options.noEcho === true ? false : (options.echo ?? true),
    headers: true,
    no_responders: true,
    lang: 'codestate',
    version: NATS_CLIENT_VERSION,
    verbose: false,
    pedantic: false,
    protocol: 1,
  };
}
