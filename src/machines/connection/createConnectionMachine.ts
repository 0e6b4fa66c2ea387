import type { CallbackActorLogic, EventObject } from 'xstate';
import type { BrowserFactsInput } from '../browser/browserFacts.ts';
import { connectionMachine } from './connection.machine.ts';
import type { ConnectionDriverCommand } from './connection.types.ts';

/** The logic of a connection driver: a callback actor that receives {@link ConnectionDriverCommand}s. */
export type ConnectionDriverLogic = CallbackActorLogic<ConnectionDriverCommand>;

/** Implementations to plug into the connection machine. */
export interface ConnectionImplementations {
  /** The protocol's driver (default: does nothing). */
  driver?: ConnectionDriverLogic;
  /** Source of browser facts (default: `browserFacts`, which listens to nothing in Node). */
  browserEvents?: CallbackActorLogic<EventObject, BrowserFactsInput>;
}

/**
 * The connection machine with a protocol's driver plugged in; same as
 * `connectionMachine.provide({ actors: { driver } })`.
 * @example
 * const machine = createConnectionMachine({ driver: fromCallback(({ sendBack, receive }) => ...) });
 * const actor = createActor(machine, { input: { connectTimeout: 5000 } }).start();
 */
export function createConnectionMachine(implementations: ConnectionImplementations = {}) {
  const { driver, browserEvents } = implementations;
  return connectionMachine.provide({
    actors: { ...(driver ? { driver } : {}), ...(browserEvents ? { browserEvents } : {}) },
  });
}
