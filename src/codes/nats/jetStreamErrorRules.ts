import type { CodeRule } from '../types.ts';
import { jsClassRule as jsClass } from './jsClassRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * nats.py JetStream and microservice error classes (seed 003, "JetStream Errors" and
 * "Microservices Errors"), with the classes @nats-io/jetstream and @nats-io/services raise.
 * They are about one API call, so they fail or retry that call and leave the connection alone.
 */
export const jetStreamErrorRules: readonly CodeRule[] = [
  jsClass('jetstream', 'Error', 'JetStreamError', V.fail),
  jsClass('jetstream', 'APIError', 'JetStreamApiError', V.fail),
  jsClass(
    'jetstream',
    'ServiceUnavailableError',
    'JetStreamNotEnabled',
    V.retry,
    'nats.js retries no-responders, then throws JetStreamNotEnabled("jetstream is not enabled")',
  ),
  jsClass('jetstream', 'ServerError', 'JetStreamApiError', V.retry, 'status 500'),
  jsClass(
    'jetstream',
    'NotFoundError',
    'JetStreamApiError',
    V.fail,
    'StreamNotFoundError (err_code 10059) or ConsumerNotFoundError (10014)',
  ),
  jsClass('jetstream', 'BadRequestError', 'JetStreamApiError', V.fail, 'status 400'),
  jsClass(
    'jetstream',
    'NoStreamResponseError',
    'JetStreamNotEnabled',
    V.fail,
    'nats.js retries no-responders, then throws JetStreamNotEnabled',
  ),
  jsClass('jetstream', 'TooManyStalledMsgsError', null, V.retry),
  jsClass('jetstream', 'FetchTimeoutError', null, V.retry, 'fetch() ends its iterator with no messages'),
  jsClass(
    'jetstream',
    'ConsumerSequenceMismatchError',
    null,
    V.resubscribe,
    'the ordered consumer resets itself',
  ),
  jsClass('micro', 'ServiceError', 'ServiceError', V.fail),
];
