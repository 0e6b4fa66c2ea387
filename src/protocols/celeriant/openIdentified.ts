import type { IdentifyInput } from '../../frames/celeriant/index.ts';
import { CeleriantConnection, type ConnectionSettings, type Exchange } from './celeriantConnection.ts';

/** A connection that passed Identify, or why it did not (transport failure or the server's error). */
export type Checkout = { ok: true; connection: CeleriantConnection } | { ok: false; failure: Exchange };

/**
 * Dials `target` and sends Identify as the first frame (spec §1.7). On an Identify error the
 * server closes the connection itself (§1.9); the error comes back as the failure.
 */
export async function openIdentified(
  target: string,
  settings: ConnectionSettings,
  identify: IdentifyInput,
): Promise<Checkout> {
  const connection = new CeleriantConnection(target, settings);
  const failed = await connection.opened();
  const identified = failed ?? (await connection.exchange('identify', identify));
  if (identified.type === 'response' && identified.response.kind === 'identify')
    return { ok: true, connection };
  connection.close('identify failed');
  if (identified.type === 'response') {
    return {
      ok: false,
      failure: { type: 'transport', reason: 'unexpected identify reply', dialFailed: false },
    };
  }
  return { ok: false, failure: identified };
}
