import type { CodeDoc } from '../../types.ts';

const source = 'nats-server server/consumer.go (v2.9 to v2.12), status messages on a pull inbox';
const doc = (message: string, description: string, remediation: string): CodeDoc => ({
  message,
  description,
  remediation,
  source,
});

/** Message, description, remediation and source of each row of jsStatusRules.ts, keyed by rule id. */
export const jsStatusDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.js-status.100-idle-heartbeat': doc(
    'NATS/1.0 100 Idle Heartbeat',
    'The consumer is alive and has nothing to send; it resets the missed-heartbeat watchdog.',
    'Nothing to do; heartbeats prove the pull is still open.',
  ),
  'nats.js-status.100-flowcontrol-request': doc(
    'NATS/1.0 100 FlowControl Request',
    'A push consumer asks the client to answer so that it sends more; the consumer answers it.',
    'Nothing to do; the session replies to the flow control request.',
  ),
  'nats.js-status.404-no-messages': doc(
    'NATS/1.0 404 No Messages',
    'A no-wait pull found no message; the pull is over.',
    'Nothing to do; the consumer sends the next pull.',
  ),
  'nats.js-status.408-request-timeout': doc(
    'NATS/1.0 408 Request Timeout',
    'The pull expired before it was filled; the pull is over.',
    'Nothing to do; the consumer sends the next pull before the old one runs out.',
  ),
  'nats.js-status.408-interest-expired': doc(
    'NATS/1.0 408 Interest Expired',
    'The server saw no interest on the pull inbox any more (v2.11+); the pull is over.',
    'Nothing to do; the consumer sends the next pull.',
  ),
  'nats.js-status.409-consumer-deleted': doc(
    'NATS/1.0 409 Consumer Deleted',
    'The consumer was deleted while the pull was open. An ordered consumer recreates itself from the next stream sequence; a durable one is looked up again and fails with err_code 10014 when it is gone.',
    'Recreate the durable consumer, or use an ordered consumer that recreates itself.',
  ),
  'nats.js-status.409-exceeded-maxwaiting': doc(
    'NATS/1.0 409 Exceeded MaxWaiting',
    'Too many pulls wait on the consumer; this one was refused.',
    'Use fewer clients per consumer, or raise max_waiting on the consumer.',
  ),
  'nats.js-status.409-message-size-exceeds-maxbytes': doc(
    'NATS/1.0 409 Message Size Exceeds MaxBytes',
    'The next message is larger than the pull allows in max_bytes; the pull is over.',
    'Pull without max_bytes, or with one larger than the largest message.',
  ),
  'nats.js-status.409-batch-completed': doc(
    'NATS/1.0 409 Batch Completed',
    'The pull delivered all the bytes it asked for; the pull is over.',
    'Nothing to do; the consumer sends the next pull.',
  ),
  'nats.js-status.409-leadership-change': doc(
    'NATS/1.0 409 Leadership Change',
    'The consumer moved to a new leader; open pulls were dropped.',
    'Nothing to do; the consumer sends the next pull to the new leader.',
  ),
  'nats.js-status.409-server-shutdown': doc(
    'NATS/1.0 409 Server Shutdown',
    'The server holding the consumer is shutting down; open pulls were dropped.',
    'Nothing to do; the consumer recovers after a backoff, on another server if there is one.',
  ),
  'nats.js-status.409-consumer-is-push-based': doc(
    'NATS/1.0 409 Consumer is push based',
    'A pull was sent to a push consumer; it can never succeed.',
    'Consume a pull consumer (no deliver_subject), or create one.',
  ),
  'nats.js-status.409-exceeded-maxrequestbatch': doc(
    'NATS/1.0 409 Exceeded MaxRequestBatch of <n>',
    'The pull asked for more messages than the consumer allows per pull.',
    'Lower maxMessages, or raise max_batch on the consumer.',
  ),
  'nats.js-status.409-exceeded-maxrequestexpires': doc(
    'NATS/1.0 409 Exceeded MaxRequestExpires of <d>',
    'The pull asked to wait longer than the consumer allows.',
    'Lower expires, or raise max_expires on the consumer.',
  ),
  'nats.js-status.409-exceeded-maxrequestmaxbytes': doc(
    'NATS/1.0 409 Exceeded MaxRequestMaxBytes of <n>',
    'The pull asked for more bytes than the consumer allows per pull.',
    'Pull fewer bytes, or raise max_bytes on the consumer.',
  ),
  'nats.js-status.400-bad-request': doc(
    'NATS/1.0 400 Bad Request - <why>',
    'The server could not use the pull request (bad JSON, priority group options).',
    'Fix the pull options as the description says.',
  ),
  'nats.js-status.412-required-api-level': doc(
    'NATS/1.0 412 Required Api Level',
    'The pull needs a newer JetStream API level than the server has.',
    'Upgrade the servers, or pull without the newer options.',
  ),
  'nats.js-status.423-nats-wrong-pin-id': doc(
    'NATS/1.0 423 Nats-Wrong-Pin-Id',
    'Another client holds the pin of this priority group; the pull is over.',
    'Nothing to do; the consumer pulls again.',
  ),
  'nats.js-status.503-no-responders': doc(
    'NATS/1.0 503 No Responders',
    'No server answered the pull: the stream or JetStream is not available.',
    'Check that JetStream is enabled and the stream has a leader; the consumer recovers after a backoff.',
  ),
  'nats.js-status.unknown': doc(
    'another status on a pull inbox',
    'A status this catalog does not know; the pull is renewed after a backoff.',
    'Report the status line so a row can be added.',
  ),
};
