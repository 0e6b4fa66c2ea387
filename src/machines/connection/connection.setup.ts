import { assign, fromCallback, sendTo, setup } from 'xstate';
import { spreadBackoff } from '../backoff/spreadBackoff.ts';
import { browserFacts } from '../browser/browserFacts.ts';
import { backoffSettings } from '../shared/backoffSettings.ts';
import { clampDelay, timeoutOption } from '../shared/delays.ts';
import { inputNumber } from '../shared/inputNumber.ts';
import { nextAttempt } from '../shared/nextAttempt.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type {
  ConnectionContext,
  ConnectionDriverCommand,
  ConnectionEvent,
  ConnectionInput,
} from './connection.types.ts';

/** The default driver: does nothing. A protocol provides its own with `.provide({ actors: { driver } })`. */
const idleDriver = /* @__PURE__ */ fromCallback<ConnectionDriverCommand>(() => undefined);

/** Builds the initial context from the (optional) input; unusable options fall back to their defaults. */
export function connectionContext(input: ConnectionInput | undefined): ConnectionContext {
  return {
    attempt: 0,
    nextRetryAt: null,
    retryDelay: 0,
    immediate: false,
    lastVerdict: null,
    redirectTarget: null,
    redirectHops: 0,
    seedCursor: 0,
    authFailures: 0,
    freshCredentials: false,
    livenessTimeout: timeoutOption(input?.livenessTimeout, 0),
    connectTimeout: timeoutOption(input?.connectTimeout, 10_000),
    maxRedirectHops: inputNumber(input?.maxRedirectHops, 3),
    seeds: Array.isArray(input?.seeds) ? input.seeds.filter((seed) => typeof seed === 'string') : [],
    maxAuthFailures: inputNumber(input?.maxAuthFailures, 2, 1),
    ...backoffSettings(input, spreadBackoff),
  };
}

/** A failed dial to a redirect target or seed moves on to the next seed while hops are left. */
const canTryNextSeed = (context: ConnectionContext) =>
  context.redirectTarget !== null &&
  context.seeds.length > 0 &&
  context.redirectHops < context.maxRedirectHops;

const verdictOf = (event: ConnectionEvent) => (event.type === 'server.verdict' ? event.verdict : undefined);

/**
 * The named guards, actions, actors and delays of the connection machine. Kept apart from the state
 * chart (connection.machine.ts) so each file reads on its own.
 */
