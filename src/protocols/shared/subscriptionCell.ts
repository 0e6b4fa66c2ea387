import type { Actor, SnapshotFrom } from 'xstate';
import type { LeanSubscriptionMachine } from '../../machines/subscription/subscription.machine.ts';

/** One subscription's actor: the lean subscription machine (commands are emitted, no driver child). */
export type SubscriptionActor = Actor<LeanSubscriptionMachine>;
/** A snapshot of the lean subscription machine. */
export type SubscriptionTableSnapshot = SnapshotFrom<LeanSubscriptionMachine>;

/**
 * What the table keeps per subscription. The session's handle object is the cell (no extra object
 * per subscription); only the table reads or writes these fields.
 */
export interface SubscriptionCell {
  /** The machine's snapshot while no actor runs the subscription. */
  cellSnapshot: SubscriptionTableSnapshot | undefined;
  /** The actor, once somebody asked for one (inspector, `@xstate/react`); it then owns the state. */
  cellActor: SubscriptionActor | undefined;
  /** The pending delayed event (the resubscribe wait) and the `nextRetryAt` it was set for. */
  cellTimer: unknown;
  cellDue: number | null;
  /** Called with every new snapshot once somebody listens to `status`. */
  cellObserver: ((snapshot: SubscriptionTableSnapshot) => void) | undefined;
  /** Set when the subscription was removed: events are dropped. */
  cellRemoved: boolean;
  /** The table's connection epoch this cell last heard of (see `setConnection`). */
  cellEpoch: number;
}

/** A fresh cell with `extra`'s fields, for a table that holds plain objects rather than handles. */
export function newSubscriptionCell<Extra extends object>(extra: Extra): Extra & SubscriptionCell {
  return {
    ...extra,
    cellSnapshot: undefined,
    cellActor: undefined,
    cellTimer: undefined,
    cellDue: null,
    cellObserver: undefined,
    cellRemoved: false,
    cellEpoch: 0,
  };
}
