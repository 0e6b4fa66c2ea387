import { connectionContext, connectionSetup } from './connection.setup.ts';

/** Reactions to a connection-scope verdict, shared by `connecting` and `connected`. First match wins. */
const onVerdict = [
  { guard: 'isCloseVerdict', target: '#connection.closed', actions: 'recordVerdict' },
  // The limit is decided here, once; the actions only record it.
  {
    guard: 'isAuthLimitReached',
    target: '#connection.closed',
    actions: ['recordVerdict', 'recordAuthLimit'],
  },
  { guard: 'isRefreshTokenVerdict', target: '#connection.reconnecting', actions: 'recordVerdict' },
  {
    guard: 'canFollowRedirect',
    target: '#connection.reconnecting.redirecting',
    actions: ['recordVerdict', 'followRedirect'],
  },
  // Hop cap reached (A→B→A...) or nowhere to go: back off, then start a new round at the default address.
  { guard: 'isRedirectVerdict', target: '#connection.reconnecting', actions: 'recordVerdict' },
  { guard: 'isReconnectVerdict', target: '#connection.reconnecting', actions: 'recordVerdict' },
  // `ignore` and actions of other scopes: no state change.
] as const;

/** The browser says the network or the page went away: drop and reconnect with backoff. */
const onBrowserDrop = { target: '#connection.reconnecting', actions: 'recordBrowserDrop' } as const;

/** The page entered the back/forward cache: same as going offline. Written out, not spread, so
 * bundlers can prove the chart side-effect free and drop it when unused. */
const onPageHide = {
  guard: 'isPersistedPage',
  target: '#connection.reconnecting',
  actions: 'recordBrowserDrop',
} as const;

/** App `disconnect()`: tear down, back to `idle`. */
const onDisconnect = { target: '#connection.idle', actions: ['recordDisconnect', 'closeDriver'] } as const;

/** Skip the wait: connect now (the attempt counter keeps counting). */
const connectNow = { target: '#connection.connecting', actions: 'beginRound' } as const;

/** The page came back from the back/forward cache: connect now. */
const onPageShow = {
  guard: 'isPersistedPage',
  target: '#connection.connecting',
  actions: 'beginRound',
} as const;

/**
 * The connection machine: `idle` → `connecting` → `connected` ⇄ `reconnecting` → `closed`.
 *
 * Protocol-agnostic: it reads verdicts (`server.verdict`), never codes, and talks to the network only
 * through the `driver` actor a protocol provides. See src/machines/README.md for the contract.
 */
export const connectionMachine = /* @__PURE__ */ connectionSetup.createMachine({
  id: 'connection',
  context: ({ input }) => connectionContext(input),
  invoke: [
    { id: 'driver', src: 'driver' },
    { id: 'browserEvents', src: 'browserEvents', input: {} },
  ],
  initial: 'idle',
  states: {
    idle: {
      on: { connect: { target: 'connecting', actions: 'resetForConnect' } },
    },
    connecting: {
      entry: 'openDriver',
      after: {
        connectTimeout: [
          {
            guard: 'timedOutCanTryNextSeed',
            target: 'reconnecting.redirecting',
            actions: ['recordConnectTimeout', 'tryNextSeed'],
          },
          { guard: 'hasConnectTimeout', target: 'reconnecting', actions: 'recordConnectTimeout' },
        ],
      },
      on: {
        'transport.connected': { target: 'connected', actions: 'acceptConnection' },
        'transport.error': [
          {
            guard: 'canTryNextSeed',
            target: 'reconnecting.redirecting',
            actions: ['recordTransportError', 'tryNextSeed'],
          },
          { target: 'reconnecting', actions: 'recordTransportError' },
        ],
        'server.verdict': [...onVerdict],
        offline: onBrowserDrop,
        pagehide: onPageHide,
        disconnect: onDisconnect,
      },
    },
    connected: {
      initial: 'checking',
      states: {
        checking: { always: [{ guard: 'hasLiveness', target: 'watching' }, { target: 'unwatched' }] },
        watching: {
          after: {
            livenessTimeout: { target: '#connection.reconnecting', actions: 'recordLivenessTimeout' },
          },
          on: { activity: { target: 'watching', reenter: true } },
        },
        unwatched: {},
      },
      on: {
        'transport.error': { target: 'reconnecting', actions: 'recordTransportError' },
        'server.verdict': [...onVerdict],
        offline: onBrowserDrop,
        pagehide: onPageHide,
        disconnect: onDisconnect,
      },
    },
    reconnecting: {
      entry: 'closeDriver',
      initial: 'backoff',
      states: {
        backoff: {
          entry: 'scheduleRetry',
          after: { retryDelay: connectNow },
          on: { retryNow: connectNow, online: connectNow, pageshow: onPageShow },
        },
        redirecting: {
          after: { redirectPause: { target: '#connection.connecting' } },
          // Skipping the (0 ms) pause keeps the redirect target.
          on: { retryNow: { target: '#connection.connecting' } },
        },
      },
      on: {
        // A terminal verdict about the socket just dropped (a close frame after the error) still holds.
        'server.verdict': { guard: 'isCloseVerdict', target: 'closed', actions: 'recordVerdict' },
        disconnect: onDisconnect,
      },
    },
    closed: {
      entry: 'closeDriver',
      on: { connect: { target: 'connecting', actions: 'resetForConnect' } },
    },
  },
});
