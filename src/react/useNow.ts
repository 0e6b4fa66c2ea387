import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs` while `active`. A countdown to `nextRetryAt` changes
 * with the clock, not with the machine: no event arrives between "in 3 s" and "in 2 s", so the
 * component has to tick by itself. The timer only runs while something is counting down.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(Date.now);
  const [wasActive, setWasActive] = useState(active);
  // When a countdown starts, re-read the clock in this render: the time kept since the last tick
  // (or since mount) is stale, and would show "in 31 s" for a 30 s wait until the first tick.
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setNow(Date.now());
  }
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
