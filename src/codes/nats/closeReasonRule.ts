import type { CodeRule, VerdictSpec } from '../types.ts';
import { natsRule } from './natsRule.ts';

/**
 * One close reason: the server's ClosedState, the `-ERR` a client receives before the close
 * (null when none), and whether plain client connections can be closed with it.
 */
export function closeReasonRule(
  text: string,
  constant: string,
  verdict: VerdictSpec,
  err: string | null = null,
  clients = true,
): CodeRule {
  return natsRule('close-reason', {
    text,
    name: constant,
    verdict,
    extra: { constant, err, clientConnections: clients },
  });
}
