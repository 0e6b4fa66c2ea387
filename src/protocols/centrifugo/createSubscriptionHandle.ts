import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import { createCentrifugeBackoff } from '../../machines/backoff/centrifugeBackoff.ts';
import { Emitter } from '../shared/Emitter.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSubscription, CentrifugoSubscriptionEvents } from './CentrifugoSubscription.ts';
import { checkSubscriptionOptions } from './checkSubscriptionOptions.ts';
import { type HandleDeps, SubscriptionHandle } from './SubscriptionHandle.ts';
import { createSubscriptionRecord } from './SubscriptionRecord.ts';

/**
 * Registers `channel` with the driver, adds its subscription to the session's table (its commands
 * go to the table's `onCommand`) and returns the app's handle. The driver reads the machine's
 * state (`wantsSubscribe`) to batch this subscribe with the next connect.
 */
export function createSubscriptionHandle(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  deps: HandleDeps,
): CentrifugoSubscription {
  checkSubscriptionOptions(options, deps.fossilDelta);
  // The driver emits publications, joins, leaves and errors to the handle's listeners.
  const events = new Emitter<CentrifugoSubscriptionEvents>();
  const record = createSubscriptionRecord(channel, options, events, deps.fossilDelta);
  deps.channels.add(record);
  const backoff = resubscribeBackoff(options) ?? deps.backoff;
  const input = {
    channel,
    ...(options.since ? { position: options.since } : {}),
    ...(backoff ? { backoff } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  };
  const handle = new SubscriptionHandle(record, input, events, deps);
  record.machine = handle;
  return handle;
}

/** centrifuge-js's backoff with this subscription's bounds, when it sets either. */
function resubscribeBackoff(options: CentrifugoSubscriptionOptions): BackoffPolicy | undefined {
  const { minResubscribeDelay: minDelay, maxResubscribeDelay: maxDelay } = options;
  if (minDelay === undefined && maxDelay === undefined) return undefined;
  return createCentrifugeBackoff({
    ...(minDelay === undefined ? {} : { minDelay }),
    ...(maxDelay === undefined ? {} : { maxDelay }),
  });
}
