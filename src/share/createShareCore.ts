import { type ActorOptions, type AnyActorLogic, createActor } from 'xstate';
import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import { timeoutOption } from '../machines/shared/delays.ts';
import { Emitter } from '../protocols/shared/Emitter.ts';
import { type SessionClock, sessionTimers } from '../protocols/shared/sessionTimers.ts';
import { ACTIVE_STATES, IDLE_STATUS, randomTabId, stoppedShareStatus } from './mirroredStatus.ts';
import { createPendingCalls } from './pendingCalls.ts';
import { ShareError } from './ShareError.ts';
import { createShareLink } from './shareLink.ts';
import type {
  ShareCallMethod,
  ShareMessage,
  ShareMessageBody,
  ShareSubscribeOptions,
} from './shareMessages.ts';
import { type SharePlatform, sharePlatform } from './sharePlatform.ts';
import { type ShareRole, shareRoleMachine } from './shareRoleMachine.ts';
import { type ShareHost, startTabLeadership } from './tabLeadership.ts';
import { type ErrorReviver, fromWireError } from './wireError.ts';

const DEFAULT_CALL_TIMEOUT = 10_000;

/** The share options every protocol takes. */
export interface ShareCoreOptions {
  name?: string;
  callTimeout?: number;
  platform?: Partial<SharePlatform>;
  tabId?: string;
}

/** What a protocol plugs into {@link createShareCore}. */
export interface ShareCoreConfig {
  /** Lock and channel name (protocol and `share.name`). */
  name: string;
  /** Share options; `undefined`: sharing off (a session of this tab's own). */
  share: ShareCoreOptions | undefined;
  clock?: SessionClock | undefined;
  inspect?: ActorOptions<AnyActorLogic>['inspect'] | undefined;
  /** Makes the real session and its host when this tab leads. */
  createHost(send: (body: ShareMessageBody) => void): ShareHost;
  /** The channels this tab wants, for the next leader. */
  wantedChannels(): Array<{ channel: string; options: ShareSubscribeOptions }>;
  /** A new leader: channels go back to waiting for it. */
  onLeaderChange(): void;
  /** A leader's message about one channel (`subStatus`, or an `event` with a channel). */
  onChannelMessage(message: Extract<ShareMessage, { type: 'subStatus' | 'event' }>): void;
  /** The protocol's error for a call after `stop()`. */
  stoppedError(operation: string): Error;
  /** Rebuilds the protocol's call errors from the leader's answers. */
  reviveError: ErrorReviver;
}

/** Events every shared session has. */
export interface ShareCoreEvents {
  status: ConnectionStatus & { role: ShareRole };
  shareError: ShareError;
}

/**
 * The part of a shared session that is the same for every protocol: the election (Web Locks), the
 * tabs' link (BroadcastChannel, validated), the role machine, the mirrored status, forwarded calls
 * and their answers, the handover (`hello` to each new leader with this tab's channels and whether
 * it wants the connection) and stepping down when the page freezes. Without Web Locks or
 * BroadcastChannel, or with `share: false`, the tab leads alone at once.
 */
