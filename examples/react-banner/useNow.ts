import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs` while `active`. A countdown to `nextRetryAt` changes
 * with the clock, not with the machine: no event arrives between "in 3 s" and "in 2 s", so the
 * component has to tick by itself. The timer only runs while something is counting down.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
