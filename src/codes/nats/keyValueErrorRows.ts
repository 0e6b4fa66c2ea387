import type { CodeEntry } from '../types.ts';
import { jsClassRow as jsClass } from './jsClassRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const NAMES = 'Use names of letters, digits, dashes and underscores (keys may also contain dots, = and /).';

/**
 * nats.py key-value error classes (seed 003, "Key-Value Store Errors"), with what @nats-io/kv
 * does instead. nats.js resolves a missing or deleted key to null rather than throwing.
 */
export const keyValueErrorRows: readonly CodeEntry[] = [
  jsClass(
    'kv',
    'BucketNotFoundError',
    'StreamNotFoundError',
    V.fail,
    'The key-value bucket does not exist.',
    'Create the bucket first, or fix its name.',
    'binding to a missing bucket throws StreamNotFoundError',
  ),
  jsClass(
    'kv',
    'BadBucketError',
    'Error',
    V.fail,
    'The stream behind the name is not a valid key-value bucket.',
    'Bind to a bucket created as key-value, or fix its name.',
  ),
  jsClass(
    'kv',
    'KeyValueError',
    'Error',
    V.fail,
    'The base class of the nats.py key-value errors.',
    'Catch the specific subclass and look it up instead.',
  ),
  jsClass(
    'kv',
    'KeyDeletedError',
    null,
    V.fail,
    'The key was deleted or purged; its last entry is a delete marker.',
    'Treat the key as absent, or put a new value.',
    'get() resolves an entry with operation DEL or PURGE',
  ),
  jsClass(
    'kv',
    'KeyNotFoundError',
    null,
    V.fail,
    'The key has no value in the bucket.',
    'Treat the key as absent, or put a value first.',
    'get() resolves null',
  ),
  jsClass(
    'kv',
    'KeyWrongLastSequenceError',
    'JetStreamApiError',
    V.conflict,
    'An update or create expected another revision: someone else changed the key first.',
    'Read the key again, decide again, and update with the new revision.',
    'err_code 10071 (StreamWrongLastSequence)',
  ),
  jsClass(
    'kv',
    'NoKeysError',
    null,
    V.succeed,
    'The bucket has no keys; the listing is complete and empty.',
    'Treat it as an empty list.',
    'keys() yields nothing',
  ),
  jsClass(
    'kv',
    'KeyHistoryTooLargeError',
    'Error',
    V.fail,
    'The requested history is larger than the maximum of 64 entries per key.',
    'Ask for a history of 64 entries or fewer.',
  ),
  jsClass(
    'kv',
    'InvalidKeyError',
    'Error',
    V.fail,
    'The key contains characters or tokens a key may not have.',
    NAMES,
    '"invalid key: <key>"',
  ),
  jsClass(
    'kv',
    'InvalidBucketNameError',
    'Error',
    V.fail,
    'The bucket name is not valid.',
    NAMES,
    '"invalid bucket name: <name>"',
  ),
];
