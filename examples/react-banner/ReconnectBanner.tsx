import { useSelector } from '@xstate/react';
import { describeConnectionStatus, selectConnectionStatus } from '../../src/machines/index.ts';
import type { CentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { useNow } from './useNow.ts';

/** Props of {@link ReconnectBanner}. */
export interface ReconnectBannerProps {
  session: CentrifugoSession;
}

/**
 * The reconnect banner. Everything shown comes from the connection machine's snapshot through
 * `selectConnectionStatus`, read with `useSelector(session.actor, …)`: no session event names are
 * involved, so the component keeps working whatever the session calls its change event.
 */
export function ReconnectBanner({ session }: ReconnectBannerProps) {
  const status = useSelector(session.actor, selectConnectionStatus);
  const now = useNow(status.nextRetryAt !== null);
  return (
    <div id="banner" role="status" aria-live="polite" data-state={status.state}>
      <span id="message">{describeConnectionStatus(status, now)}</span>
      {status.canRetryNow && (
        <button id="retry" type="button" onClick={() => session.retryNow()}>
          Retry now
        </button>
      )}
      {status.terminal && (
        <button id="reconnect" type="button" onClick={() => session.connect()}>
          Connect again
        </button>
      )}
      {/* Why the session is waiting or over: the server code and the catalog rule that decided. */}
      {(status.canRetryNow || status.terminal) && status.rule !== null && (
        <span id="cause" className="muted">
          {status.lastCode ?? ''} {status.rule}
        </span>
      )}
    </div>
  );
}
