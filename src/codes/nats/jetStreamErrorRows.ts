import type { CodeEntry } from '../types.ts';
import { jsClassRow as jsClass } from './jsClassRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * nats.py JetStream and microservice error classes (seed 003, "JetStream Errors" and
 * "Microservices Errors"), with the classes @nats-io/jetstream and @nats-io/services raise.
 * They are about one API call, so they fail or retry that call and leave the connection alone.
 */
export const jetStreamErrorRows: readonly CodeEntry[] = [
  jsClass(
    'jetstream',
    'Error',
    'JetStreamError',
    V.fail,
    'The base class of the nats.py JetStream errors (imported as JSError).',
    'Catch the specific subclass and look it up instead.',
  ),
  jsClass(
    'jetstream',
    'APIError',
    'JetStreamApiError',
    V.fail,
    'The JetStream API answered with an error object (code, err_code, description).',
    'Read err_code and description, fix the request, and send it again.',
  ),
  jsClass(
    'jetstream',
    'ServiceUnavailableError',
    'JetStreamNotEnabled',
    V.retry,
    'The JetStream API did not answer (status 503): JetStream is not enabled for the account or is not ready yet.',
    'Enable JetStream for the account, or retry once the JetStream cluster has a leader.',
    'nats.js retries no-responders, then throws JetStreamNotEnabled("jetstream is not enabled")',
  ),
  jsClass(
    'jetstream',
    'ServerError',
    'JetStreamApiError',
    V.retry,
    'The JetStream API answered with a server error (status 500).',
    'Retry with backoff and check the server log if it repeats.',
    'status 500',
  ),
  jsClass(
    'jetstream',
    'NotFoundError',
    'JetStreamApiError',
    V.fail,
    'The stream, consumer or message does not exist (status 404).',
    'Create the stream or consumer first, or fix its name.',
    'StreamNotFoundError (err_code 10059) or ConsumerNotFoundError (10014)',
  ),
  jsClass(
    'jetstream',
    'BadRequestError',
    'JetStreamApiError',
    V.fail,
    'The JetStream API refused the request as invalid (status 400).',
    'Fix the stream or consumer configuration named in the description.',
    'status 400',
  ),
  jsClass(
    'jetstream',
    'NoStreamResponseError',
    'JetStreamNotEnabled',
    V.fail,
    'A JetStream publish got no acknowledgement because no stream captures its subject.',
    'Create a stream whose subjects include the publish subject.',
    'nats.js retries no-responders, then throws JetStreamNotEnabled',
  ),
  jsClass(
    'jetstream',
    'TooManyStalledMsgsError',
    null,
    V.retry,
    'Too many asynchronous JetStream publishes are waiting for acknowledgements.',
    'Wait for pending acknowledgements before publishing more, or raise the pending limit.',
  ),
  jsClass(
    'jetstream',
    'FetchTimeoutError',
    null,
    V.retry,
    'A pull fetch got no messages before its timeout.',
    'Fetch again; an empty fetch is normal when the stream has no new messages.',
    'fetch() ends its iterator with no messages',
  ),
  jsClass(
    'jetstream',
    'ConsumerSequenceMismatchError',
    null,
    V.resubscribe,
    'An ordered consumer saw a gap in consumer sequences and must be recreated from the last stream sequence.',
    'Recreate the consumer from the last stream sequence delivered; ordered consumers do this themselves.',
    'the ordered consumer resets itself',
  ),
  jsClass(
    'micro',
    'ServiceError',
    'ServiceError',
    V.fail,
    'A microservice endpoint answered with an error code and description (Nats-Service-Error headers).',
    'Read the code and description the service sent and fix the request; retry only codes the service documents as transient.',
  ),
];
