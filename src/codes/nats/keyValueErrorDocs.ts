import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const NAMES = 'Use names of letters, digits, dashes and underscores (keys may also contain dots, = and /).';
const source = NATS_SOURCES.clientSeed;

/** Message, description, remediation and source of each rule in keyValueErrorRules.ts, keyed by rule id. */
export const keyValueErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.client-error.BucketNotFoundError': {
    message: 'BucketNotFoundError',
    description: 'The key-value bucket does not exist.',
    remediation: 'Create the bucket first, or fix its name.',
    source,
  },
  'nats.client-error.BadBucketError': {
    message: 'BadBucketError',
    description: 'The stream behind the name is not a valid key-value bucket.',
    remediation: 'Bind to a bucket created as key-value, or fix its name.',
    source,
  },
  'nats.client-error.KeyValueError': {
    message: 'KeyValueError',
    description: 'The base class of the nats.py key-value errors.',
    remediation: 'Catch the specific subclass and look it up instead.',
    source,
  },
  'nats.client-error.KeyDeletedError': {
    message: 'KeyDeletedError',
    description: 'The key was deleted or purged; its last entry is a delete marker.',
    remediation: 'Treat the key as absent, or put a new value.',
    source,
  },
  'nats.client-error.KeyNotFoundError': {
    message: 'KeyNotFoundError',
    description: 'The key has no value in the bucket.',
    remediation: 'Treat the key as absent, or put a value first.',
    source,
  },
  'nats.client-error.KeyWrongLastSequenceError': {
    message: 'KeyWrongLastSequenceError',
    description: 'An update or create expected another revision: someone else changed the key first.',
    remediation: 'Read the key again, decide again, and update with the new revision.',
    source,
  },
  'nats.client-error.NoKeysError': {
    message: 'NoKeysError',
    description: 'The bucket has no keys; the listing is complete and empty.',
    remediation: 'Treat it as an empty list.',
    source,
  },
  'nats.client-error.KeyHistoryTooLargeError': {
    message: 'KeyHistoryTooLargeError',
    description: 'The requested history is larger than the maximum of 64 entries per key.',
    remediation: 'Ask for a history of 64 entries or fewer.',
    source,
  },
  'nats.client-error.InvalidKeyError': {
    message: 'InvalidKeyError',
    description: 'The key contains characters or tokens a key may not have.',
    remediation: NAMES,
    source,
  },
  'nats.client-error.InvalidBucketNameError': {
    message: 'InvalidBucketNameError',
    description: 'The bucket name is not valid.',
    remediation: NAMES,
    source,
  },
};
