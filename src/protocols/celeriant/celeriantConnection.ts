import type { Decoder, Encoder } from '@msgpack/msgpack';
import {
  type CeleriantFrameError,
  type CeleriantResponse,
  decodeResponse,
  encodeRequest,
  FrameSplitter,
  type RequestInputs,
  toCeleriantId,
} from '../../frames/celeriant/index.ts';
import type { Transport, TransportFactory } from '../../transports/transport.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';

/** An ErrorResponse as received: the code and the raw `error_message`. */
export interface ServerError {
  code: number;
  message: string;
}

/** How one exchange on a connection ended. */
export type Exchange =
  | { type: 'response'; response: CeleriantResponse }
  | { type: 'server-error'; error: ServerError }
  | { type: 'transport'; reason: string; dialFailed: boolean };

/** Settings shared by every connection of a session. */
export interface ConnectionSettings {
  transport: TransportFactory;
  encoder: Encoder;
  decoder: Decoder;
  maxResponseSize: number;
  maxRequestSize: number;
  /** Per-request timeout, ms (0 = none). A timed-out connection is closed (its state is unknown). */
  requestTimeout: number;
  /** Timers on the session's clock (request timeouts, idle times). */
  timers: SessionTimers;
}

type Pending = { resolve: (exchange: Exchange) => void; timer?: unknown; correlationId: string };

/**
 * One TCP connection to a Celeriant node. The server reads a request, answers it, then reads the
 * next (spec §0.3), so this class allows one exchange in flight; the pool provides concurrency.
 * Any frame error, timeout or EOF poisons the connection: it closes and is never reused.
 */
export class CeleriantConnection {
  private readonly splitter: FrameSplitter;
  private readonly transport: Transport;
  private pending: Pending | undefined;
  /** Correlation ids this connection gives requests that carry none (the server echoes them). */
  private nextCorrelation = 1n;
  private openWaiter: ((exchange: Exchange | undefined) => void) | undefined;
  private listener: ((exchange: Exchange) => void) | undefined;
  private closedReason: string | undefined;
  private wasOpen = false;
  /** Set once a watch request went out: the socket is push-only from then on (spec §1.9). */
  private pushOnly = false;
  /** Clock ms when the connection last went idle (for idle eviction). */
  idleSince: number;

  constructor(
    readonly target: string,
    private readonly settings: ConnectionSettings,
  ) {
    this.splitter = new FrameSplitter(settings.maxResponseSize);
    this.idleSince = settings.timers.now();
    this.transport = settings.transport(target, {
      onOpen: () => {
        this.wasOpen = true;
        this.openWaiter?.(undefined);
        this.openWaiter = undefined;
      },
      onData: (chunk) => this.onData(chunk),
      onClose: (info) => this.onClosed(info.reason, !info.wasOpen),
    });
  }

  /** True once the connection is closed, for whatever reason. */
  get closed(): boolean {
    return this.closedReason !== undefined;
  }

  /** True while an exchange is in flight or the socket is a watch. */
  get busy(): boolean {
    return this.pending !== undefined || this.pushOnly;
  }

  /** Waits for the TCP (and TLS) handshake; resolves with a transport exchange on failure. */
  opened(): Promise<Exchange | undefined> {
    if (this.wasOpen) return Promise.resolve(undefined);
    if (this.closedReason !== undefined) {
      return Promise.resolve({ type: 'transport', reason: this.closedReason, dialFailed: true });
    }
    return new Promise((resolve) => {
      this.openWaiter = resolve;
    });
  }

  /** Sends one request and waits for its answer. Never rejects. */
  exchange<K extends keyof RequestInputs>(kind: K, input: RequestInputs[K]): Promise<Exchange> {
    if (this.closedReason !== undefined) {
      return Promise.resolve({ type: 'transport', reason: this.closedReason, dialFailed: !this.wasOpen });
    }
    if (this.pending || this.pushOnly) {
      return Promise.resolve({ type: 'transport', reason: 'connection busy', dialFailed: false });
    }
    // A correlation id on every request, so a stale answer (an earlier request's, repeated) is
    // told apart from the answer to this one.
    const correlationId = input.correlationId ?? this.nextCorrelation++;
    const frame = encodeRequest(
      this.settings.encoder,
      kind,
      { ...input, correlationId },
      this.settings.maxRequestSize,
    );
    return new Promise<Exchange>((resolve) => {
      const pending: Pending = { resolve, correlationId: toCeleriantId(correlationId) };
      if (this.settings.requestTimeout > 0) {
        const close = () => this.close('request-timeout');
        pending.timer = this.settings.timers.setTimeout(close, this.settings.requestTimeout);
      }
      this.pending = pending;
      this.transport.send(frame);
    });
  }

  /**
   * Sends a watch request and turns the socket push-only: every later frame and the close go to
   * `listener`, and nothing is ever written again (the server drops a watch socket that writes).
   */
  startWatch(input: RequestInputs['watch'], listener: (exchange: Exchange) => void): void {
    this.listener = listener;
    this.pushOnly = true;
    if (this.closedReason !== undefined) {
      listener({ type: 'transport', reason: this.closedReason, dialFailed: !this.wasOpen });
      return;
    }
    this.transport.send(encodeRequest(this.settings.encoder, 'watch', input, this.settings.maxRequestSize));
  }

  /** Closes the socket; a pending exchange ends as a transport failure with `reason`. */
  close(reason = 'closed-by-client'): void {
    this.transport.close(reason);
  }

  private onData(chunk: Uint8Array): void {
    const { frames, error } = this.splitter.push(chunk);
    for (const frame of frames) {
      const decoded = decodeResponse(this.settings.decoder, frame.header.typeId, frame.body);
      if (!decoded.ok) {
        this.fail(decoded.error);
        return;
      }
      const response = decoded.value;
      const echoed = (response.body as { correlationId?: unknown }).correlationId;
      if (!this.listener && this.pending && echoed && echoed !== this.pending.correlationId) {
        // The answer to another request: the stream is out of step, so its state is unknown.
        this.close('response for another request');
        return;
      }
      this.deliver(
        response.kind === 'error'
          ? { type: 'server-error', error: { code: response.body.code, message: response.body.message } }
          : { type: 'response', response },
      );
    }
    if (error) this.fail(error);
  }

  private fail(error: CeleriantFrameError): void {
    this.close(`${error.kind}: ${error.message}`);
  }

  private deliver(exchange: Exchange): void {
    if (this.listener) {
      this.listener(exchange);
      return;
    }
    const pending = this.pending;
    if (!pending) {
      this.close('unsolicited frame'); // the server never pushes on a request socket
      return;
    }
    this.pending = undefined;
    this.settings.timers.clearTimeout(pending.timer);
    this.idleSince = this.settings.timers.now();
    pending.resolve(exchange);
  }

  private onClosed(reason: string, dialFailed: boolean): void {
    this.closedReason = reason;
    const exchange: Exchange = { type: 'transport', reason, dialFailed };
    this.openWaiter?.(exchange);
    this.openWaiter = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.settings.timers.clearTimeout(pending.timer);
    pending?.resolve(exchange);
    this.listener?.(exchange);
    this.listener = undefined;
  }
}
