import { type Actor, createActor } from 'xstate';
import { classifyCeleriant } from '../../codes/celeriant/classifyCeleriant.ts';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import {
  createCeleriantDecoder,
  createCeleriantEncoder,
  DEFAULT_MAX_REQUEST_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
} from '../../frames/celeriant/index.ts';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import {
  type ConnectionStatus,
  selectConnectionStatus,
} from '../../machines/connection/connection.selectors.ts';
import type { ConnectionState } from '../../machines/connection/connection.types.ts';
import { createConnectionMachine } from '../../machines/connection/createConnectionMachine.ts';
import { createTcpTransport } from '../../transports/tcpTransport.ts';
import type { ConnectionSettings } from './celeriantConnection.ts';
import { type CeleriantOperations, createOperations } from './celeriantOperations.ts';
import { CeleriantPool } from './celeriantPool.ts';
import type { CeleriantSessionOptions } from './celeriantSessionOptions.ts';
import { createLeaderDriver } from './leaderDriver.ts';
import { knownNodes, type SessionCore } from './sessionCore.ts';
import { type CeleriantWatch, openCeleriantWatch } from './watch/celeriantWatch.ts';
import type { CeleriantWatchFilter, CeleriantWatchHandlers } from './watch/celeriantWatchTypes.ts';

/** A Celeriant session: one leader link (the connection machine), a request pool and watches. */
export interface CeleriantSession extends CeleriantOperations {
  /** `idle` | `connecting` | `connected` | `reconnecting` | `closed`. */
  readonly state: ConnectionState;
  /** The UI model (attempt, next retry, last code, redirect target, ...). */
  readonly status: ConnectionStatus;
  /** The node requests go to now (the leader as far as the session knows). */
  readonly leader: string;
  /** The connection actor, for inspectors and @xstate/react. */
  readonly actor: Actor<typeof connectionMachine>;
  /** Connects (operations also connect on demand). */
  connect(): void;
  /** Opens a watch; see {@link CeleriantWatchHandlers}. */
  watch(filter: CeleriantWatchFilter, handlers: CeleriantWatchHandlers): CeleriantWatch;
  /** Closes every connection and watch; pending operations fail with kind `closed`. */
  close(): void;
}

/**
 * Creates a Celeriant event-store session for Node (raw TCP, optional TLS).
 *
 * @example
 * ```ts
 * const session = createCeleriantSession({ address: 'node-a:10000', seeds: ['node-b:10002'] });
 * await session.write({ clientId, writes: [{ org, type, aggregate, allowCreate: true,
 *   events: [{ clientSeq: 1, typeMajor: 1, value: bytes }] }] });
 * ```
 */
export function createCeleriantSession(options: CeleriantSessionOptions): CeleriantSession {
  const nodes = knownNodes(options);
  const settings: ConnectionSettings = {
    transport:
      options.transport ??
      createTcpTransport({
        connectTimeout: options.connectTimeout ?? 5000,
        ...(options.tls === undefined ? {} : { tls: options.tls }),
      }),
    encoder: createCeleriantEncoder(),
    decoder: createCeleriantDecoder(options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE),
    maxResponseSize: options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE,
    maxRequestSize: options.maxRequestSize ?? DEFAULT_MAX_REQUEST_SIZE,
    requestTimeout: options.requestTimeout ?? 30_000,
  };
  const pool = new CeleriantPool(
    { ...settings, maxConnections: Math.max(1, options.poolSize ?? 4), idleTimeout: 25_000 },
    options.address,
  );
  if (typeof options.apiKey === 'string') pool.setIdentify({ apiKey: options.apiKey });
  const core: SessionCore = {
    options,
    settings,
    pool,
    // Assigned right below: the driver needs `core` and the actor needs the driver.
    connection: undefined as unknown as SessionCore['connection'],
    classify: createProtocolClassifier(classifyCeleriant, options.overrides),
    knownLeader: undefined,
    apiKey: typeof options.apiKey === 'string' ? options.apiKey : undefined,
    defaultTarget(attempt) {
      const candidates = [...new Set([core.knownLeader ?? options.address, ...nodes])];
      return candidates[attempt % candidates.length] as string;
    },
  };
  const machine = createConnectionMachine({ driver: createLeaderDriver(core) });
  core.connection = createActor(machine, {
    input: {
      connectTimeout: (options.connectTimeout ?? 5000) + 1000,
      maxRedirectHops: options.maxRedirectHops ?? 3,
      // Seeds first: a node that answers NotLeader `{}` should not be asked again straight away.
      seeds: [...new Set([...(options.seeds ?? []), options.address])],
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
      ...(options.random === undefined ? {} : { random: options.random }),
    },
    ...(options.inspect === undefined ? {} : { inspect: options.inspect }),
  });
  core.connection.start();
  let closing = false;
  const watches = new Set<CeleriantWatch>();
  const isClosing = () => closing;

  const operations = createOperations(core, settings, isClosing);

  const session: CeleriantSession = {
    get state() {
      return selectConnectionStatus(core.connection.getSnapshot()).state;
    },
    get status() {
      return selectConnectionStatus(core.connection.getSnapshot());
    },
    get leader() {
      return pool.target;
    },
    actor: core.connection,
    connect() {
      closing = false;
      core.connection.send({ type: 'connect' });
    },
    ...operations,
    watch(filter, handlers) {
      const watch = openCeleriantWatch(core, filter, handlers);
      watches.add(watch);
      return watch;
    },
    close() {
      closing = true;
      for (const watch of watches) watch.close();
      watches.clear();
      core.connection.send({ type: 'disconnect' });
      pool.closeAll('session closed');
    },
  };
  return session;
}
