import type { Verdict } from '../../codes/types.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { NatsError } from './natsError.ts';
import type { NatsMessage } from './natsMessage.ts';

interface Pending {
  subject: string;
  resolve(message: NatsMessage): void;
  reject(error: NatsError): void;
  timer: unknown;
}

/** A new inbox subject: `prefix` (default `_INBOX`) and 22 random base-36 characters, unique enough per session. */
export function newInbox(random: () => number, prefix = '_INBOX'): string {
  let id = '';
  for (let i = 0; i < 22; i++) id += Math.floor(random() * 36).toString(36);
  return `${prefix}.${id}`;
}

/**
 * Request/reply over one wildcard inbox subscription (`_INBOX.<id>.*`), as nats.js does: each
 * request gets a token, the reply subject `<prefix>.<token>`, a timer, and a promise.
 * A `503` status reply means no responders.
 */
export class RequestMux {
  readonly prefix: string;
  private readonly pending = new Map<string, Pending>();
  private next = 0;

  constructor(
    private readonly clock: SessionTimers,
    random: () => number,
    prefix?: string,
  ) {
    this.prefix = newInbox(random, prefix);
  }

  /** The subject of the mux subscription. */
  get subject(): string {
    return `${this.prefix}.*`;
  }

  /** Registers a request; returns its reply subject, the promise of its answer, and a way to fail it. */
  add(
    subject: string,
    timeout: number,
  ): { reply: string; answer: Promise<NatsMessage>; fail(error: NatsError): void } {
    const token = (++this.next).toString(36);
    const answer = new Promise<NatsMessage>((resolve, reject) => {
      // 0 = no timeout (the caller turned it off; see src/machines/shared/delays.ts).
      const timer =
        timeout > 0
          ? this.clock.setTimeout(
              () =>
                this.settle(token, new NatsError('timeout', `No reply to ${subject} within ${timeout} ms.`)),
              timeout,
            )
          : undefined;
      this.pending.set(token, { subject, resolve, reject, timer });
    });
    return { reply: `${this.prefix}.${token}`, answer, fail: (error) => this.settle(token, error) };
  }

  /** Routes a reply to its request. */
  deliver(message: NatsMessage): void {
    const token = message.subject.slice(this.prefix.length + 1);
    const pending = this.pending.get(token);
    if (pending === undefined) return;
    if (message.headers?.status === 503) {
      this.settle(token, new NatsError('no-responders', `No service is subscribed to ${pending.subject}.`));
      return;
    }
    this.settle(token, message);
  }

  /** A request-scope verdict (publish permission): fails the requests to the subject it names. */
  failSubject(subject: string | undefined, verdict: Verdict): void {
    for (const [token, pending] of this.pending) {
      if (subject === undefined || pending.subject === subject) {
        this.settle(
          token,
          new NatsError('permission-denied', verdict.reason ?? `Publishing to ${pending.subject} is denied.`),
        );
      }
    }
  }

  /** Fails every pending request (disconnect, drain, close). */
  failAll(error: NatsError): void {
    for (const token of [...this.pending.keys()]) this.settle(token, error);
  }

  private settle(token: string, outcome: NatsMessage | NatsError): void {
    const pending = this.pending.get(token);
    if (pending === undefined) return;
    this.pending.delete(token);
    this.clock.clearTimeout(pending.timer);
    if (outcome instanceof NatsError) pending.reject(outcome);
    else pending.resolve(outcome);
  }
}
