import type { Actor } from 'xstate';
import { classifyCeleriant } from '../../codes/celeriant/classifyCeleriant.ts';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import {
  createCeleriantDecoder,
  createCeleriantEncoder,
  DEFAULT_MAX_REQUEST_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
} from '../../frames/celeriant/index.ts';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import { timeoutOption } from '../../machines/shared/delays.ts';
import { createTcpTransport } from '../../transports/tcpTransport.ts';
import { createSessionCore } from '../shared/createSessionCore.ts';
import type { Session } from '../shared/Session.ts';
import { sessionTimers } from '../shared/sessionTimers.ts';
import type { ConnectionSettings } from './celeriantConnection.ts';
import { type CeleriantOperations, createOperations } from './celeriantOperations.ts';
import { CeleriantPool } from './celeriantPool.ts';
import { sessionStoppedError } from './celeriantRequestError.ts';
import type { CeleriantSessionOptions } from './celeriantSessionOptions.ts';
import { createLeaderDriver } from './leaderDriver.ts';
import { applyRedirectPolicy, type RedirectPolicy, refuseUnspecifiedRedirect } from './redirectPolicy.ts';
import { knownNodes, type SessionCore } from './sessionCore.ts';
import { type CeleriantWatch, openCeleriantWatch } from './watch/celeriantWatch.ts';
import type { CeleriantWatchFilter, CeleriantWatchHandlers } from './watch/celeriantWatchTypes.ts';

/** Events of a {@link CeleriantSession}. */
export interface CeleriantSessionEvents {
  /** Every change of the connection machine, as the UI model. */
  status: ConnectionStatus;
}

/**
 * A Celeriant session: one leader link (the connection machine), a request pool and watches. It
 * has the shape every session shares (`state`, `status`, `on`, `connect`, `disconnect`,
 * `retryNow`, `stop`, `actor`).
 */
export interface CeleriantSession
  extends Session<ConnectionStatus, CeleriantSessionEvents>,
    CeleriantOperations {
  /** The node requests go to now (the leader as far as the session knows). */
  readonly leader: string;
  /** The connection actor, for inspectors and @xstate/react. */
  readonly actor: Actor<typeof connectionMachine>;
  /** Connects (operations also connect on demand). */
  connect(): void;
  /**
   * Closes every connection and watch; pending and later operations fail with kind `closed`
   * until `connect()`.
   */
  disconnect(): void;
  /**
   * Like `disconnect()`, then stops the connection actor: the session cannot be used afterwards
   * (`state` stays `closed`; operations and `watch()` fail at once with kind `stopped`).
   */
  stop(): void;
  /** Opens a watch; see {@link CeleriantWatchHandlers}. */
  watch(filter: CeleriantWatchFilter, handlers: CeleriantWatchHandlers): CeleriantWatch;
  /**
   * Closes every connection and watch; pending operations fail with kind `closed`.
   * @deprecated Use `disconnect()` (the same), or `stop()` to end the session for good.
   */
  close(): void;
}

/** Every verdict of the session passes the redirect policy: one place for the leader link, requests and watches. */
const withRedirectPolicy =
  (classify: SessionCore['classify'], policy: RedirectPolicy): SessionCore['classify'] =>
  (signal) =>
    applyRedirectPolicy(classify(signal), policy);

/** Dial + Identify timeout: 0 and Infinity turn it off (the rule of src/machines/shared/delays.ts). */
const connectTimeoutOf = (options: CeleriantSessionOptions) => timeoutOption(options.connectTimeout, 5000);

/** The per-connection settings of a session, from its options. */
function settingsOf(options: CeleriantSessionOptions): ConnectionSettings {
  const maxResponseSize = options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE;
  return {
    transport:
      options.transport ??
      createTcpTransport({
        connectTimeout: connectTimeoutOf(options),
        ...(options.tls === undefined ? {} : { tls: options.tls }),
      }),
    encoder: createCeleriantEncoder(),
    decoder: createCeleriantDecoder(maxResponseSize, {
      ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
      ...(options.maxDecodedSize === undefined ? {} : { maxDecodedSize: options.maxDecodedSize }),
    }),
    maxResponseSize,
    maxRequestSize: options.maxRequestSize ?? DEFAULT_MAX_REQUEST_SIZE,
    requestTimeout: timeoutOption(options.requestTimeout, 30_000),
    timers: sessionTimers(options.clock),
  };
}

/**
 * Creates a Celeriant event-store session for Node (raw TCP, optional TLS), on the shared session
 * core (src/protocols/shared/createSessionCore.ts).
 *
 * @example
 * ```ts
 * const session = createCeleriantSession({ address: 'node-a:10000', seeds: ['node-b:10002'] });
 * session.on('status', (status) => console.log(status.state, status.lastCode));
 * await session.write({ clientId, writes: [{ org, type, aggregate, allowCreate: true,
 *   events: [{ clientSeq: 1, typeMajor: 1, value: bytes }] }] });
 * session.stop();
 * ```
 */
export function createCeleriantSession(options: CeleriantSessionOptions): CeleriantSession {
  const nodes = knownNodes(options);
  const settings = settingsOf(options);
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
    timers: settings.timers,
    // Replaced by the leader driver when it starts.
    report: () => {},
    classify: withRedirectPolicy(
      createProtocolClassifier(classifyCeleriant, options.overrides),
      options.redirectPolicy ?? refuseUnspecifiedRedirect,
    ),
    knownLeader: undefined,
    apiKey: typeof options.apiKey === 'string' ? options.apiKey : undefined,
    defaultTarget(attempt) {
      const candidates = [...new Set([core.knownLeader ?? options.address, ...nodes])];
      return candidates[attempt % candidates.length] as string;
    },
  };
  let closing = false;
  const watches = new Set<CeleriantWatch>();
  const disconnect = () => {
    // After stop() everything is closed already and the actor takes no events.
    if (shared.stopped) return;
    closing = true;
    for (const watch of watches) watch.close();
    watches.clear();
    shared.actor.send({ type: 'disconnect' });
    pool.closeAll('session closed');
  };
  const shared = createSessionCore<ConnectionStatus, CeleriantSessionEvents>({
    driver: createLeaderDriver(core),
    input: {
      // The dial's timeout plus a margin for Identify; off when the dial's is off.
      connectTimeout: connectTimeoutOf(options) > 0 ? connectTimeoutOf(options) + 1000 : 0,
      maxRedirectHops: options.maxRedirectHops ?? 3,
      // Seeds first: a node that answers NotLeader `{}` should not be asked again straight away.
      seeds: [...new Set([...(options.seeds ?? []), options.address])],
    },
    backoff: options.backoff,
    random: options.random,
    clock: options.clock,
    inspect: options.inspect,
    beforeConnect: () => {
      closing = false;
    },
    beforeStop: disconnect,
    stoppedError: sessionStoppedError,
  });
  core.connection = shared.actor;
  const operations = createOperations(core, settings, () => closing, shared.assertLive);

  return shared.extend({
    get leader() {
      return pool.target;
    },
    actor: shared.actor,
    ...operations,
    disconnect,
    watch(filter: CeleriantWatchFilter, handlers: CeleriantWatchHandlers) {
      shared.assertLive('watch');
      const watch = openCeleriantWatch(core, filter, handlers);
      watches.add(watch);
      return watch;
    },
    close: disconnect,
  });
}
