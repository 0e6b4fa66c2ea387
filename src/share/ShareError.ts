/**
 * Why a shared-session operation failed:
 * - `call-timeout`: the leading tab did not answer a forwarded call in time;
 * - `leader-lost`: the leading tab went away (closed, crashed, frozen) before it answered;
 * - `bad-message`: a message on the tabs' channel did not match the protocol (it was ignored);
 * - `remote-failure`: the leading tab's call failed with an error that is not a protocol error.
 */
export type ShareErrorCode = 'call-timeout' | 'leader-lost' | 'bad-message' | 'remote-failure';

const REMEDIATION: Record<ShareErrorCode, string> = {
  'call-timeout':
    'Retry the call; if it keeps happening the leading tab is busy or frozen: raise share.callTimeout or check that tab.',
  'leader-lost':
    'Another tab is taking over the connection; retry the call once status.role shows a leader again (calls that change data may already have run).',
  'bad-message':
    'Something else posts on the BroadcastChannel of this shared session, or tabs run different codestate versions: reload every tab or pick another share.name.',
  'remote-failure': 'See the message; the leading tab threw it while running the call.',
};

/** A typed error of the tab-sharing layer (`codestate/share`); `code` says what went wrong. */
export class ShareError extends Error {
  /** Tells a share error from other errors in one-callback APIs. */
  readonly type = 'share-error' as const;
  /** What went wrong (see {@link ShareErrorCode}). */
  readonly code: ShareErrorCode;
  /** What to do about it, in one sentence. */
  readonly remediation: string;

  constructor(code: ShareErrorCode, message: string) {
    super(`${message} ${REMEDIATION[code]}`);
    this.name = 'ShareError';
    this.code = code;
    this.remediation = REMEDIATION[code];
  }
}
