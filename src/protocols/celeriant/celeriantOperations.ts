import {
  type AggregateDetailsInput,
  CeleriantFrameError,
  encodeRequest,
  type ReadInput,
  type RequestInputs,
  type ResponseBody,
  type ResponseKind,
  type WriteInput,
} from '../../frames/celeriant/index.ts';
import type { ConnectionSettings } from './celeriantConnection.ts';
import { CeleriantRequestError } from './celeriantRequestError.ts';
import { runRequest } from './runRequest.ts';
import type { SessionCore } from './sessionCore.ts';

/** What a write returned. */
export interface CeleriantWriteResult {
  /**
   * True when the server answered 2002: this `(clientId, clientSeq)` had already landed and is
   * durable (e.g. a retry after a lost reply). The write is done either way.
   */
  alreadyApplied: boolean;
  /** The WriteResponse, when the server sent one. */
  response: ResponseBody<'write'> | null;
  /** The 2002 details (`last_client_seq`, `attempted_client_seq`) when `alreadyApplied`. */
  details: unknown;
  /** Sends it took (retries and redirects included). */
  attempts: number;
  /** The node that accepted it (the leader). */
  node: string;
}

/** All batches of an aggregate from a version on, gathered across pages. */
export interface CeleriantReadResult {
  batches: ResponseBody<'read'>['batches'];
  /** Pages fetched. */
  pages: number;
}

/** The operations a session offers. */
export interface CeleriantOperations {
  /** Appends events. Retries hold the same client sequences; see {@link CeleriantWriteResult}. */
  write(input: WriteInput): Promise<CeleriantWriteResult>;
  /** One page of a read (follow `nextAggregateVersion` yourself). */
  readPage(input: ReadInput): Promise<ResponseBody<'read'>>;
  /** Every batch from `fromVersion` on, following `next_aggregate_version` until it is absent. */
  read(input: ReadInput & { maxPages?: number }): Promise<CeleriantReadResult>;
  /** The aggregate's details (raw fields; 7001 when it does not exist). */
  aggregateDetails(input: AggregateDetailsInput): Promise<ResponseBody<'aggregateDetails'>>;
}

function unexpected(kind: string): CeleriantRequestError {
  return new CeleriantRequestError(
    'failed',
    `Celeriant ${kind} ended without a ${kind} response (2002 only applies to writes).`,
  );
}

/** Builds the operations of a session on its core; each one runs through a request machine. */
export function createOperations(
  core: SessionCore,
  settings: ConnectionSettings,
  closing: () => boolean,
  /** Throws the stopped error after `stop()` (the session core's `assertLive`). */
  assertLive: (operation: string) => void,
): CeleriantOperations {
  async function call<K extends keyof RequestInputs>(
    kind: K,
    input: RequestInputs[K],
    expected: ResponseKind,
  ) {
    assertLive(kind);
    try {
      encodeRequest(settings.encoder, kind, input, settings.maxRequestSize); // validate before any send
    } catch (error) {
      if (error instanceof CeleriantFrameError) {
        throw new CeleriantRequestError('invalid-input', `Celeriant ${kind} not sent: ${error.message}`);
      }
      throw error;
    }
    try {
      return await runRequest(core, kind, input, expected, closing);
    } catch (error) {
      // Ended by stop() while it ran: say so, rather than "closed".
      if (error instanceof CeleriantRequestError && error.kind === 'closed') assertLive(kind);
      throw error;
    }
  }

  const operations: CeleriantOperations = {
    async write(input) {
      const result = await call('write', input, 'write');
      return {
        alreadyApplied: result.verdict !== undefined,
        response: result.response?.kind === 'write' ? result.response.body : null,
        details: result.verdict?.details,
        attempts: result.attempts,
        node: result.node,
      };
    },
    async readPage(input) {
      const result = await call('read', input, 'read');
      if (result.response?.kind !== 'read') throw unexpected('read');
      return result.response.body;
    },
    async read(input) {
      const { maxPages = 10_000, ...first } = input;
      const batches: CeleriantReadResult['batches'] = [];
      let from = input.fromVersion;
      let pages = 0;
      while (pages < maxPages) {
        const page = await operations.readPage(from === undefined ? first : { ...first, fromVersion: from });
        pages++;
        batches.push(...page.batches);
        if (page.nextAggregateVersion === null || page.batches.length === 0) break;
        from = page.nextAggregateVersion;
      }
      return { batches, pages };
    },
    async aggregateDetails(input) {
      const result = await call('aggregateDetails', input, 'aggregateDetails');
      if (result.response?.kind !== 'aggregateDetails') throw unexpected('aggregateDetails');
      return result.response.body;
    },
  };
  return operations;
}
