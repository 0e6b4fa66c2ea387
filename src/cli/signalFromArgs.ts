import type { CentrifugoErrorPhase, ClientSignal, Protocol, Signal } from '../codes/types.ts';

/** A typed usage error: the CLI prints `message` and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const PROTOCOLS: readonly Protocol[] = ['centrifugo', 'centrifugo-legacy', 'nats', 'celeriant', 'client'];
const PHASES: readonly CentrifugoErrorPhase[] = ['connect', 'subscribe', 'refresh', 'call'];

/** Checks a protocol name given on the command line. */
export function parseProtocol(value: string | undefined): Protocol {
  if (value && (PROTOCOLS as readonly string[]).includes(value)) return value as Protocol;
  throw new UsageError(`Unknown protocol "${value ?? ''}". Use one of: ${PROTOCOLS.join(', ')}.`);
}

function parseCode(value: string): number {
  if (!/^-?\d+$/.test(value))
    throw new UsageError(`"${value}" is not a numeric code. Pass an integer such as 3500.`);
  return Number(value);
}

/** Picks the Centrifugo signal kind a bare code most likely came from. */
function centrifugoKind(code: number): 'error' | 'unsubscribe' | 'disconnect' {
  if (code >= 100 && code < 1000) return 'error';
  if (code >= 2000 && code < 3000) return 'unsubscribe';
  return 'disconnect';
}

/**
 * Builds a signal from `explain` arguments.
 * @param protocol - the protocol name.
 * @param key - a code (Centrifugo, Celeriant), a text (NATS) or, with `--kind local` or the
 *   `client` protocol, a rule id such as `nats.info.ldm` or `transport`.
 * @param kind - optional signal kind; a sensible one is chosen when absent.
 * @param during - the phase of a Centrifugo reply error (default `connect`).
 */
export function signalFromArgs(
  protocol: Protocol,
  key: string,
  kind?: string,
  during?: string,
): Signal | ClientSignal {
  // Client-side causes have no code to read: the rule id names the row.
  if (protocol === 'client' || (kind === 'local' && protocol !== 'centrifugo-legacy'))
    return { protocol, kind: 'local', rule: key };
  switch (protocol) {
    case 'centrifugo': {
      const code = parseCode(key);
      const k = kind ?? centrifugoKind(code);
      if (k === 'error') {
        const phase = during ?? 'connect';
        if (!(PHASES as readonly string[]).includes(phase)) {
          throw new UsageError(`Unknown phase "${phase}". Use one of: ${PHASES.join(', ')}.`);
        }
        return { protocol, kind: 'error', code, during: phase as CentrifugoErrorPhase };
      }
      if (k === 'disconnect' || k === 'close' || k === 'unsubscribe') return { protocol, kind: k, code };
      throw new UsageError(`Unknown Centrifugo kind "${k}". Use disconnect, close, unsubscribe or error.`);
    }
    case 'centrifugo-legacy': {
      const k = kind ?? 'disconnect';
      if (k !== 'disconnect' && k !== 'close') throw new UsageError('Legacy kinds are disconnect and close.');
      return { protocol, kind: k, code: parseCode(key) };
    }
    case 'nats': {
      const k = kind ?? 'err';
      if (k === 'err') return { protocol, kind: 'err', text: key };
      if (k === 'close-reason') return { protocol, kind: 'close-reason', reason: key };
      if (k === 'client-error') return { protocol, kind: 'client-error', name: key };
      throw new UsageError(`Unknown NATS kind "${k}". Use err, close-reason or client-error.`);
    }
    default:
      return { protocol, kind: 'error', code: parseCode(key) };
  }
}
