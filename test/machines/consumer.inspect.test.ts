import { describe, expect, it } from 'vitest';
import { createActor, type InspectionEvent, SimulatedClock } from 'xstate';
import { classifyJsStatus } from '../../src/codes/nats/jetStream/classifyJetStream.ts';
import { consumerMachine } from '../../src/machines/consumer/consumer.machine.ts';

describe('consumer machine in an inspector', () => {
  it('names its public states, guards, actions and delays', () => {
    const json = JSON.stringify(consumerMachine.toJSON());
    for (const name of [
      'creating',
      'consuming',
      'recovering',
      'stopped',
      'failed',
      'isGap',
      'isRenewVerdict',
      'isTerminalVerdict',
      'isSecondSilentTick',
      'topUp',
      'deliver',
      'recordHeartbeatMiss',
    ])
      expect(json).toContain(name);
  });

  it('passes `inspect` through: an inspector sees the events and the snapshots', () => {
    const seen: InspectionEvent[] = [];
    const actor = createActor(consumerMachine, {
      clock: new SimulatedClock(),
      inspect: (event) => seen.push(event),
      input: { stream: 'S', connected: true },
    });
    actor.start();
    actor.send({ type: 'created', generation: 1, consumer: 'c1' });
    actor.send({ type: 'pull.status', generation: 1, verdict: classifyJsStatus(409, 'Consumer Deleted') });
    const events = seen.filter((e) => e.type === '@xstate.event').map((e) => e.event.type);
    expect(events).toEqual(expect.arrayContaining(['created', 'pull.status']));
    const states = seen
      .filter((e) => e.type === '@xstate.snapshot')
      .map((e) => JSON.stringify((e.snapshot as { value?: unknown }).value));
    expect(states).toEqual(
      expect.arrayContaining(['"creating"', '{"consuming":"watching"}', '{"recovering":"backoff"}']),
    );
    actor.stop();
  });
});
