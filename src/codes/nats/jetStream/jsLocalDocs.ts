import type { CodeDoc } from '../../types.ts';

const source = 'codestate JetStream (docs/jetstream.md); nats.js @nats-io/jetstream 3.x behaviour';

/** Message, description, remediation and source of each row of jsLocalRules.ts, keyed by rule id. */
export const jsLocalDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.js.no-responders': {
    message: 'no responders for a $JS.API request or a publish to a stream',
    description:
      'Nothing answered: JetStream is off, no stream captures the subject, or a stream leader is moving. Retried; a publish only with a msgID.',
    remediation: 'Enable JetStream and create a stream whose subjects include the subject.',
    source,
  },
  'nats.js.timeout': {
    message: 'no answer to a JetStream request in time',
    description: 'The request may or may not have been applied. Retried; a publish only with a msgID.',
    remediation:
      'Check the JetStream cluster health, raise the timeout, and publish with a msgID so retries are safe.',
    source,
  },
  'nats.js.disconnected': {
    message: 'the session was not connected',
    description: 'The request was not sent; it is retried once the session is back.',
    remediation: 'Wait for the session to connect, or raise the deadline.',
    source,
  },
  'nats.js.bad-response': {
    message: 'the JetStream API answered something that is not the expected JSON',
    description: 'The reply did not match the schema of the API response; the call fails with the issues.',
    remediation:
      'Check that the subject is a JetStream API subject and that the server is nats-server 2.9 or later.',
    source,
  },
  'nats.consumer.heartbeats-missed': {
    message: 'two idle heartbeats missed',
    description:
      'The pull sent no message and no heartbeat for twice idleHeartbeat: the consumer goes to recovering and then creates (ordered) or looks up (durable) its consumer again.',
    remediation: 'Nothing to do for a restart; check the server and network if it repeats.',
    source,
  },
  'nats.consumer.sequence-gap': {
    message: 'an ordered consumer saw a consumer sequence it did not expect',
    description:
      'A message was lost or came from an old consumer: the ordered consumer recreates itself from the stream sequence after the last one delivered.',
    remediation: 'Nothing to do; the app still sees every message once and in order.',
    source,
  },
  'nats.consumer.stopped': {
    message: 'stop() was called',
    description: 'The app stopped the consumer; it pulls no more.',
    remediation: 'Call consume() again to start a new consumer.',
    source,
  },
};
