import type { CodeEntry, VerdictSpec } from '../types.ts';
import { NATS_SOURCES, natsRow } from './natsRow.ts';

/**
 * One close reason: the server's ClosedState, the `-ERR` a client receives before the close
 * (null when none), and whether plain client connections can be closed with it.
 */
export function closeReasonRow(
  text: string,
  constant: string,
  verdict: VerdictSpec,
  description: string,
  remediation: string,
  err: string | null = null,
  clients = true,
): CodeEntry {
  return natsRow('close-reason', {
    text,
    name: constant,
    description,
    verdict,
    remediation,
    source: NATS_SOURCES.serverSeed,
    extra: { constant, err, clientConnections: clients },
  });
}
