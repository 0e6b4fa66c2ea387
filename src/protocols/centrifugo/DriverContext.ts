import type { CentrifugoSignal, Verdict } from '../../codes/types.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import type { CommandLink } from './createCommandLink.ts';

/** What the per-channel and per-push helpers share with the driver. */
export interface DriverContext {
  /** Classifies with the session's overrides. */
  classify(signal: CentrifugoSignal): Verdict;
  /** Reply timeout, ms. */
  readonly timeout: number;
  readonly channels: ChannelRegistry;
  /** The command link of the current socket, if one is open. */
  readonly link: CommandLink | undefined;
  /** Tears the socket down and reports a transport failure (the machine reconnects). */
  fail(reason: string): void;
  /** Hands a connection-scope verdict to the connection machine (after applying its flags). */
  report(verdict: Verdict): void;
}