export function createShareCore<Events extends ShareCoreEvents>(config: ShareCoreConfig) {
  const platform = config.share ? sharePlatform(config.share.platform) : undefined;
  const tabId = config.share?.tabId ?? randomTabId();
  const timers = sessionTimers(config.clock);
  const events = new Emitter<Events>();
  const timeout = timeoutOption(config.share?.callTimeout, DEFAULT_CALL_TIMEOUT);
  const pending = createPendingCalls(timers, timeout);
  const roleActor = createActor(shareRoleMachine, {
    input: { tabId },
    ...(config.inspect ? { inspect: config.inspect } : {}),
  });
  roleActor.start();
  let mirror: ConnectionStatus = IDLE_STATUS;
  let intent: 'connect' | 'disconnect' | null = null;
  let leaderId: string | null = null;
  let stopped = false;
  // For ready(): an idle or closed mirror is not final before the first leader's status reached
  // this tab, nor while this tab's connect() is on its way to the leader.
  let statusHeard = false;
  let connectAsked = false;
  const outbox: ShareMessageBody[] = [];

  // The role stays readable after stop() (the stopped machine matches no state).
  let lastRole: ShareRole = 'follower';
  const role = (): ShareRole => {
    if (stopped) return lastRole;
    lastRole =
      roleActor.getSnapshot().matches('leader') || roleActor.getSnapshot().matches('standalone')
        ? 'leader'
        : 'follower';
    return lastRole;
  };
  const status = () => ({ ...(stopped ? stoppedShareStatus(mirror) : mirror), role: role() });
  const emitStatus = () => events.emit('status', status() as Events['status']);
  const wantsConnection = () => intent === 'connect' || (intent === null && ACTIVE_STATES.has(mirror.state));

  const toHost = (body: ShareMessageBody) => {
    // Until a leader is known, calls and controls wait (the channels go with the hello).
    if (leaderId === null && body.type !== 'hello') {
      if (body.type !== 'sub' && body.type !== 'unsub') outbox.push(body);
      return;
    }
    link.toHost(body);
  };
  const sayHello = () =>
    link.toHost({ type: 'hello', want: wantsConnection(), subs: config.wantedChannels() });

  const onNewLeader = (id: string) => {
    const hadLeader = leaderId !== null;
    leaderId = id;
    if (id !== tabId) roleActor.send({ type: 'share.leaderSeen', leaderId: id });
    if (hadLeader)
      pending.failAll(() => new ShareError('leader-lost', 'The leading tab went away before it answered.'));
    config.onLeaderChange();
    sayHello();
    for (const body of outbox.splice(0)) link.toHost(body);
    emitStatus();
  };

  const toClient = (message: ShareMessage) => {
    if (message.type === 'leader') {
      if (message.from !== leaderId) onNewLeader(message.from);
      return;
    }
    if (message.from !== leaderId) return; // a late word from a leader that is gone
    switch (message.type) {
      case 'status':
        mirror = message.status;
        statusHeard = true;
        if (ACTIVE_STATES.has(mirror.state)) connectAsked = false;
        return emitStatus();
      case 'result':
        return pending.settle(
          message.id,
          message.ok
            ? { ok: true, value: message.value }
            : {
                ok: false,
                error: fromWireError(
                  message.error ?? { name: 'Error', message: 'no reason given' },
                  config.reviveError,
                ),
              },
        );
      case 'event':
        if (message.channel === undefined) return events.emit(message.name as never, message.event as never);
        return config.onChannelMessage(message);
      case 'subStatus':
        return config.onChannelMessage(message);
      default:
        return;
    }
  };

  const channel = platform ? new platform.BroadcastChannel(`codestate-share:${config.name}`) : undefined;
  const link = createShareLink(tabId, channel, {
    toClient,
    onBadMessage: (problems) =>
      events.emit(
        'shareError',
        new ShareError(
          'bad-message',
          `Dropped a message from another tab: ${problems}.`,
        ) as Events['shareError'],
      ),
  });

  const leadership = startTabLeadership({
    platform,
    lockName: `codestate-share:${config.name}`,
    tabId,
    link,
    roleActor,
    createHost: config.createHost,
    onFollower: () => {
      emitStatus();
      sayHello(); // a leader that exists answers with `leader`
    },
    onStepDown: () => {
      leaderId = null;
    },
  });

  return {
    tabId,
    events,
    timers,
    roleActor,
    status,
    role,
    get stopped() {
      return stopped;
    },
    get leading() {
      return leadership.leading;
    },
    /** Sends to the leader (queued until one is known). */
    toHost,
    /**
     * Whether the mirrored state may still leave `idle`/`closed` because of this tab: no leader's
     * status has reached it yet, or its `connect()` has not reached the leader (`ready()` waits).
     */
    awaitingLeader: () => !stopped && (!statusHeard || connectAsked),
    assertLive(operation: string) {
      if (stopped) throw config.stoppedError(operation);
    },
    /** Forwards a call to the leader; resolves or rejects with its answer. */
    call(method: ShareCallMethod, args: unknown[]): Promise<unknown> {
      if (stopped) return Promise.reject(config.stoppedError(method));
      const { id, promise } = pending.start(
        () =>
          new ShareError(
            'call-timeout',
            `${method} got no answer from the leading tab within ${timeout} ms.`,
          ),
      );
      toHost({ type: 'call', id, method, args });
      return promise;
    },
    setIntent(next: 'connect' | 'disconnect') {
      intent = next;
      // Before toHost: a leader in this tab answers at once.
      connectAsked = next === 'connect' && !ACTIVE_STATES.has(mirror.state);
      toHost({ type: 'control', action: next });
    },
    stop() {
      if (stopped) return;
      role(); // remember it
      // A follower says goodbye (its presence lock would tell the leader too, a little later).
      if (!leadership.leading && leaderId !== null) link.toHost({ type: 'bye' });
      leadership.stop();
      stopped = true;
      pending.failAll(() => config.stoppedError('call'));
      link.close();
      roleActor.send({ type: 'share.stop' });
      emitStatus();
    },
  };
}

/** The core's handle (see {@link createShareCore}). */
export type ShareCore<Events extends ShareCoreEvents> = ReturnType<typeof createShareCore<Events>>;
