import type { Actor } from 'xstate';
import { onPageLifecycle } from './pageLifecycle.ts';
import type { ShareLink } from './shareLink.ts';
import { SHARE_PROTOCOL, type ShareMessage, type ShareMessageBody } from './shareMessages.ts';
import type { SharePlatform } from './sharePlatform.ts';
import type { shareRoleMachine } from './shareRoleMachine.ts';
import { electLeader, type TabElection } from './tabElection.ts';
import { holdTabPresence, type TabWatch, watchTabs } from './tabPresence.ts';

/** The leader's side, as the core drives it. */
export interface ShareHost {
  receive(message: ShareMessage): void;
  stop(): void;
}

/** What {@link startTabLeadership} needs. */
export interface LeadershipConfig {
  /** Web Locks and BroadcastChannel; `undefined`: this tab leads alone at once. */
  platform: SharePlatform | undefined;
  lockName: string;
  tabId: string;
  link: ShareLink;
  roleActor: Actor<typeof shareRoleMachine>;
  /** Makes the real session and its host. */
  createHost(send: (body: ShareMessageBody) => void): ShareHost;
  /** Another tab leads (say hello to it). */
  onFollower(): void;
  /** This tab gave the lead up (page frozen or hidden). */
  onStepDown(): void;
}

/**
 * Whether this tab leads, and what leading means: the election, this tab's presence lock, the
 * host with its watch over the followers (a follower that dies counts as a goodbye), and stepping
 * down while the page is frozen or hidden for the back/forward cache.
 */
export function startTabLeadership(config: LeadershipConfig) {
  const { platform, lockName, tabId, link, roleActor } = config;
  let host: ShareHost | undefined;
  let watch: TabWatch | undefined;
  let election: TabElection | undefined;
  let stopped = false;
  // This tab's presence lock: the leader learns from it when this tab is gone, even by a crash.
  const releasePresence = platform ? holdTabPresence(platform.locks, lockName, tabId) : () => {};

  const lead = (alone: boolean) => {
    if (stopped || host) return;
    const made = config.createHost((body) => link.fromHost(body));
    host = made;
    const tabs = platform
      ? watchTabs(platform.locks, lockName, (gone) =>
          made.receive({ v: SHARE_PROTOCOL, from: gone, type: 'bye' }),
        )
      : undefined;
    watch = tabs;
    link.setHost((message) => {
      if (message.type === 'hello' && message.from !== tabId) tabs?.watch(message.from);
      made.receive(message);
    });
    roleActor.send({ type: alone ? 'share.standalone' : 'share.leader' });
    link.fromHost({ type: 'leader' });
  };
  const dropHost = () => {
    watch?.stop();
    host?.stop();
    host = undefined;
    link.setHost(undefined);
  };
  const startElection = () => {
    if (!platform || election || stopped) return;
    election = electLeader(platform.locks, lockName, {
      onFollower: () => {
        roleActor.send({ type: 'share.follower' });
        config.onFollower();
      },
      onLeader: () => lead(false),
    });
  };
  const stepDown = () => {
    if (!platform || stopped) return;
    election?.stop();
    election = undefined;
    if (!host) return;
    dropHost();
    config.onStepDown();
    roleActor.send({ type: 'share.stepDown' });
  };
  const stopLifecycle = platform ? onPageLifecycle(stepDown, startElection) : () => {};
  if (platform) startElection();
  else lead(true);

  return {
    /** True while this tab holds the socket. */
    get leading() {
      return host !== undefined;
    },
    /** Gives everything up for good (the session stopped). */
    stop() {
      if (stopped) return;
      stopped = true;
      stopLifecycle();
      dropHost();
      election?.stop();
      releasePresence();
    },
  };
}
