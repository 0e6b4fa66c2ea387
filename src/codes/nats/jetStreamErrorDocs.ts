import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const source = NATS_SOURCES.clientSeed;

/** Message, description, remediation and source of each rule in jetStreamErrorRules.ts, keyed by rule id. */
export const jetStreamErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.client-error.jetstream.Error': {
    message: 'Error',
    description: 'The base class of the nats.py JetStream errors (imported as JSError).',
    remediation: 'Catch the specific subclass and look it up instead.',
    source,
  },
  'nats.client-error.APIError': {
    message: 'APIError',
    description: 'The JetStream API answered with an error object (code, err_code, description).',
    remediation: 'Read err_code and description, fix the request, and send it again.',
    source,
  },
  'nats.client-error.ServiceUnavailableError': {
    message: 'ServiceUnavailableError',
    description:
      'The JetStream API did not answer (status 503): JetStream is not enabled for the account or is not ready yet.',
    remediation: 'Enable JetStream for the account, or retry once the JetStream cluster has a leader.',
    source,
  },
  'nats.client-error.ServerError': {
    message: 'ServerError',
    description: 'The JetStream API answered with a server error (status 500).',
    remediation: 'Retry with backoff and check the server log if it repeats.',
    source,
  },
  'nats.client-error.NotFoundError': {
    message: 'NotFoundError',
    description: 'The stream, consumer or message does not exist (status 404).',
    remediation: 'Create the stream or consumer first, or fix its name.',
    source,
  },
  'nats.client-error.BadRequestError': {
    message: 'BadRequestError',
    description: 'The JetStream API refused the request as invalid (status 400).',
    remediation: 'Fix the stream or consumer configuration named in the description.',
    source,
  },
  'nats.client-error.NoStreamResponseError': {
    message: 'NoStreamResponseError',
    description: 'A JetStream publish got no acknowledgement because no stream captures its subject.',
    remediation: 'Create a stream whose subjects include the publish subject.',
    source,
  },
  'nats.client-error.TooManyStalledMsgsError': {
    message: 'TooManyStalledMsgsError',
    description: 'Too many asynchronous JetStream publishes are waiting for acknowledgements.',
    remediation: 'Wait for pending acknowledgements before publishing more, or raise the pending limit.',
    source,
  },
  'nats.client-error.FetchTimeoutError': {
    message: 'FetchTimeoutError',
    description: 'A pull fetch got no messages before its timeout.',
    remediation: 'Fetch again; an empty fetch is normal when the stream has no new messages.',
    source,
  },
  'nats.client-error.ConsumerSequenceMismatchError': {
    message: 'ConsumerSequenceMismatchError',
    description:
      'An ordered consumer saw a gap in consumer sequences and must be recreated from the last stream sequence.',
    remediation:
      'Recreate the consumer from the last stream sequence delivered; ordered consumers do this themselves.',
    source,
  },
  'nats.client-error.ServiceError': {
    message: 'ServiceError',
    description:
      'A microservice endpoint answered with an error code and description (Nats-Service-Error headers).',
    remediation:
      'Read the code and description the service sent and fix the request; retry only codes the service documents as transient.',
    source,
  },
};
