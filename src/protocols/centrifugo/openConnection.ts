import type { Verdict } from '../../codes/types.ts';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import { callAppCallback } from './callAppCallback.ts';
import { connectDataFailed, unauthorizedConnection } from './clientVerdict.ts';
import type { DriverCore } from './DriverCore.ts';
import { openTransport } from './openTransport.ts';
import { releaseSocket } from './releaseSocket.ts';
import { applyVerdictFlags } from './reportVerdict.ts';

/** The machine's `driver.open` command. */
type OpenCommand = Extract<ConnectionDriverCommand, { type: 'driver.open' }>;

/**
 * Handles `driver.open`: releases the old socket, starts a new generation, gets the token and
 * the connect data the connect needs (in centrifuge-js's order), then opens the transport.
 * A newer open or a `driver.close` while it waits makes it stop where it is.
 */
export async function openConnection(core: DriverCore, command: OpenCommand): Promise<void> {
  const { gens, options } = core;
  releaseSocket(core);
  const gen = gens.open();
  const readiness = await core.token.prepare(command.freshCredentials);
  if (!gens.isCurrent(gen)) return;
  // Neither is the transport's fault: no fallback step.
  const refuse = (verdict: Verdict) => {
    applyVerdictFlags(core, verdict);
    gens.report(gen, verdict);
  };
  if (readiness === 'unauthorized') return refuse(unauthorizedConnection());
  if (readiness === 'failed')
    return void gens.end(gen, { type: 'transport.error', reason: 'getToken failed' });
  // Fresh connect data before every connect, after the token (centrifuge-js order).
  if (options.getData) {
    const data = await callAppCallback(options.getData, undefined);
    if (!gens.isCurrent(gen)) return;
    if (data.type === 'unauthorized') return refuse(unauthorizedConnection());
    if (data.type === 'failed') return refuse(connectDataFailed());
    core.connectParams.data = data.value;
  }
  openTransport(core, gen, command.target);
}
