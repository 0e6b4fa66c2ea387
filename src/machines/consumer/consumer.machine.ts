import { consumerSetup } from './consumer.setup.ts';
import { consumerContext } from './consumerContext.ts';

/** Where a consumer that must start over goes: creating while connected, else waiting for the connection. */
const toCreate = [
  { guard: 'isConnectionUp', target: '#consumer.creating', actions: 'endWait' },
  { target: '#consumer.recovering.waiting', actions: 'endWait' },
] as const;

/** Reactions to a pull status, classified (src/codes/nats/jetStream), first match wins. */
const onPullStatus = [
  { guard: 'isStale' },
  { guard: 'isHeartbeatGap', target: '#consumer.creating', actions: 'recordGap' },
  { guard: 'isIgnoreVerdict', actions: 'markActivity' },
  { guard: 'isRenewVerdict', actions: ['markActivity', 'releasePull', 'topUp'] },
  { guard: 'isTerminalVerdict', target: '#consumer.failed', actions: 'recordVerdict' },
  { target: '#consumer.recovering', actions: 'recordVerdict' },
] as const;

/**
 * A JetStream pull consumer: `creating` → `consuming` ⇄ `recovering` → `stopped` | `failed`.
 *
 * `creating` asks the driver to create the ordered consumer (from the stream sequence after the
 * last one delivered) or to look the durable one up. `consuming` keeps pulls open (topped up once
 * a quarter of a batch is delivered, renewed when a pull ends) and restarts a heartbeat watchdog on every
 * message or status: two missed idle heartbeats ⇒ `recovering`. Pull statuses and API errors
 * arrive classified (src/codes/nats/jetStream): `ignore` keeps consuming, an immediate `retry`
 * renews the pull, `retry` and `resubscribe` recover after a backoff, `fail`/`unsubscribe` ⇒
 * `failed`. An ordered consumer that sees a consumer sequence out of order recreates itself at
 * once. Every command goes to the invoked `driver` and is also emitted; each message for the app is
 * emitted as `deliver`, in order.
 */
export const consumerMachine = /* @__PURE__ */ consumerSetup.createMachine({
  id: 'consumer',
  context: ({ input }) => consumerContext(input),
  invoke: { id: 'driver', src: 'driver', input: ({ context }) => ({ stream: context.stream }) },
  initial: 'starting',
  on: {
    'connection.up': { actions: 'markUp' },
    'connection.down': { actions: 'markDown' },
    stop: { target: '.stopped', actions: 'recordStop' },
  },
  states: {
    // Transient: never rests, so it is not one of the public states.
    starting: { always: toCreate },
    creating: {
      entry: ['newGeneration', 'sendCreate'],
      on: {
        created: [{ guard: 'isStale' }, { target: 'consuming', actions: 'acceptCreated' }],
        'create.failed': [
          { guard: 'isStale' },
          { guard: 'isTerminalVerdict', target: 'failed', actions: 'recordVerdict' },
          { target: 'recovering', actions: 'recordVerdict' },
        ],
        'connection.down': { target: 'recovering.waiting', actions: 'recordConnectionLoss' },
      },
    },
    consuming: {
      entry: 'topUp',
      initial: 'watching',
      states: {
        // One tick per idle heartbeat: a tick with no message or status since the last one is a
        // missed heartbeat, and the second in a row ends the pull (as nats.js counts them). Ticks
        // instead of a timer restarted per message: a busy consumer then costs no timer work.
        watching: {
          after: {
            heartbeatInterval: [
              { guard: 'isSecondSilentTick', target: '#consumer.recovering', actions: 'recordHeartbeatMiss' },
              { target: 'watching', reenter: true, actions: 'countTick' },
            ],
          },
        },
      },
      on: {
        messages: [
          { guard: 'isStale' },
          // The messages before the gap are handed on; the rest come again from the new consumer.
          { guard: 'isGap', target: 'creating', actions: ['deliver', 'recordGap'] },
          { actions: ['deliver', 'topUp'] },
        ],
        'pull.status': [...onPullStatus],
        'connection.down': { target: 'recovering.waiting', actions: 'recordConnectionLoss' },
        // Dropped and back without hearing of the drop: the pulls died with the socket.
        'connection.up': { target: 'creating', actions: ['recordConnectionLoss', 'markUp'] },
      },
    },
    recovering: {
      initial: 'backoff',
      states: {
        backoff: {
          entry: 'scheduleRecovery',
          after: { retryDelay: toCreate },
          on: { retryNow: toCreate },
        },
        waiting: {
          on: { 'connection.up': { target: '#consumer.creating', actions: 'markUp' } },
        },
      },
    },
    stopped: { type: 'final', entry: 'sendStop' },
    failed: { type: 'final', entry: 'sendStop' },
  },
});
