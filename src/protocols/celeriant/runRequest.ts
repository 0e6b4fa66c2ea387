import { createActor, fromCallback, waitFor } from 'xstate';
import type { Verdict } from '../../codes/types.ts';
import type { CeleriantResponse, RequestInputs, ResponseKind } from '../../frames/celeriant/index.ts';
import type { Exchange } from './celeriantConnection.ts';
import { CeleriantRequestError, requestErrorFromVerdict } from './celeriantRequestError.ts';
import { celeriantRequestMachine } from './request/celeriantRequest.machine.ts';
import type { RequestContext, RequestDriverCommand, RequestEvent } from './request/celeriantRequest.types.ts';
import { type SessionCore, verdictOfServerError } from './sessionCore.ts';
import { whenConnected } from './whenConnected.ts';

/** How a request ended well: a response, or a `succeed` verdict (2002: the write already landed). */
export type RequestSuccess =
  | { response: CeleriantResponse; verdict?: undefined; attempts: number; node: string }
  | { response?: undefined; verdict: Verdict; attempts: number; node: string };

const MUTATIONS = new Set<keyof RequestInputs>(['write']);

/** Turns one exchange into the request machine's event (and tells the connection machine what it must know). */
function eventOf(core: SessionCore, exchange: Exchange, expected: ResponseKind): RequestEvent {
  if (exchange.type === 'response') {
    if (exchange.response.kind === expected) return { type: 'reply.ok', response: exchange.response };
    return {
      type: 'transport.error',
      reason: `expected a ${expected} response, got ${exchange.response.kind}`,
    };
  }
  if (exchange.type === 'server-error') {
    const verdict = verdictOfServerError(core, exchange.error);
    if (verdict.scope === 'connection') core.connection.send({ type: 'server.verdict', verdict });
    return { type: 'server.verdict', verdict };
  }
  // A failed dial means the node is unreachable: the connection machine moves on (seeds, backoff).
  if (exchange.dialFailed) core.connection.send({ type: 'transport.error', reason: exchange.reason });
  return { type: 'transport.error', reason: exchange.reason };
}

/**
 * Runs one operation through a request machine: the same request on every send (same client
 * sequence), redirects handed to the connection machine, retries with backoff, and a typed
 * {@link CeleriantRequestError} when it ends without success.
 */
export async function runRequest<K extends keyof RequestInputs>(
  core: SessionCore,
  kind: K,
  input: RequestInputs[K],
  expected: ResponseKind,
  closing: () => boolean,
): Promise<RequestSuccess> {
  let node = core.pool.target;
  const driver = fromCallback<RequestDriverCommand>(({ sendBack, receive }) => {
    const abort = new AbortController();
    receive((command) => {
      if (command.type === 'driver.redirect') {
        core.connection.send({ type: 'server.verdict', verdict: command.verdict });
        return;
      }
      void (async () => {
        const ready = await whenConnected(core, abort.signal, closing);
        if (ready === 'aborted') return;
        if (ready === 'closed') return sendBack({ type: 'cancel', reason: 'the session is closed' });
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
        if (event.type === 'reply.ok' && MUTATIONS.has(kind)) core.knownLeader = node;
        sendBack(event);
      })();
    });
    return () => abort.abort();
  });
  const actor = createActor(celeriantRequestMachine.provide({ actors: { driver } }), {
    input: {
      ...(core.options.maxAttempts === undefined ? {} : { maxAttempts: core.options.maxAttempts }),
      ...(core.options.maxRedirectHops === undefined
        ? {}
        : { maxRedirectHops: core.options.maxRedirectHops }),
      ...(core.options.retryBackoff === undefined ? {} : { backoff: core.options.retryBackoff }),
      ...(core.options.random === undefined ? {} : { random: core.options.random }),
      ...(core.options.operationDeadline === undefined ? {} : { deadline: core.options.operationDeadline }),
    },
    ...(core.options.inspect === undefined ? {} : { inspect: core.options.inspect }),
  });
  actor.start();
  const done = await waitFor(actor, (snapshot) => snapshot.status === 'done');
  actor.stop();
  const { context } = done;
  if (done.matches('succeeded')) {
    if (context.response) return { response: context.response, attempts: context.attempt, node };
    if (context.verdict) return { verdict: context.verdict, attempts: context.attempt, node };
  }
  throw failureOf(kind, context);
}

/** The typed error for a request machine that ended in `failed`. */
function failureOf(kind: string, context: RequestContext): CeleriantRequestError {
  const attempts = context.attempt;
  const verdict = context.verdict ?? undefined;
  const options = verdict ? { verdict, attempts } : { attempts };
  switch (context.failure) {
    case 'rejected':
      return verdict
        ? requestErrorFromVerdict(kind, verdict, attempts)
        : new CeleriantRequestError('failed', `Celeriant ${kind} failed.`, options);
    case 'closed':
      return new CeleriantRequestError(
        'closed',
        `Celeriant ${kind} stopped: ${context.lastVerdict?.reason ?? 'session closed'}.`,
        options,
      );
    case 'deadline':
      return new CeleriantRequestError(
        'exhausted',
        `Celeriant ${kind} did not finish before its deadline (${context.deadline} ms).`,
        options,
      );
    default:
      return new CeleriantRequestError(
        'exhausted',
        `Celeriant ${kind} gave up after ${attempts} attempts; last cause: ${context.lastVerdict?.rule ?? 'unknown'} ${context.lastVerdict?.reason ?? ''}`.trim(),
        options,
      );
  }
}
