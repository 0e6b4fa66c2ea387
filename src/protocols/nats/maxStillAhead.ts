/**
 * nats.js's `unsubscribe(max)` rule: a positive `max` the subscription has not reached yet is kept
 * (it ends on its `max`th message); any other value ends it now. Returns the `max` to keep.
 * @param max - what `unsubscribe(max)` was given.
 * @param received - messages the subscription has had so far.
 */
export function maxStillAhead(max: number | undefined, received: number): number | undefined {
  return max !== undefined && max > 0 && received < max ? max : undefined;
}
