import type { CentrifugoSignal, Verdict } from '../../codes/types.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import type { CommandLink } from './createCommandLink.ts';

/** What the per-channel and per-push helpers share with the driver. */
export interface DriverContext {
  /** Classifies with the session's overrides. */
  classify(signal: CentrifugoSignal): Verdict;
  /** Reply timeout, ms. */
  readonly timeout: number;
  /** Timers on the session's clock (token refresh, reply timeouts). */
  readonly timers: SessionTimers;
  /** Uniform random in [0, 1) (token refresh retry jitter). */
  readonly random: () => number;
  readonly channels: ChannelRegistry;
  /** The command link of the current socket, if one is open. */
  readonly link: CommandLink | undefined;
  /**
   * Reports the end of the current socket as a transport failure (the machine reconnects and its
   * `driver.close` releases the socket; see src/machines/driver/driver.types.ts). Before any
   * transport of a `transports` list worked, the list moves on to its next transport.
   */
  fail(reason: string): void;
  /** Hands a connection-scope verdict to the connection machine (after applying its flags). */
  report(verdict: Verdict): void;
}
