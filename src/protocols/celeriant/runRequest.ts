import { createActor, fromCallback, waitFor } from 'xstate';
import type { Verdict } from '../../codes/types.ts';
import type { CeleriantResponse, RequestInputs, ResponseKind } from '../../frames/celeriant/index.ts';
import { createRequestMachine } from '../../machines/request/createRequestMachine.ts';
import type {
  RequestDriverCommand,
  RequestEvent,
  RequestOutput,
} from '../../machines/request/request.types.ts';
import { whenConnected } from '../shared/whenConnected.ts';
import type { Exchange } from './celeriantConnection.ts';
import { CeleriantRequestError, requestErrorFromVerdict } from './celeriantRequestError.ts';
import { requestVerdictOf } from './requestVerdict.ts';
import { type SessionCore, verdictOfServerError } from './sessionCore.ts';

/** How a request ended well: a response, or a `succeed` verdict (2002: the write already landed). */
export type RequestSuccess =
  | { response: CeleriantResponse; verdict?: undefined; attempts: number; node: string }
  | { response?: undefined; verdict: Verdict; attempts: number; node: string };

const MUTATIONS = new Set<keyof RequestInputs>(['write']);

/** Turns one exchange into the request machine's event (and tells the connection machine what it must know). */
function eventOf(core: SessionCore, exchange: Exchange, expected: ResponseKind): RequestEvent {
  if (exchange.type === 'response') {
    if (exchange.response.kind === expected) return { type: 'reply.ok', result: exchange.response };
    return {
      type: 'transport.error',
      reason: `expected a ${expected} response, got ${exchange.response.kind}`,
    };
  }
  if (exchange.type === 'server-error') {
    const verdict = verdictOfServerError(core, exchange.error);
    if (verdict.scope === 'connection') {
      // An auth verdict: the connection machine reconnects or closes; the request waits for it.
      core.report({ type: 'server.verdict', verdict });
      return { type: 'transport.error', reason: verdict.reason ?? verdict.rule };
    }
    return { type: 'server.verdict', verdict: requestVerdictOf(verdict) };
  }
  // A failed dial means the node is unreachable: the connection machine moves on (seeds, backoff).
  if (exchange.dialFailed) core.report({ type: 'transport.error', reason: exchange.reason });
  return { type: 'transport.error', reason: exchange.reason };
}

/**
 * Runs one operation through the request machine: the same request on every send (same client
 * sequence), retries with backoff, and a typed {@link CeleriantRequestError} when it ends without
 * success. When the machine follows a redirect (`redirecting`, within its hop cap), the verdict
 * goes to the connection machine, which moves the session's leader link (`reconnecting.redirecting`
 * → target, or the seeds when the target is absent or dead); the next send waits for it.
 */
export async function runRequest<K extends keyof RequestInputs>(
  core: SessionCore,
  kind: K,
  input: RequestInputs[K],
  expected: ResponseKind,
  closing: () => boolean,
): Promise<RequestSuccess> {
  let node = core.pool.target;
  let lastVerdict: Verdict | undefined;
  const driver = fromCallback<RequestDriverCommand>(({ sendBack, receive }) => {
    const abort = new AbortController();
    receive(() => {
      void (async () => {
        const ready = await whenConnected(core.connection, {
          signal: abort.signal,
          closing,
          connectIfIdle: true,
        });
        if (ready === 'aborted') return;
        if (ready === 'closed') return sendBack({ type: 'cancel' });
        const checkout = await core.pool.acquire();
        if (abort.signal.aborted) {
          if (checkout.ok) core.pool.release(checkout.connection);
          return;
        }
        if (!checkout.ok) return sendBack(eventOf(core, checkout.failure, expected));
        node = checkout.connection.target;
        const exchange = await checkout.connection.exchange(kind, input);
        core.pool.release(checkout.connection);
        if (abort.signal.aborted) return;
        const event = eventOf(core, exchange, expected);
        if (event.type === 'server.verdict') lastVerdict = event.verdict;
        if (event.type === 'reply.ok' && MUTATIONS.has(kind)) core.knownLeader = node;
        sendBack(event);
      })();
    });
    return () => abort.abort();
  });
  const actor = createActor(createRequestMachine(driver), {
    input: {
      maxAttempts: core.options.maxAttempts ?? 8,
      ...(core.options.maxRedirectHops === undefined ? {} : { maxRedirects: core.options.maxRedirectHops }),
      ...(core.options.retryBackoff === undefined ? {} : { backoff: core.options.retryBackoff }),
      ...(core.options.random === undefined ? {} : { random: core.options.random }),
      ...(core.options.operationDeadline === undefined ? {} : { deadline: core.options.operationDeadline }),
    },
    ...(core.options.inspect === undefined ? {} : { inspect: core.options.inspect }),
    ...(core.options.clock === undefined ? {} : { clock: core.options.clock }),
  });
  let redirecting = false;
  actor.subscribe((snapshot) => {
    const entered = snapshot.matches('redirecting') && !redirecting;
    redirecting = snapshot.matches('redirecting');
    if (entered && lastVerdict) core.report({ type: 'server.verdict', verdict: lastVerdict });
  });
  actor.start();
  const done = await waitFor(actor, (snapshot) => snapshot.status === 'done', {
    timeout: Number.POSITIVE_INFINITY,
  });
  actor.stop();
  const output = done.output as RequestOutput;
  if (output.outcome === 'ok') {
    return { response: output.result as CeleriantResponse, attempts: output.attempts, node };
  }
  if (output.outcome === 'already-done' && lastVerdict)
    return { verdict: lastVerdict, attempts: output.attempts, node };
  throw failureOf(kind, output, lastVerdict);
}

/** The typed error for a request machine that ended without success. */
function failureOf(kind: string, output: RequestOutput, verdict: Verdict | undefined): CeleriantRequestError {
  const attempts = output.attempts;
  const options = verdict ? { verdict, attempts } : { attempts };
  const cause = output.lastVerdict
    ? `${output.lastVerdict.rule} ${output.lastVerdict.reason ?? ''}`.trim()
    : 'unknown';
  switch (output.outcome) {
    case 'conflict':
    case 'fail':
      return verdict
        ? requestErrorFromVerdict(kind, verdict, attempts)
        : new CeleriantRequestError('failed', `Celeriant ${kind} failed: ${cause}.`, options);
    case 'cancelled':
      return new CeleriantRequestError(
        'closed',
        `Celeriant ${kind} stopped: the session is closed.`,
        options,
      );
    case 'deadline':
      return new CeleriantRequestError(
        'exhausted',
        `Celeriant ${kind} did not finish before its deadline; last cause: ${cause}.`,
        options,
      );
    default:
      return new CeleriantRequestError(
        'exhausted',
        `Celeriant ${kind} gave up after ${attempts} attempts; last cause: ${cause}.`,
        options,
      );
  }
}
