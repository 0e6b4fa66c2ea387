import { assign, setup } from 'xstate';

/** A tab's role in a shared session. */
export type ShareRole = 'leader' | 'follower';

/** Events of the {@link shareRoleMachine}. */
export type ShareRoleEvent =
  | { type: 'share.leader' }
  | { type: 'share.follower' }
  | { type: 'share.leaderSeen'; leaderId: string }
  | { type: 'share.standalone' }
  | { type: 'share.stepDown' }
  | { type: 'share.stop' };

/**
 * The tab's role, as a machine so that the inspector shows elections and handovers: `electing`
 * (asking for the lock), `follower` (another tab holds the socket), `leader` (this tab holds the
 * lock and the socket), `standalone` (no Web Locks or BroadcastChannel: an ordinary session),
 * `stopped`. `share.stepDown` (the page froze or was hidden for the back/forward cache) gives the
 * lead up and waits for the lock again.
 */
export const shareRoleMachine = /* @__PURE__ */ setup({
  types: {
    context: {} as { tabId: string; leaderId: string | null },
    input: {} as { tabId: string },
    events: {} as ShareRoleEvent,
  },
  actions: {
    rememberSelfAsLeader: assign({ leaderId: ({ context }) => context.tabId }),
    rememberLeader: assign({
      leaderId: ({ event }) => (event.type === 'share.leaderSeen' ? event.leaderId : null),
    }),
    forgetLeader: assign({ leaderId: null }),
  },
}).createMachine({
  id: 'shareRole',
  context: ({ input }) => ({ tabId: input.tabId, leaderId: null }),
  initial: 'electing',
  on: {
    'share.stop': '.stopped',
    'share.leaderSeen': { actions: 'rememberLeader' },
  },
  states: {
    electing: {
      on: {
        'share.leader': { target: 'leader', actions: 'rememberSelfAsLeader' },
        'share.follower': 'follower',
        'share.standalone': { target: 'standalone', actions: 'rememberSelfAsLeader' },
      },
    },
    follower: {
      on: { 'share.leader': { target: 'leader', actions: 'rememberSelfAsLeader' } },
    },
    leader: {
      on: { 'share.stepDown': { target: 'electing', actions: 'forgetLeader' } },
    },
    standalone: {},
    stopped: { type: 'final' },
  },
});
