import type { GarbageKind } from './peerFrames.ts';
/**
 * Scripts for the scripted Celeriant peer, as data. A node answers each request kind from its
 * queue of steps; when the queue is empty it falls back to its role's default (a leader accepts
 * writes, a follower answers NotLeader pointing at the leader).
 */

/** A node name in a cluster, or `dead` (a port nobody listens on). */
export type NodeRef = 'A' | 'B' | 'dead';

/** One answer to one request. */
export type Step =
  /** The normal response for the request (write stored, read served, identify accepted, ...). */
  | { reply: 'ok' }
  /** An ErrorResponse. `details` is the error_message: an object (sent as JSON) or raw text. */
  | { reply: 'error'; code: number; details?: Record<string, unknown> | string }
  /** NotLeader-style error (2011/3005/4006/2027) carrying a node's address, or `{}` when `leader` is absent. */
  | { reply: 'not-leader'; code?: number; leader?: NodeRef }
  /** Close the connection without an error frame (silent EOF). */
  | { reply: 'eof' }
  /** Read the request and never answer. */
  | { reply: 'ignore' }
  /** Send a broken frame: a header announcing 4 GiB, a body that is not MessagePack, or an unknown type. */
  | { reply: 'garbage'; what: GarbageKind };

/** One thing a watch stream does after the watch request. */
export type WatchStep =
  /** The empty WatchResponse sent as the subscription ack. */
  | { ack: true }
  /** An empty WatchResponse after the given pause (server heartbeat). */
  | { heartbeat: number }
  /** A notification for an aggregate: write from → to. */
  | { event: { aggregate: bigint; from: number; to: number } }
  /** An error frame; 8001/8005/8002–8004 then close (spec §1.9), 9001/9002 keep the connection. */
  | { error: number; details?: Record<string, unknown> }
  /** Pause, in ms. */
  | { wait: number }
  /** Close without an error frame. */
  | { eof: true }
  /** Keep the stream open and silent until the client leaves. */
  | { hold: true };

/** How a node answers watch requests: a probe answer and per-shard streams. */
export interface WatchScript {
  /** Answer to a watch without `shard_id`: a stream, or a 9001/9002 with `num_shards`. */
  probe?: WatchStep[];
  /** Streams for explicit `shard_id` requests (fan-out). */
  shards?: Record<number, WatchStep[]>;
}

/** The whole script of one node. */
export interface NodeScript {
  /** Whether this node accepts mutations by default. */
  role: 'leader' | 'follower';
  /** Whom a follower names in its default NotLeader (absent ⇒ `{}`). */
  leader?: NodeRef;
  /** Answers to Identify, consumed in order; default ok. */
  identify?: Step[];
  /** Answers to writes, consumed in order; then the role's default. */
  write?: Step[];
  /** Answers to reads, consumed in order; then served from the store. */
  read?: Step[];
  /** Answers to aggregate-details requests; then ok. */
  aggregateDetails?: Step[];
  /** Watch streams, one per watch connection, consumed in order; the last one repeats. */
  watch?: WatchScript[];
  /** Batches per read page (to exercise paging). Default 2. */
  readPageSize?: number;
}

/** Per spec §1.9: does the server close the connection after sending this error code? */
export function serverClosesAfter(code: number, phase: 'identify' | 'request' | 'watch'): boolean {
  if (phase === 'identify') return true; // 10001/10002/10005/10006 and 10004 on first frame
  if (code === 10004) return true;
  if (phase === 'watch') return code === 8001 || code === 8005 || (code >= 8002 && code <= 8004);
  return false; // shard/operation errors, 9xxx, 11000, 10003, 10007: the connection stays open
}
