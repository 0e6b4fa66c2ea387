import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { classifyJsApiError, classifyJsStatus } from '../../src/codes/nats/jetStream/classifyJetStream.ts';
import { jsStatusRules } from '../../src/codes/nats/jetStream/jsStatusRules.ts';
import { consumerMachine } from '../../src/machines/consumer/consumer.machine.ts';
import { selectConsumerStatus } from '../../src/machines/consumer/consumer.selectors.ts';
import type { ConsumerDriverCommand, ConsumerEvent } from '../../src/machines/consumer/consumer.types.ts';

const BATCH = 10;
const HEARTBEAT = 1000;
const PUBLIC = ['creating', 'consuming', 'recovering', 'stopped', 'failed'];

/** Every status line the catalog has a row for, plus some it has not. */
const STATUS_LINES: [number, string][] = [
  ...jsStatusRules.map((r): [number, string] => [r.code ?? 0, r.text ?? '']),
  [409, 'Something New'],
  [502, ''],
];

type Step =
  | { kind: 'created' }
  | { kind: 'createFailed'; status: number; errCode: number }
  | { kind: 'message'; count: number; skipAt: number; skip: number }
  | { kind: 'stale' }
  | { kind: 'status'; line: number; owed: number | undefined }
  | { kind: 'down' }
  | { kind: 'up' }
  | { kind: 'tick'; ms: number }
  | { kind: 'retryNow' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'created' as const }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('createFailed' as const),
      status: fc.constantFrom(400, 404, 503),
      errCode: fc.constantFrom(10014, 10059, 10008, 10071, 19999),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('message' as const),
      count: fc.integer({ min: 1, max: 4 }),
      skipAt: fc.nat(3),
      skip: fc.constantFrom(0, 0, 0, 0, 1, 3),
    }),
    weight: 6,
  },
  { arbitrary: fc.constant({ kind: 'stale' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      line: fc.nat(STATUS_LINES.length - 1),
      owed: fc.option(fc.nat(BATCH), { nil: undefined }),
    }),
    weight: 4,
  },
  { arbitrary: fc.constant({ kind: 'down' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'up' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.nat(4 * HEARTBEAT) }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'retryNow' as const }), weight: 1 },
);

/** Runs the pure machine (no driver: commands are emitted) on a simulated clock. */
function run(ordered: boolean) {
  const clock = new SimulatedClock();
  const actor = createActor(consumerMachine, {
    clock,
    input: {
      stream: 'S',
      ...(ordered ? {} : { consumer: 'durable' }),
      connected: true,
      maxMessages: BATCH,
      expires: 5000,
      idleHeartbeat: HEARTBEAT,
      random: () => 0.5,
    },
  });
  const commands: ConsumerDriverCommand[] = [];
  const delivered: { streamSeq: number; consumerSeq: number; generation: number }[] = [];
  let generation = 0;
  actor.on('*', (event) => {
    if (event.type === 'deliver') for (const d of event.messages) delivered.push({ ...d.info, generation });
    else commands.push(event as ConsumerDriverCommand);
    if (event.type === 'driver.create') generation = event.generation;
  });
  actor.start();
  return { actor, clock, commands, delivered, generation: () => generation };
}

