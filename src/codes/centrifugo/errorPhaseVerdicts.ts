import type { CentrifugoErrorPhase, VerdictSpec } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

/** Which way a reply error goes: try again, refresh the token first, or give up. */
export type ErrorPath = 'retry' | 'token' | 'terminal';

/** The verdict of each path in one phase; `token` absent means 109 is not special there. */
export interface PhaseVerdicts {
  readonly retry: VerdictSpec;
  readonly token?: VerdictSpec;
  readonly terminal: VerdictSpec;
  /** Another phase whose phase-limited range rows (`extra.during`) apply here too. */
  readonly alsoDuring?: CentrifugoErrorPhase;
}

/**
 * What a reply error does in each phase (spec centrifugo.md §3 and §4):
 * connect reconnects or closes, subscribe resubscribes or unsubscribes, a connection
 * refresh retries the refresh (5-10 s) or closes and 109 is not special there, and a call
 * (publish, rpc, history, presence) is retried or fails without touching the connection.
 */
export const ERROR_PHASE_VERDICTS: Readonly<Record<CentrifugoErrorPhase, PhaseVerdicts>> = Object.freeze({
  connect: { retry: V.reconnect, token: V.refreshConnectionToken, terminal: V.close },
  subscribe: { retry: V.resubscribe, token: V.refreshSubscriptionToken, terminal: V.unsubscribe },
  'subscribe-strict': {
    retry: V.resubscribe,
    token: V.refreshSubscriptionToken,
    terminal: V.unsubscribe,
    alsoDuring: 'subscribe',
  },
  refresh: { retry: V.retry, terminal: V.close },
  call: { retry: V.retry, token: V.retry, terminal: V.fail },
});

/** The phase table for an untrusted phase name; unknown names are treated as a call. */
export function phaseVerdicts(during: unknown): PhaseVerdicts {
  return typeof during === 'string' && Object.hasOwn(ERROR_PHASE_VERDICTS, during)
    ? ERROR_PHASE_VERDICTS[during as CentrifugoErrorPhase]
    : ERROR_PHASE_VERDICTS.call;
}
