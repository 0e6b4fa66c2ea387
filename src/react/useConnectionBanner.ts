import { useCallback } from 'react';
import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import { describeConnectionStatus } from '../machines/connection/describeConnectionStatus.ts';
import { useNow } from './useNow.ts';
import { type StatusSource, useSessionStatus } from './useSessionStatus.ts';

/** A session a banner can drive: its status plus the two buttons. */
export interface BannerSession<Status extends ConnectionStatus = ConnectionStatus>
  extends StatusSource<Status> {
  retryNow(): void;
  connect(): void;
}

/** What {@link useConnectionBanner} returns. */
export interface ConnectionBanner<Status extends ConnectionStatus = ConnectionStatus> {
  /** The status the sentence was made from. */
  status: Status;
  /** "Connected", "Reconnecting in 3 s (attempt 2)", "Session ended: invalid token" (see `describeConnectionStatus`). */
  text: string;
  /** Skips the reconnect wait; `null` when there is no wait to skip (show no button). */
  retry: (() => void) | null;
  /** Connects again after a terminal close; `null` unless the session is `closed`. */
  reconnect: (() => void) | null;
}

/**
 * Everything a reconnect banner shows: the sentence (its countdown ticks every 250 ms while a
 * retry is scheduled, and only then), the retry action while a wait can be skipped, and the
 * reconnect action after a terminal close.
 *
 * @example
 * ```tsx
 * const { text, retry } = useConnectionBanner(session)
 * return <div role="status">{text}{retry && <button onClick={retry}>Retry now</button>}</div>
 * ```
 */
export function useConnectionBanner<Status extends ConnectionStatus>(
  session: BannerSession<Status>,
): ConnectionBanner<Status> {
  const status = useSessionStatus(session);
  const now = useNow(status.nextRetryAt !== null);
  const retryNow = useCallback(() => session.retryNow(), [session]);
  const connect = useCallback(() => session.connect(), [session]);
  return {
    status,
    text: describeConnectionStatus(status, now),
    retry: status.canRetryNow ? retryNow : null,
    reconnect: status.terminal ? connect : null,
  };
}
