import type { Actor } from 'xstate';
import type { CeleriantSignal, Verdict } from '../../codes/types.ts';
import type { IdentifyInput } from '../../frames/celeriant/index.ts';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import type { SocketEnd } from '../../machines/driver/driver.types.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import type { ConnectionSettings, ServerError } from './celeriantConnection.ts';
import type { CeleriantPool } from './celeriantPool.ts';
import type { CeleriantSessionOptions } from './celeriantSessionOptions.ts';

/** The connection actor of a session. */
export type ConnectionActor = Actor<typeof connectionMachine>;

/**
 * What every part of a Celeriant session shares: settings, the pool, the connection actor, the
 * classifier. (The public session shape itself comes from the shared `createSessionCore`.)
 */
export interface SessionCore {
  options: CeleriantSessionOptions;
  settings: ConnectionSettings;
  pool: CeleriantPool;
  /** Set right after the actor is created. */
  connection: ConnectionActor;
  /** Timers on the session's clock. */
  timers: SessionTimers;
  /**
   * Tells the connection machine, through the leader driver, what a request or watch learned about
   * the current connection (a connection verdict, an unreachable node). Set by the leader driver;
   * dropped once that connection's end was reported (driver contract).
   */
  report(end: SocketEnd): void;
  classify: (signal: CeleriantSignal) => Verdict;
  /** The last node a mutation succeeded on (the known leader), if any. */
  knownLeader: string | undefined;
  /** Current API key, fetched on connect and again when the machine asks for fresh credentials. */
  apiKey: string | undefined;
  /** The node to dial when the machine names none: the known leader, then address and seeds in turn. */
  defaultTarget(attempt: number): string;
}

/** Classifies an ErrorResponse through the catalog (the only place codes become decisions). */
export function verdictOfServerError(core: SessionCore, error: ServerError): Verdict {
  return core.classify({ protocol: 'celeriant', kind: 'error', code: error.code, message: error.message });
}

/** Every known node, without duplicates: the address first, then the seeds. */
export function knownNodes(options: CeleriantSessionOptions): string[] {
  return [...new Set([options.address, ...(options.seeds ?? [])])];
}

/**
 * The API key to identify with: the configured string, or the callback's answer (cached; asked
 * again when `fresh`, i.e. after the server refused the last one).
 */
export async function resolveApiKey(core: SessionCore, fresh: boolean): Promise<string | undefined> {
  const source = core.options.apiKey;
  if (typeof source !== 'function') return source;
  if (core.apiKey === undefined || fresh) core.apiKey = await source();
  return core.apiKey;
}

/** The Identify request for an API key (all-empty when there is none: accepted by servers without keys). */
export function identifyOf(apiKey: string | undefined): IdentifyInput {
  return apiKey === undefined ? {} : { apiKey };
}
