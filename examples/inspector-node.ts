/**
 * Run a codestate connection machine with an inspector wired and print the inspection events, in
 * Node, offline: `npx tsx examples/inspector-node.ts`.
 *
 * `@statelyai/inspect`'s `createInspector(adapter)` turns xstate's inspection stream into Stately
 * events; the adapter here prints them instead of posting them to stately.ai (which needs a network).
 * Any inspector works the same way: codestate only passes `inspect` through to `createActor`.
 */
import { createInspector, type StatelyInspectionEvent } from '@statelyai/inspect';
import { createActor, fromCallback, SimulatedClock } from 'xstate';
import { classify } from '../src/codes/index.ts';
import {
  type ConnectionDriverCommand,
  connectionMachine,
  fixedBackoff,
  selectConnectionStatus,
} from '../src/machines/index.ts';

const names = new Map<string, string>();
const describe = (event: StatelyInspectionEvent): string => {
  if (event.type === '@xstate.actor') names.set(event.sessionId, event.name);
  const who = (names.get(event.sessionId) ?? event.sessionId).padEnd(14);
  switch (event.type) {
    case '@xstate.actor':
      return `${who} actor    started`;
    case '@xstate.event':
      return `${who} event    ${event.event.type}`;
    case '@xstate.snapshot': {
      const { value, context } = event.snapshot as { value?: unknown; context?: { lastVerdict?: unknown } };
      return `${who} snapshot ${JSON.stringify(value)}  lastVerdict=${JSON.stringify(context?.lastVerdict ?? null)}`;
    }
  }
};

// The Stately adapter may defer delivery; lines are collected and printed once the run is over.
const lines: string[] = [];
const inspector = createInspector({
  send: (event) => {
    // Callback actors (driver, browserEvents) have no state value; their snapshots are noise here.
    if (event.type !== '@xstate.snapshot' || 'value' in (event.snapshot as object))
      lines.push(describe(event));
  },
});

// A scripted driver: the first dial connects; the server then restarts (Centrifugo disconnect 3001),
// the next dial connects again. A real protocol driver opens a socket here.
const driver = fromCallback<ConnectionDriverCommand>(({ receive, sendBack }) => {
  let dials = 0;
  receive((command) => {
    if (command.type !== 'driver.open') return;
    dials += 1;
    sendBack({ type: 'transport.connected' });
    if (dials === 1) {
      const verdict = classify({
        protocol: 'centrifugo',
        kind: 'disconnect',
        code: 3001,
        reason: 'shutdown',
      });
      sendBack({ type: 'server.verdict', verdict });
    }
  });
});

const clock = new SimulatedClock();
const actor = createActor(connectionMachine.provide({ actors: { driver } }), {
  clock,
  input: { backoff: fixedBackoff(500) },
  inspect: inspector.inspect,
});
actor.start();
actor.send({ type: 'connect' });
const during = selectConnectionStatus(actor.getSnapshot());
clock.increment(500); // the backoff wait passes
const after = selectConnectionStatus(actor.getSnapshot());
actor.stop();
await new Promise((resolve) => setTimeout(resolve, 50));
for (const line of lines) console.log(line);
console.log(`\nUI status during the wait: ${JSON.stringify(during)}`);
console.log(`UI status after it:       ${JSON.stringify(after)}`);
