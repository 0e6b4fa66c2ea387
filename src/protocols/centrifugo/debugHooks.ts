import type { InspectionEvent } from 'xstate';

/**
 * What the `debug` option plugs in: frames in and out, and every inspection event of the session's
 * machines. Made by `centrifugoDebug()` of `codestate/centrifugo/debug`, which redacts tokens and
 * header values before anything reaches a log; a separate entry, so sessions without it do not
 * ship it.
 */
export interface CentrifugoDebug {
  /** A frame as written (`send`, JSON lines with secrets) or as received (`receive`). */
  frame(direction: 'send' | 'receive', data: unknown): void;
  /** An inspection event of the connection or a subscription machine. */
  inspect(event: InspectionEvent): void;
}
