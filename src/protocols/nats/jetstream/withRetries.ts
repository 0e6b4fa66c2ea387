import { createActor, fromCallback } from 'xstate';
import { createRequestMachine } from '../../../machines/request/createRequestMachine.ts';
import type { RequestDriverCommand, RequestInput } from '../../../machines/request/request.types.ts';
import type { SessionClock } from '../../shared/sessionTimers.ts';
import { JetStreamError } from './JetStreamError.ts';

/** How a JetStream call is retried. */
export interface RetryOptions {
  /** Sends in total (default 4). 1 = never resend. */
  maxAttempts?: number;
  /** Overall deadline, ms (default 30000). */
  deadline?: number;
  /** Timers, for tests (the session's clock). */
  clock?: SessionClock | undefined;
}

/**
 * Runs `attempt` on the request machine: a {@link JetStreamError} whose verdict says `retry`
 * (503 err_codes, no responders, timeouts) is sent again after the machine's backoff, up to
 * `maxAttempts` and the deadline; anything else ends the call with that error.
 */
export function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let result: { value: T } | undefined;
    let lastError: unknown;
    const driver = fromCallback<RequestDriverCommand>(({ receive, sendBack }) => {
      receive(() => {
        attempt().then(
          (value) => {
            result = { value };
            sendBack({ type: 'reply.ok' });
          },
          (error: unknown) => {
            lastError = error;
            if (error instanceof JetStreamError && error.verdict.action === 'retry')
              sendBack({ type: 'server.verdict', verdict: error.verdict });
            else sendBack({ type: 'cancel' });
          },
        );
      });
    });
    const input: RequestInput = {};
    if (options.maxAttempts !== undefined) input.maxAttempts = options.maxAttempts;
    if (options.deadline !== undefined) input.deadline = options.deadline;
    const actor = createActor(createRequestMachine(driver), {
      input,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    actor.subscribe({
      complete: () => {
        const output = actor.getSnapshot().output;
        if (output?.outcome === 'ok' && result) return resolve(result.value);
        if (lastError instanceof JetStreamError) lastError.attempts = output?.attempts ?? 1;
        reject(lastError ?? new Error(`The call ended as ${String(output?.outcome)} before any answer.`));
      },
    });
    actor.start();
  });
}
