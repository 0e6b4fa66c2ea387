import type { ResponseBody, WatchInput } from '../../../frames/celeriant/index.ts';
import type { VerdictSummary } from '../../../machines/shared/verdictSummary.ts';
import type { CeleriantWatchError } from './celeriantWatchError.ts';

/** One watch notification (a hint: re-read the aggregate from your cursor). */
export type CeleriantWatchEvent = ResponseBody<'watch'>['events'][number];

/** The scope of a watch: filters as in a WatchRequest, minus what the session sets itself. */
export type CeleriantWatchFilter = Omit<WatchInput, 'correlationId' | 'shardId'>;

/** Why the app should re-read from its cursors. */
export interface CeleriantResyncInfo {
  /** `subscribed` the first time, `resubscribed` after the watch was lost and reopened. */
  reason: 'subscribed' | 'resubscribed';
  /** What ended the previous stream (EOF, 8002–8004, liveness, fan-out), when there was one. */
  cause: VerdictSummary | null;
  /** Shards watched (1 unless the server asked for a fan-out). */
  shards: number;
}

/** Callbacks of a watch. */
export interface CeleriantWatchHandlers {
  /** A notification arrived (from any shard). */
  onEvent?(event: CeleriantWatchEvent): void;
  /**
   * The watch is live (after the server's empty ack frame on every shard). Catch up now: the
   * server has no replay (spec §3.3), so read each aggregate from your cursor + 1.
   */
  onResync?(info: CeleriantResyncInfo): void;
  /** The watch ended for good (e.g. 8001 latency too high); it will not reopen. */
  onEnd?(error: CeleriantWatchError): void;
}
