import type { CentrifugoSession } from '../../src/protocols/centrifugo/index.ts';
import { useConnectionBanner } from '../../src/react/index.ts';

/** Props of {@link ReconnectBanner}. */
export interface ReconnectBannerProps {
  session: CentrifugoSession;
}

/**
 * The reconnect banner. `useConnectionBanner` (from `codestate/react`) gives the sentence, whose
 * countdown ticks by itself, the retry action while a wait can be skipped and the reconnect action
 * after a terminal close; everything comes from the session's `status`.
 */
export function ReconnectBanner({ session }: ReconnectBannerProps) {
  const { status, text, retry, reconnect } = useConnectionBanner(session);
  return (
    <div id="banner" role="status" aria-live="polite" data-state={status.state}>
      <span id="message">{text}</span>
      {retry && (
        <button id="retry" type="button" onClick={retry}>
          Retry now
        </button>
      )}
      {reconnect && (
        <button id="reconnect" type="button" onClick={reconnect}>
          Connect again
        </button>
      )}
      {/* Why the session is waiting or over: the server code and the catalog rule that decided. */}
      {(retry || reconnect) && status.rule !== null && (
        <span id="cause" className="muted">
          {status.lastCode ?? ''} {status.rule}
        </span>
      )}
    </div>
  );
}