export const connectionSetup = /* @__PURE__ */ setup({
  types: {
    context: {} as ConnectionContext,
    events: {} as ConnectionEvent,
    input: {} as ConnectionInput | undefined,
  },
  actors: { driver: idleDriver, browserEvents: browserFacts },
  guards: {
    isCloseVerdict: ({ event }) => verdictOf(event)?.action === 'close',
    isAuthLimitReached: ({ context, event }) =>
      verdictOf(event)?.action === 'refresh-token' && context.authFailures + 1 >= context.maxAuthFailures,
    isRefreshTokenVerdict: ({ event }) => verdictOf(event)?.action === 'refresh-token',
    canFollowRedirect: ({ context, event }) => {
      const verdict = verdictOf(event);
      return (
        verdict?.action === 'redirect' &&
        context.redirectHops < context.maxRedirectHops &&
        (verdict.target !== undefined || context.seeds.length > 0)
      );
    },
    isRedirectVerdict: ({ event }) => verdictOf(event)?.action === 'redirect',
    isReconnectVerdict: ({ event }) => verdictOf(event)?.action === 'reconnect',
    canTryNextSeed: ({ context }) => canTryNextSeed(context),
    // With the timeout off the 0 ms timer still fires; it must not count as a timeout.
    timedOutCanTryNextSeed: ({ context }) => context.connectTimeout > 0 && canTryNextSeed(context),
    hasLiveness: ({ context }) => context.livenessTimeout > 0,
    hasConnectTimeout: ({ context }) => context.connectTimeout > 0,
    isPersistedPage: ({ event }) =>
      (event.type === 'pagehide' || event.type === 'pageshow') && event.persisted,
  },
  delays: {
    // Clamped again at the timer: context may come from a snapshot made before the rule existed.
    connectTimeout: ({ context }) => clampDelay(context.connectTimeout),
    livenessTimeout: ({ context }) => clampDelay(context.livenessTimeout),
    retryDelay: ({ context }) => clampDelay(context.retryDelay),
    redirectPause: 0,
  },
  actions: {
    openDriver: /* @__PURE__ */ sendTo(
      'driver',
      ({ context }): ConnectionDriverCommand => ({
        type: 'driver.open',
        ...(context.redirectTarget === null ? {} : { target: context.redirectTarget }),
        attempt: context.attempt,
        freshCredentials: context.freshCredentials,
      }),
    ),
    closeDriver: /* @__PURE__ */ sendTo(
      'driver',
      ({ context }): ConnectionDriverCommand => ({
        type: 'driver.close',
        reason: context.lastVerdict?.reason ?? context.lastVerdict?.rule ?? 'closed',
      }),
    ),
    recordVerdict: /* @__PURE__ */ assign(({ context, event }) => {
      const verdict = verdictOf(event);
      if (!verdict) return {};
      const auth = verdict.action === 'refresh-token';
      return {
        lastVerdict: summarizeVerdict(verdict),
        // "Consecutive": any other server verdict breaks an auth-failure streak; transport errors do not.
        authFailures: auth ? context.authFailures + 1 : 0,
        freshCredentials: context.freshCredentials || auth || verdict.clearToken === true,
        immediate: verdict.immediate === true,
      };
    }),
    // Runs after recordVerdict on the isAuthLimitReached transition: the status says the session
    // closed, while the rule still names the server's auth row (explain() tells how to fix it).
    recordAuthLimit: /* @__PURE__ */ assign({
      lastVerdict: ({ context }) =>
        context.lastVerdict === null ? null : { ...context.lastVerdict, action: 'close' as const },
    }),
    recordTransportError: /* @__PURE__ */ assign({
      lastVerdict: ({ event }) =>
        localCause(
          'transport',
          'reconnect',
          'connection',
          event.type === 'transport.error' ? event.reason : '',
        ),
    }),
    recordConnectTimeout: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('connect-timeout', 'reconnect', 'connection', 'connect timed out'),
    }),
    recordLivenessTimeout: /* @__PURE__ */ assign({
      lastVerdict: () =>
        localCause('liveness', 'reconnect', 'connection', 'no frame within the liveness timeout'),
    }),
    recordBrowserDrop: /* @__PURE__ */ assign({
      lastVerdict: ({ event }) => localCause(`browser.${event.type}`, 'reconnect', 'connection', event.type),
    }),
    recordDisconnect: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('disconnect', 'close', 'connection', 'disconnect called'),
      nextRetryAt: null,
      retryDelay: 0,
    }),
    followRedirect: /* @__PURE__ */ assign(({ context, event }) => {
      const target = verdictOf(event)?.target;
      if (target !== undefined) return { redirectTarget: target, redirectHops: context.redirectHops + 1 };
      const seed = context.seeds[context.seedCursor % context.seeds.length] ?? null;
      return {
        redirectTarget: seed,
        redirectHops: context.redirectHops + 1,
        seedCursor: context.seedCursor + 1,
      };
    }),
    tryNextSeed: /* @__PURE__ */ assign(({ context }) => ({
      redirectTarget: context.seeds[context.seedCursor % context.seeds.length] ?? null,
      redirectHops: context.redirectHops + 1,
      seedCursor: context.seedCursor + 1,
    })),
    scheduleRetry: /* @__PURE__ */ assign(({ context, system }) => nextAttempt(context, system)),
    beginRound: /* @__PURE__ */ assign({
      redirectHops: 0,
      redirectTarget: null,
      nextRetryAt: null,
      retryDelay: 0,
    }),
    acceptConnection: /* @__PURE__ */ assign(({ event, context }) => ({
      attempt: 0,
      redirectHops: 0,
      authFailures: 0,
      freshCredentials: false,
      nextRetryAt: null,
      retryDelay: 0,
      livenessTimeout:
        event.type === 'transport.connected' && event.livenessTimeout !== undefined
          ? timeoutOption(event.livenessTimeout, context.livenessTimeout)
          : context.livenessTimeout,
    })),
    resetForConnect: /* @__PURE__ */ assign({
      attempt: 0,
      authFailures: 0,
      redirectHops: 0,
      redirectTarget: null,
      nextRetryAt: null,
      retryDelay: 0,
      immediate: false,
    }),
  },
});