describe('consumer machine over random sequences of pull statuses and messages', () => {
  it.each([true, false])('ordered=%s: keeps every invariant', (ordered) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const m = run(ordered);
        let streamSeq = 0;
        let consumerSeq = 0;
        for (const s of steps) {
          const before = m.actor.getSnapshot();
          const wasConsuming = before.matches('consuming');
          const gen = m.generation();
          let sent: ConsumerEvent | undefined;
          if (s.kind === 'created') sent = { type: 'created', generation: gen, consumer: `c${gen}` };
          else if (s.kind === 'createFailed')
            sent = {
              type: 'create.failed',
              generation: gen,
              verdict: classifyJsApiError({ code: s.status, err_code: s.errCode }),
            };
          else if (s.kind === 'message') {
            // A socket read's worth: `count` messages, with `skip` missing before the one at `skipAt`.
            consumerSeq = before.context.consumerSeq;
            streamSeq = Math.max(streamSeq, before.context.streamSeq);
            const messages = Array.from({ length: s.count }, (_, i) => {
              const jump = i === s.skipAt ? s.skip : 0;
              consumerSeq += 1 + jump;
              streamSeq += 1 + jump;
              return {
                info: { consumer: `c${gen}`, streamSeq, consumerSeq, pending: 0 },
                message: streamSeq,
              };
            });
            sent = { type: 'messages', generation: gen, messages };
          } else if (s.kind === 'stale') {
            const info = { consumer: 'old', streamSeq: 1, consumerSeq: 1, pending: 0 };
            sent = { type: 'messages', generation: gen - 1, messages: [{ info, message: 1 }] };
          } else if (s.kind === 'status') {
            const [code, text] = STATUS_LINES[s.line] ?? [0, ''];
            sent = {
              type: 'pull.status',
              generation: gen,
              verdict: classifyJsStatus(code, text),
              ...(s.owed === undefined ? {} : { pendingMessages: s.owed }),
            };
          } else if (s.kind === 'down') sent = { type: 'connection.down' };
          else if (s.kind === 'up') sent = { type: 'connection.up' };
          else if (s.kind === 'retryNow') sent = { type: 'retryNow' };
          // In steps: SimulatedClock runs a timer set while it fires others from the end of the step.
          else for (let t = 0; t < s.ms; t += 100) m.clock.increment(Math.min(100, s.ms - t));
          // A final state (failed, stopped) takes no more events; xstate would only warn.
          const active = m.actor.getSnapshot().status === 'active';
          if (sent && active) m.actor.send(sent);

          const after = m.actor.getSnapshot();
          const status = selectConsumerStatus(after);
          expect(PUBLIC).toContain(status.state);
          expect(after.context.pending).toBeGreaterThanOrEqual(0);
          expect(after.context.pending).toBeLessThanOrEqual(BATCH);
          // A status while consuming does what its catalog verdict says.
          if (sent?.type === 'pull.status' && wasConsuming) {
            const { action, immediate } = sent.verdict;
            const expected =
              action === 'ignore' || (action === 'retry' && immediate)
                ? 'consuming'
                : ['fail', 'unsubscribe', 'conflict'].includes(action)
                  ? 'failed'
                  : 'recovering';
            expect(status.state).toBe(expected);
            if (expected !== 'consuming') expect(status.rule).toBe(sent.verdict.rule);
          }
          // Three heartbeat intervals always hold two silent ticks.
          if (s.kind === 'tick' && wasConsuming && s.ms >= 3 * HEARTBEAT)
            expect(['recovering', 'creating']).toContain(status.state);
        }
        // Deliveries: stream order, never twice; an ordered consumer only ever hands on the next
        // consumer sequence of the consumer it created.
        const seqs = m.delivered.map((d) => d.streamSeq);
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] ?? 0);
        if (ordered) {
          for (let i = 1; i < m.delivered.length; i++) {
            const [a, b] = [m.delivered[i - 1], m.delivered[i]];
            if (a && b && a.generation === b.generation) expect(b.consumerSeq).toBe(a.consumerSeq + 1);
          }
          // Every recreate starts right after the last message handed on.
          const creates = m.commands.filter((c) => c.type === 'driver.create');
          for (const create of creates.slice(1)) {
            if (create.type === 'driver.create' && create.startSeq !== null)
              expect(create.startSeq).toBeGreaterThan(0);
          }
        }
        if (m.actor.getSnapshot().status === 'active') m.actor.send({ type: 'stop' });
        const end = selectConsumerStatus(m.actor.getSnapshot()).state;
        expect(['stopped', 'failed']).toContain(end);
        const stops = m.commands.filter((c) => c.type === 'driver.stop');
        expect(stops).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('consumer machine, step by step', () => {
  it('an ordered consumer recreates from the stream sequence after the last delivered on a gap', () => {
    const m = run(true);
    m.actor.send({ type: 'created', generation: 1, consumer: 'c1' });
    const msg = (consumerSeq: number, streamSeq: number, generation = 1) =>
      m.actor.send({
        type: 'messages',
        generation,
        messages: [
          { info: { consumer: `c${generation}`, consumerSeq, streamSeq, pending: 0 }, message: streamSeq },
        ],
      });
    msg(1, 1);
    msg(2, 2);
    msg(4, 4);
    expect(m.actor.getSnapshot().value).toBe('creating');
    expect(m.commands.at(-1)).toEqual({ type: 'driver.create', generation: 2, startSeq: 3 });
    expect(m.actor.getSnapshot().context.lastVerdict?.rule).toBe('nats.consumer.sequence-gap');
    msg(3, 3); // late message of the old consumer: dropped
    m.actor.send({ type: 'created', generation: 2, consumer: 'c2' });
    msg(1, 3, 2);
    expect(m.delivered.map((d) => d.streamSeq)).toEqual([1, 2, 3]);
  });

  it('hands on the messages of one batch up to a gap, then recreates after the last of them', () => {
    const m = run(true);
    m.actor.send({ type: 'created', generation: 1, consumer: 'c1' });
    const messages = [1, 2, 4, 5].map((seq) => ({
      info: { consumer: 'c1', consumerSeq: seq, streamSeq: 10 + seq, pending: 0 },
      message: seq,
    }));
    m.actor.send({ type: 'messages', generation: 1, messages });
    expect(m.delivered.map((d) => d.streamSeq)).toEqual([11, 12]);
    expect(m.commands.at(-1)).toEqual({ type: 'driver.create', generation: 2, startSeq: 13 });
  });

  it('an idle heartbeat naming a consumer sequence past the last delivered is a gap too', () => {
    const m = run(true);
    m.actor.send({ type: 'created', generation: 1, consumer: 'c1' });
    const info = { consumer: 'c1', consumerSeq: 1, streamSeq: 7, pending: 0 };
    m.actor.send({ type: 'messages', generation: 1, messages: [{ info, message: 7 }] });
    const heartbeat = (lastConsumerSeq: number) =>
      m.actor.send({
        type: 'pull.status',
        generation: 1,
        verdict: classifyJsStatus(100, 'Idle Heartbeat'),
        lastConsumerSeq,
      });
    heartbeat(1);
    expect(m.actor.getSnapshot().matches('consuming')).toBe(true);
    heartbeat(2); // message 2 was sent and never arrived
    expect(m.commands.at(-1)).toEqual({ type: 'driver.create', generation: 2, startSeq: 8 });
  });

  it('two silent heartbeat ticks in a row move consuming to recovering, then it creates again', () => {
    const m = run(true);
    m.actor.send({ type: 'created', generation: 1, consumer: 'c1' });
    const heartbeat = () =>
      m.actor.send({ type: 'pull.status', generation: 1, verdict: classifyJsStatus(100, 'Idle Heartbeat') });
    for (let i = 0; i < 5; i++) {
      heartbeat();
      m.clock.increment(HEARTBEAT);
    }
    expect(m.actor.getSnapshot().matches('consuming')).toBe(true);
    m.clock.increment(HEARTBEAT); // first silent tick
    expect(m.actor.getSnapshot().matches('consuming')).toBe(true);
    m.clock.increment(HEARTBEAT); // second
    expect(selectConsumerStatus(m.actor.getSnapshot())).toMatchObject({
      state: 'recovering',
      rule: 'nats.consumer.heartbeats-missed',
    });
    m.clock.increment(10_000);
    expect(m.actor.getSnapshot().value).toBe('creating');
  });

  it('tops pulls up once a quarter of a batch is used, and renews a pull that ended', () => {
    const m = run(false);
    m.actor.send({ type: 'created', generation: 1, consumer: 'durable' });
    const pulls = () =>
      m.commands.filter((c) => c.type === 'driver.pull').map((c) => (c as { batch: number }).batch);
    const deliver = (i: number) =>
      m.actor.send({
        type: 'messages',
        generation: 1,
        messages: [{ info: { consumer: 'durable', consumerSeq: i, streamSeq: i, pending: 0 }, message: i }],
      });
    expect(pulls()).toEqual([BATCH]);
    deliver(1);
    deliver(2);
    expect(pulls()).toEqual([BATCH]); // 8 of 10 still owed
    deliver(3);
    expect(pulls()).toEqual([BATCH, 3]); // 7 owed: top up to 10
    m.actor.send({
      type: 'pull.status',
      generation: 1,
      verdict: classifyJsStatus(408, 'Request Timeout'),
      pendingMessages: 3,
    });
    expect(pulls()).toEqual([BATCH, 3, 3]); // that pull owed 3: they will not come
  });
});
