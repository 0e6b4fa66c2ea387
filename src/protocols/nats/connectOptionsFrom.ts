import type { ConnectOptions } from './encodeCommands.ts';
import type { NatsSessionOptions } from './natsSessionOptions.ts';

/** The client version sent in CONNECT. */
export const NATS_CLIENT_VERSION = '0.1.0';

/**
 * The CONNECT options for a session: credentials and name when given, headers and
 * no_responders on (so a request to nobody gets a 503 at once), verbose and pedantic off.
 */
export function connectOptionsFrom(options: NatsSessionOptions): ConnectOptions {
  return {
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.pass !== undefined ? { pass: options.pass } : {}),
    ...(options.token !== undefined ? { auth_token: options.token } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
    echo: options.echo ?? true,
    headers: true,
    no_responders: true,
    lang: 'codestate',
    version: NATS_CLIENT_VERSION,
    verbose: false,
    pedantic: false,
    protocol: 1,
  };
}
