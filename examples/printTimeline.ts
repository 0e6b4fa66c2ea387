import type { CentrifugoSession } from '../src/protocols/centrifugo/index.ts';

/** How long the last, healthy connection is shown before the demo ends, ms. */
const SETTLE_MS = 1500;
/** The demo never runs longer than this, whatever the script. */
const MAX_MS = 120_000;

/**
 * Prints every connection and subscription transition as a timeline, with why it happened
 * (code, reason, catalog rule) and when the next attempt is due. Resolves once the script is
 * over: the session closed, or it is connected on the connection after the last scripted code.
 */
export function printTimeline(
  session: CentrifugoSession,
  connections: () => readonly unknown[],
  scriptedConnections: number,
): Promise<void> {
  const start = Date.now();
  const stamp = () => `+${((Date.now() - start) / 1000).toFixed(3)}s`.padStart(9);
  return new Promise((resolve) => {
    let finishing = false;
    const finish = (ms: number) => {
      if (finishing) return;
      finishing = true;
      setTimeout(resolve, ms);
    };
    setTimeout(resolve, MAX_MS).unref();
    let last = '';
    session.on('status', (status) => {
      const key = `${status.state}.${status.phase}`;
      if (key === last) return;
      last = key;
      const where = status.phase ? `${status.state}.${status.phase}` : status.state;
      // The last verdict explains a drop; once connected again it is history, so it is not repeated.
      const dropped = status.state === 'reconnecting' || status.state === 'closed';
      const why =
        dropped && status.rule !== null
          ? `  ${status.lastCode ?? ''} ${status.lastReason ?? ''}  [${status.rule}]`
          : '';
      const next =
        status.nextRetryAt === null
          ? ''
          : `  retry in ${status.nextRetryAt - Date.now()} ms (attempt ${status.attempt})`;
      console.log(`${stamp()}  connection    ${where}${why}${next}`);
      if (status.terminal) finish(200);
      if (status.state === 'connected' && connections().length > scriptedConnections) finish(SETTLE_MS);
    });
    const sub = session.subscribe('news');
    sub.on('status', (status) => {
      const why = status.lastCode === null ? '' : `  ${status.lastCode} ${status.lastReason ?? ''}`;
      console.log(`${stamp()}  news          ${status.state}${status.phase ? `.${status.phase}` : ''}${why}`);
    });
    sub.on('publication', (publication) => {
      console.log(`${stamp()}  news          publication ${JSON.stringify(publication.data)}`);
    });
    session.connect();
  });
}
