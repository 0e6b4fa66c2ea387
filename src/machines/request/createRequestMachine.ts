import type { CallbackActorLogic } from 'xstate';
import { requestMachine } from './request.machine.ts';
import type { RequestDriverCommand } from './request.types.ts';

/** The logic of a request driver: receives `driver.send` and sends the request (same sequence on retries). */
export type RequestDriverLogic = CallbackActorLogic<RequestDriverCommand>;

/** The request machine with a protocol's driver plugged in; same as `.provide({ actors: { driver } })`. */
export function createRequestMachine(driver?: RequestDriverLogic) {
  return driver ? requestMachine.provide({ actors: { driver } }) : requestMachine;
}
