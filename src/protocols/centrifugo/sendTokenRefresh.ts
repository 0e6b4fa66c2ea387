import type { CentrifugoErrorPhase, CentrifugoSignal, Verdict } from '../../codes/types.ts';
import type { CommandLink } from './createCommandLink.ts';

/** One token refresh command (`refresh` or `sub_refresh`) and what its outcomes lead to. */
export interface TokenRefreshCall {
  method: 'refresh' | 'sub_refresh';
  body: Record<string, unknown>;
  timeout: number;
  /** The phase a server error is classified in. */
  during: CentrifugoErrorPhase;
  /** The verdict action that ends the connection or subscription instead of retrying. */
  endsWith: Verdict['action'];
  classify(signal: CentrifugoSignal): Verdict;
  /** False once the socket (or subscription) this refresh belongs to is gone: the reply is dropped. */
  isCurrent(): boolean;
  /** A server error whose verdict is `endsWith`. */
  end(verdict: Verdict): void;
  /** The new token expires in `ttl` seconds: schedule the next refresh. */
  renewIn(ttl: number): void;
  /** A timeout, a dropped socket or any other server error: try again soon. */
  retry(): void;
}

/**
 * Sends a token refresh and routes its outcome; the connection token (`refresh`) and subscription
 * tokens (`sub_refresh`) share this, and differ only in the phase, the ending action and what
 * "end" and "retry" mean (spec §3, §4).
 */
export function sendTokenRefresh(link: CommandLink, call: TokenRefreshCall): void {
  link.call(call.method, call.body, call.timeout, (reply) => {
    if (!call.isCurrent()) return;
    if (reply.type === 'reply') {
      const result = reply.reply[call.method];
      if (result?.expires) call.renewIn(result.ttl);
      return;
    }
    if (reply.origin === 'server') {
      const verdict = call.classify({
        protocol: 'centrifugo',
        kind: 'error',
        during: call.during,
        code: reply.code,
        message: reply.message,
        temporary: reply.temporary,
      });
      if (verdict.action === call.endsWith) return call.end(verdict);
    }
    call.retry();
  });
}
