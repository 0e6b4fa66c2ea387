import type {
  AggregateDetailsInput,
  ReadInput,
  ResponseBody,
  WriteInput,
} from '../../frames/celeriant/index.ts';

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
