import type { Verdict } from '../../codes/types.ts';

/** Commands the connection machine sends to its `driver` actor (MACHINE-CONTRACT.md). */
export type ConnectionDriverCommand =
  | { type: 'driver.open'; target?: string; attempt: number; freshCredentials: boolean }
  | { type: 'driver.close'; reason: string };

/** Events the driver sends to the connection machine. */
export type ConnectionDriverEvent =
  | { type: 'transport.connected'; livenessTimeout?: number }
  | { type: 'transport.error'; reason: string }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'activity' };

/** Commands a subscription machine sends to its `driver` actor. */
export type SubscriptionDriverCommand =
  | { type: 'driver.subscribe'; position?: unknown; freshCredentials: boolean }
  | { type: 'driver.unsubscribe' };
